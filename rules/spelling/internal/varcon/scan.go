package varcon

import (
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
// (lower case) that the table does not hold (with a zero Entry). ALL-CAPS
// words are left out. In a Title Case headline a capitalised word counts as
// a name only when the body also capitalises it mid-sentence.
func Scan(doc *lint.Document, extra map[string]bool) []Occurrence {
	toks := doc.Tokens
	titleCase := titleCaseBlocks(doc)
	var out []Occurrence
	bodyNames := map[string]bool{}
	for i := range toks {
		t := &toks[i]
		if t.Kind != lint.Word || t.Has(lint.AllCaps) {
			continue
		}
		eachPart(t.Text, func(off int, part string, first bool) {
			w := stripPossessive(part)
			lower, ok := asciiLower(w)
			if !ok {
				return
			}
			e, found := Lookup(lower)
			if !found && !extra[lower] {
				return
			}
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
					if !titleCase[t.Block] {
						bodyNames[lower] = true
					}
				}
			}
			out = append(out, o)
		})
	}
	for k := range out {
		o := &out[k]
		if o.Name && titleCase[toks[o.Token].Block] && !bodyNames[o.Lower] {
			o.Name = false
		}
	}
	return out
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

// eachPart calls f for each hyphen-separated part of a word with its byte
// offset and whether it is the first part.
func eachPart(w string, f func(off int, part string, first bool)) {
	start := 0
	first := true
	for i, r := range w {
		if lint.IsHyphen(r) {
			if i > start {
				f(start, w[start:i], first)
			}
			first = false
			start = i + utf8.RuneLen(r)
		}
	}
	if start < len(w) {
		f(start, w[start:], first)
	}
}

func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
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
