package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// foldTable maps accented Latin letters to their base letter.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'č': "c", 'ĉ': "c", 'ċ': "c", 'ď': "d", 'đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'ĕ': "e",
	'ğ': "g", 'ģ': "g", 'ĝ': "g", 'ġ': "g", 'ħ': "h", 'ĥ': "h", 'ì': "i", 'í': "i", 'î': "i",
	'ï': "i", 'ī': "i", 'į': "i", 'ı': "i", 'ĩ': "i", 'ĭ': "i", 'ĵ': "j", 'ķ': "k", 'ĺ': "l",
	'ļ': "l", 'ľ': "l", 'ł': "l", 'ŀ': "l", 'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n", 'ò': "o",
	'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'ŏ': "o", 'œ': "oe",
	'ŕ': "r", 'ř': "r", 'ŗ': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ŝ': "s", 'ß': "ss",
	'ť': "t", 'ţ': "t", 'ț': "t", 'þ': "th", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u",
	'ů': "u", 'ű': "u", 'ų': "u", 'ũ': "u", 'ŭ': "u", 'ý': "y", 'ÿ': "y", 'ŷ': "y", 'ź': "z",
	'ž': "z", 'ż': "z",
}

// FoldASCII is what Fold makes of an ASCII byte: a letter lower-cased or a
// digit (ok), or nothing (not ok: Fold drops spaces, marks and the rest).
// Callers that fold ASCII text into buffers of their own use it so that
// their folded forms stay Fold's.
func FoldASCII(c byte) (folded byte, ok bool) {
	switch {
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		return c, true
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A', true
	}
	return 0, false
}

// Fold returns the comparison form of a name: lower case, diacritics
// removed, and everything that is not a letter or digit (apostrophes,
// hyphens, dots, spaces) dropped. Fold("O’Neill") == Fold("O'Neill") ==
// "oneill"; Fold("Mathis´s") == "mathiss" (strip the possessive first).
func Fold(s string) string {
	if alnumASCII(s) {
		return s // folded already
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if c, ok := FoldASCII(byte(r)); ok {
				b.WriteByte(c)
			}
		case unicode.IsLetter(r):
			lr := unicode.ToLower(r)
			if f, ok := foldTable[lr]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(lr)
			}
		}
	}
	return b.String()
}

// translit rewrites a folded name into a key that is equal for the usual
// transliteration and spelling variants: kh/h, ph/f, ck/k/c/q, ks/x, y/j/i,
// th/t, qv/kv/kw/qu (Lindqvist, Lindkvist, Lindquist), -eva/-ova, g/q, and doubled
// letters written once.
func translit(s string) string {
	var buf [32]byte
	return string(appendTranslit(buf[:0], s))
}

// appendTranslit appends translit(s) to dst (blockKeys hashes it where it
// is, in a buffer on the stack, instead of building a string per word).
func appendTranslit(dst []byte, s string) []byte {
	start := len(dst)
	var last byte
	put := func(c byte) {
		if c != last {
			dst = append(dst, c)
			last = c
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		var next byte
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch {
		case c == 'k' && next == 'h', c == 'p' && next == 'h', c == 't' && next == 'h', c == 'g' && next == 'h', c == 'd' && next == 'h':
			if c == 'p' {
				put('f')
			} else if c != 'k' {
				put(c)
			} else {
				put('h')
			}
			i++
		case c == 'c' && next == 'k':
			put('k')
			i++
		case (c == 'q' || c == 'k') && (next == 'v' || next == 'w'):
			// Swedish qv and kv are English qu: Lindqvist, Lindkvist,
			// Lindquist (qu itself stays k+u, as in Marquez).
			put('k')
			put('u')
			i++
		case c == 'x':
			put('k')
			put('s')
		case c == 'c', c == 'q':
			put('k')
		case c == 'y', c == 'j':
			put('i')
		case c == 'w':
			put('v')
		case c == 'z':
			put('s')
		default:
			put(c)
		}
	}
	out := dst[start:]
	if n := len(out); n >= 3 && string(out[n-3:]) == "eva" {
		out[n-3] = 'o'
	}
	// A silent final e after a consonant (Matisse, Mathis).
	if n := len(out); n > 4 && out[n-1] == 'e' && !isVowel(out[n-2]) {
		dst = dst[:len(dst)-1]
	}
	return dst
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// oneSlip reports whether b is a one-slip misspelling of a (both folded):
// two adjacent letters swapped, a letter doubled or undoubled, one vowel
// for another, or an h added or dropped.
func oneSlip(a, b string) bool { return slip(a, b, false) }

// slip is oneSlip; translit also accepts g for k (Qaddafi, Gaddafi) on
// transliteration keys.
func slip(a, b string, translit bool) bool {
	if len(a) == len(b) {
		diff := -1
		n := 0
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				if n == 0 {
					diff = i
				}
				n++
				if n > 2 {
					return false
				}
			}
		}
		switch n {
		case 1:
			x, y := a[diff], b[diff]
			return isVowel(x) && isVowel(y) || translit && (x == 'g' && y == 'k' || x == 'k' && y == 'g')
		case 2:
			return diff+1 < len(a) && a[diff] == b[diff+1] && a[diff+1] == b[diff] && a[diff] != a[diff+1]
		}
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	// a has one letter more: find it.
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if a[i+1:] != b[i:] {
		return false
	}
	extra := a[i]
	doubled := i > 0 && a[i-1] == extra || i+1 < len(a) && a[i+1] == extra
	if doubled || extra == 'h' && i > 0 && (strings.IndexByte("tcpsgkd", a[i-1]) >= 0 || nhVowel(a, i)) {
		return true
	}
	// A vowel dropped inside a name of five letters or more (Delaney,
	// Delany), not among its first two letters nor as its last.
	return isVowel(extra) && extra != 'y' && len(b) >= 5 && i > 1 && i < len(a)-1
}

// nhVowel reports whether the letter at i of a is an h between an n and a
// vowel (Sinha, Sina; Bernhard, Bernard; Burnham, Burnam): dropped or added
// there it changes no sound. After r, l or w it often makes another name
// (Rhian, Rian; Whitman, Witman), after a vowel one too (Sarah, Sara).
func nhVowel(a string, i int) bool {
	return a[i-1] == 'n' && i+1 < len(a) && isVowel(a[i+1])
}

// hashConsonants is hashSkip(consonants(s), -1, tag), without building
// the skeleton.
func hashConsonants(s []byte, tag uint64) uint64 {
	h := uint64(fnvOffset) ^ tag
	for _, c := range s {
		if !isVowel(c) {
			h ^= uint64(c)
			h *= fnvPrime
		}
	}
	return h
}

// consonants returns the consonant skeleton of a translit key.
func consonants(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if !isVowel(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// Spelling compares two names as a copy editor would: it reports whether b
// may be a misspelling of a (one slip: swapped, doubled or dropped letters,
// a vowel changed, an h added; or the same name transliterated another way:
// kh/h, ph/f, ks/x, y/i/j, k/c/q, -ova/-eva; or, in a long name, only its
// vowels differing), and a distance from 0 (same) to 1 relative to length.
// Names shorter than 4 letters only match by doubling (Dep/Depp).
func Spelling(a, b string) (dist float64, variant bool) {
	return spellingFolded(Fold(a), Fold(b), true)
}

// spellingFolded is Spelling of folded names; ng says whether a final g
// after n counts (see WeakVariant).
func spellingFolded(fa, fb string, ng bool) (dist float64, variant bool) {
	if fa == fb {
		return 0, false
	}
	var ta, tb string
	return spellingDist(fa, fb), spellingVariant(fa, fb, &ta, &tb, ng)
}

// spellingDist is the distance of spellingFolded: the edit distance of
// two folded names relative to the longer.
func spellingDist(fa, fb string) float64 {
	return float64(levenshtein.ComputeDistance(fa, fb)) / float64(max(len(fa), len(fb)))
}

// spellingVariant is the variant answer of spellingFolded for two folded
// names that differ. *ta and *tb are their translit keys, worked out here
// when needed and left there ("" until then) for the caller's next pair.
func spellingVariant(fa, fb string, ta, tb *string, ng bool) bool {
	la, lb := len(fa), len(fb)
	long, short := max(la, lb), min(la, lb)
	if short < 3 {
		return false
	}
	if short == 3 {
		// Only a doubled letter (Dep/Depp) or a final g after n (Tan/Tang).
		return long == 4 && (oneSlip(fa, fb) && !isVowel(lastByte(fa, fb)) || ng && finalNG(fa, fb))
	}
	if oneSlip(fa, fb) || ng && finalNG(fa, fb) || ianIam(fa, fb) {
		return true
	}
	if *ta == "" {
		*ta = translit(fa) // (never "": fa is not)
	}
	if *tb == "" {
		*tb = translit(fb)
	}
	if *ta == *tb {
		return true
	}
	if short >= 4 && slip(*ta, *tb, true) {
		return true
	}
	// Long names: the same consonants, vowels differing in at most two places.
	return short >= 7 && consonants(*ta) == consonants(*tb) && levenshtein.ComputeDistance(*ta, *tb) <= 2 && (*ta)[len(*ta)-2:] == (*tb)[len(*tb)-2:]
}

// finalNG reports whether one short name is the other with a g added
// after its final n (Tan/Tang, Chan/Chang, Lin/Ling): a slip romanised
// Chinese, Korean and Vietnamese surnames suffer often. Only for names of
// three or four letters; the name rules decide whether the two are two
// people.
func finalNG(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return (len(a) == 3 || len(a) == 4) && len(b) == len(a)+1 && b[len(a)] == 'g' && b[:len(a)] == a && a[len(a)-1] == 'n'
}

// WeakVariant reports whether Spelling takes two names for variants only
// because one is the other with a g after its final n (Tan/Tang, Jon/Jong):
// both are common surnames or given names of their own, so the name rules
// want more context (a lone surname) before they call it a slip.
func WeakVariant(a, b string) bool {
	if !endsInG(a) && !endsInG(b) {
		return false // no fold needed
	}
	fa, fb := Fold(a), Fold(b)
	if !finalNG(fa, fb) {
		return false
	}
	_, v := spellingFolded(fa, fb, false)
	return !v
}

func endsInG(s string) bool {
	return s != "" && (s[len(s)-1] == 'g' || s[len(s)-1] == 'G')
}

// ianIam reports whether two long names differ only in a final -ian and
// -iam (Subramanian, Subramaniam; Maximilian, Maximiliam).
func ianIam(a, b string) bool {
	n := len(a)
	if n < 8 || len(b) != n || a[:n-1] != b[:n-1] || a[n-3:n-1] != "ia" {
		return false
	}
	return a[n-1] == 'n' && b[n-1] == 'm' || a[n-1] == 'm' && b[n-1] == 'n'
}

func lastByte(a, b string) byte {
	if len(a) > len(b) {
		return a[len(a)-1]
	}
	return b[len(b)-1]
}

// Resemblance is a looser likeness for telling who an unintroduced surname
// probably means: 1 minus the edit distance of the transliteration keys
// relative to the longer, raised when the names share their ending.
func Resemblance(a, b string) float64 {
	return ResemblanceOfKeys(ResemblanceKey(a), ResemblanceKey(b))
}
