package varcon

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

// Occurrence is one word (or one part of a hyphenated compound) of the
// article that the table knows.
type Occurrence struct {
	Span  lint.Span // in Doc.Text: the word without a possessive 's
	Text  string    // as written
	Lower string
	Entry Entry
	Token int // index in Doc.Tokens
	// Name is set when the word is part of a proper name or of a title
	// of a work (a capitalised word that is not merely a sentence start).
	Name bool
	// Prev and Next are the capitalised words around a name word (lower
	// case, "" when there is none): they identify the name.
	Prev, Next string
}

// Scan returns the table's words in doc, in order, and the words of extra
// (may be nil) that the table does not hold (with a zero Entry). ALL-CAPS
// words are left out. In a Title Case headline a capitalised word counts as
// a name only when the body also capitalises it mid-sentence.
func Scan(doc *lint.Document, extra *Set) []Occurrence {
	toks := doc.Tokens
	tab := table()
	var titleCase map[int32]bool
	var out []Occurrence
	var bodyNames map[string]bool
	var buf [64]byte
	// look looks up w, a hyphen-separated part of token i at byte offset
	// off without its possessive, that lowerHash put into buf[:n] with hash h.
	look := func(i int, off int, w string, first bool, n int, h uint64) {
		var e Entry
		var found bool
		if n < 0 {
			// Longer than buf: the plain way.
			lower, _ := asciiLower(w)
			e, found = tab.m[lower]
			if !found && (extra == nil || !extra.m[lower]) {
				return
			}
		} else {
			if tab.filter.mayHave(h) {
				e, found = tab.m[string(buf[:n])]
			}
			if !found && (extra == nil || !extra.filter.mayHave(h) || !extra.m[string(buf[:n])]) {
				return
			}
		}
		lower, _ := asciiLower(w)
		t := &toks[i]
		o := Occurrence{
			Span:  lint.Span{Start: t.Span.Start + off, End: t.Span.Start + off + len(w)},
			Text:  w,
			Lower: lower,
			Entry: e,
			Token: i,
		}
		if isUpper(w) {
			o.Name = t.Has(lint.Capitalized) && !t.Has(lint.SentenceStart) || !first ||
				i+1 < len(toks) && capitalWord(&toks[i+1]) && toks[i+1].Sentence == t.Sentence ||
				i > 0 && capitalWord(&toks[i-1]) && toks[i-1].Sentence == t.Sentence && !toks[i-1].Has(lint.SentenceStart)
			if o.Name {
				if i > 0 && capitalWord(&toks[i-1]) && toks[i-1].Sentence == t.Sentence {
					o.Prev = strings.ToLower(toks[i-1].Text)
				}
				if i+1 < len(toks) && capitalWord(&toks[i+1]) && toks[i+1].Sentence == t.Sentence {
					o.Next = strings.ToLower(toks[i+1].Text)
				}
				if titleCase == nil {
					titleCase = titleCaseBlocks(doc)
				}
				if !titleCase[t.Block] {
					if bodyNames == nil {
						bodyNames = map[string]bool{}
					}
					bodyNames[lower] = true
				}
			}
		}
		out = append(out, o)
	}
	part := func(i int, off int, p string, first bool) {
		w := stripPossessive(p)
		if n, h, ok := lowerHash(w, &buf); ok {
			look(i, off, w, first, n, h)
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.Kind != lint.Word || t.Has(lint.AllCaps) {
			continue
		}
		w := t.Text
		// A word of letters and apostrophes, the common case, is one part.
		sw := stripPossessive(w)
		if n, h, ok := lowerHash(sw, &buf); ok {
			look(i, 0, sw, true, n, h)
			continue
		}
		if strings.IndexByte(w, '-') < 0 && strings.IndexByte(w, 0xE2) < 0 {
			continue // no hyphen (U+2010 and U+2011 start with 0xE2): not a word of the table
		}
		start, first := 0, true
		for k, r := range w {
			if lint.IsHyphen(r) {
				if k > start {
					part(i, start, w[start:k], first)
				}
				first = false
				start = k + utf8.RuneLen(r)
			}
		}
		if start < len(w) {
			part(i, start, w[start:], first)
		}
	}
	for k := range out {
		o := &out[k]
		if o.Name && titleCase[toks[o.Token].Block] && !bodyNames[o.Lower] {
			o.Name = false
		}
	}
	return out
}

// lowerOf maps the bytes a table word may hold (ASCII letters and the
// apostrophe) to their lower case, and every other byte to 0.
var lowerOf = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	t['\''] = '\''
	return t
}()

// lowerHash lower-cases an ASCII word of letters and apostrophes into buf
// and returns its length and hashLower; ok is false for any other word (the
// table holds no other). A word longer than buf gives n = -1.
func lowerHash(w string, buf *[64]byte) (n int, h uint64, ok bool) {
	if w == "" {
		return 0, 0, false
	}
	if len(w) > len(buf) {
		_, ok := asciiLower(w)
		return -1, 0, ok
	}
	for i := 0; i < len(w); i++ {
		c := lowerOf[w[i]]
		if c == 0 {
			return 0, 0, false
		}
		buf[i] = c
		h = bits.RotateLeft64(h, 7) ^ uint64(c)
	}
	return len(w), mix(h, len(w)), true
}

// capitalWord reports whether t is a capitalised word (a name part).
func capitalWord(t *lint.Token) bool {
	return t.Kind == lint.Word && t.Has(lint.Capitalized)
}

// titleCaseBlocks marks headlines and headings written in Title Case: most
// of their words of four letters or more are capitalised.
func titleCaseBlocks(doc *lint.Document) map[int32]bool {
	m := map[int32]bool{}
	for bi, b := range doc.Blocks {
		if b.Kind != lint.BlockHeadline && b.Kind != lint.BlockHeading {
			continue
		}
		long, caps := 0, 0
		for i := b.FirstToken; i < b.EndToken; i++ {
			t := &doc.Tokens[i]
			if t.Kind != lint.Word || utf8.RuneCountInString(t.Text) < 4 {
				continue
			}
			long++
			if t.Has(lint.Capitalized) {
				caps++
			}
		}
		if long >= 3 && caps*10 >= long*7 {
			m[int32(bi)] = true
		}
	}
	return m
}

// stripPossessive removes a final 's or ’s (or 'S, ’S).
func stripPossessive(w string) string {
	n := len(w)
	if n < 2 || w[n-1]|0x20 != 's' {
		return w
	}
	if w[n-2] == '\'' {
		return w[:n-2]
	}
	if n >= 4 && w[n-4:n-1] == "’" {
		return w[:n-4]
	}
	return w
}

// asciiLower lower-cases an ASCII word; other words are not in the table.
func asciiLower(w string) (string, bool) {
	if w == "" {
		return "", false
	}
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z' || c == '\'':
		case c >= 'A' && c <= 'Z':
			if b == nil {
				b = []byte(w)
			}
			b[i] = c + 'a' - 'A'
		default:
			return "", false
		}
	}
	if b == nil {
		return w, true
	}
	return string(b), true
}

func isUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// MatchCase gives repl the case pattern of orig: capitalised when orig is.
func MatchCase(orig, repl string) string {
	if repl == "" || !isUpper(orig) {
		return repl
	}
	r, n := utf8.DecodeRuneInString(repl)
	return string(unicode.ToUpper(r)) + repl[n:]
}
