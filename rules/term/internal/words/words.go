// Package words holds small helpers the term rules share: lower-casing,
// hyphen splitting and function-word lists.
package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

// Part is one hyphen-separated part of a word token.
type Part struct {
	Off  int // byte offset in the token
	Text string
}

// Parts splits w at hyphens.
func Parts(w string) []Part { return AppendParts(nil, w) }

// AppendParts appends the parts of w to ps.
func AppendParts(ps []Part, w string) []Part {
	start := 0
	for i, r := range w {
		if lint.IsHyphen(r) {
			ps = append(ps, Part{start, w[start:i]})
			start = i + utf8.RuneLen(r)
		}
	}
	return append(ps, Part{start, w[start:]})
}

// StripPossessive removes a final 's or ’s.
func StripPossessive(w string) string {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return w
	}
	if w[n-2] == '\'' {
		return w[:n-2]
	}
	if n > 4 && w[n-4:n-1] == "’" {
		return w[:n-4]
	}
	return w
}

// Key lower-cases w and drops hyphens: the form that variants share. A
// word that is already lower-case ASCII without hyphens is returned as it
// is, without allocating.
func Key(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c == '-' || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if lint.IsHyphen(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Letters counts the letters of w.
func Letters(w string) int {
	n := 0
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			n++
		}
	}
	if ascii {
		return n
	}
	n = 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// HasHyphen reports whether w contains a hyphen.
func HasHyphen(w string) bool {
	if strings.IndexByte(w, '-') >= 0 {
		return true
	}
	if strings.IndexByte(w, 0xE2) < 0 { // U+2010, U+2011 start with 0xE2
		return false
	}
	for _, r := range w {
		if lint.IsHyphen(r) {
			return true
		}
	}
	return false
}

// Function words: articles, pronouns, prepositions, conjunctions,
// auxiliaries and other words that are no part of a compound term.
var Function = setOf(
	"a", "an", "the", "this", "that", "these", "those", "some", "any", "every", "each", "no", "all",
	"both", "either", "neither", "such", "what", "which", "who", "whom", "whose", "one", "other",
	"another", "more", "most", "much", "many", "few", "less", "least", "own", "same", "so", "too", "very",
	"i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his",
	"its", "our", "their", "mine", "yours", "ours", "theirs",
	"of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "into", "onto", "over", "under",
	"after", "before", "between", "through", "during", "without", "within", "against", "among", "upon",
	"up", "down", "out", "off", "back", "away", "around", "across", "along", "behind", "beyond", "near",
	"since", "until", "till", "via", "per", "than", "as", "like", "unlike",
	"and", "or", "but", "nor", "if", "because", "while", "whilst", "although", "though", "when", "where",
	"whether", "then", "also", "not", "only", "just", "even", "still", "yet", "ever", "never", "already",
	"be", "is", "are", "was", "were", "been", "being", "am", "do", "does", "did", "done", "have", "has",
	"had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said",
	"says", "say", "there", "here", "how", "why", "now", "ago", "how", "well", "may", "maybe", "for",
)

// Particles follow a verb in a phrasal verb (set up, write off).
var Particles = setOf("up", "down", "out", "off", "over", "in", "on", "back", "away", "through", "about",
	"around", "by", "along", "aside", "apart", "forward", "ahead", "together")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Lower returns the lower-case text of token i if it is a word, else "".
func Lower(toks []lint.Token, i int) string {
	if i < 0 || i >= len(toks) || toks[i].Kind != lint.Word {
		return ""
	}
	if !toks[i].Has(lint.Capitalized) {
		return toks[i].Text
	}
	return strings.ToLower(toks[i].Text)
}

// MatchCase gives repl the capitalisation of orig's first letter.
func MatchCase(orig, repl string) string {
	o, _ := utf8.DecodeRuneInString(orig)
	r, n := utf8.DecodeRuneInString(repl)
	if unicode.IsUpper(o) && !unicode.IsUpper(r) {
		return string(unicode.ToUpper(r)) + repl[n:]
	}
	if unicode.IsLower(o) && unicode.IsUpper(r) {
		if len(repl) > n {
			r2, _ := utf8.DecodeRuneInString(repl[n:])
			if unicode.IsUpper(r2) {
				return repl // an acronym
			}
		}
		return string(unicode.ToLower(r)) + repl[n:]
	}
	return repl
}
