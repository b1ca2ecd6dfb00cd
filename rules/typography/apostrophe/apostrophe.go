// Package apostrophe implements typography-apostrophe: an accent, backtick or
// prime used as an apostrophe.
package apostrophe

import (
	_ "embed"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is typography-apostrophe.
var Rule = &lint.Rule{
	Name:     "typography-apostrophe",
	Summary:  "An accent, backtick or prime used as an apostrophe (Russia´s).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

// wrong names the characters that are not apostrophes but get used as one.
var wrong = map[rune]string{
	'´':      "an acute accent",
	'`':      "a grave accent",
	'′':      "a prime",
	'ʹ':      "a modifier prime",
	'ˊ':      "a modifier acute accent",
	'ˋ':      "a modifier grave accent",
	'‘':      "an opening quotation mark",
	'\u0301': "a combining acute accent",
}

func run(p *lint.Pass) (any, error) {
	text := p.Doc.Text
	// The article's own apostrophe: count straight and curly inside words.
	straight, curly := 0, 0
	for i := range p.Doc.Tokens {
		t := &p.Doc.Tokens[i]
		if t.Kind != lint.Word {
			continue
		}
		if len(t.Text) < 3 {
			continue
		}
		for k := 1; k < len(t.Text)-1; k++ {
			switch {
			case t.Text[k] == '\'':
				straight++
			case t.Text[k] == 0xE2 && k+2 < len(t.Text) && t.Text[k+1] == 0x80 && t.Text[k+2] == 0x99:
				curly++
			}
		}
	}
	apos := "'"
	if curly > straight {
		apos = "’"
	}
	for _, b := range p.Doc.Blocks {
		for i := b.Span.Start; i < b.Span.End; {
			if c := text[i]; c < utf8.RuneSelf && c != '`' {
				i++ // ASCII fast path: only the backtick is a candidate
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			what, ok := wrong[r]
			if !ok {
				i += n
				continue
			}
			before, _ := utf8.DecodeLastRuneInString(text[b.Span.Start:i])
			after, _ := utf8.DecodeRuneInString(text[i+n : b.Span.End])
			inWord := unicode.IsLetter(before) && unicode.IsLetter(after)
			// Plural possessive: players´ union (an s, the mark, then a space).
			plural := (before == 's' || before == 'S') && (after == ' ' || after == utf8.RuneError && i+n == b.Span.End) && r != '‘'
			if r == '‘' && !(inWord && isContractionTail(text[i+n:b.Span.End])) {
				inWord = false // ‘ before a letter usually opens a quotation
			}
			if inWord || plural {
				sp := lint.Span{Start: i, End: i + n}
				p.Report(lint.Diagnostic{
					Span:    sp,
					Message: fmt.Sprintf("%s is used as an apostrophe; write %s", what, apos),
					Fixes: []lint.Fix{{
						Message: fmt.Sprintf("Replace with %s", apos),
						Edits:   []lint.Edit{{Span: sp, NewText: apos}},
						Safe:    true,
					}},
				})
			}
			i += n
		}
	}
	return nil, nil
}

// isContractionTail reports whether s starts with the end of a possessive or
// contraction (s, t, re, ve, ll, d, m) followed by a non-letter.
func isContractionTail(s string) bool {
	for _, tail := range []string{"s", "t", "re", "ve", "ll", "d", "m"} {
		if len(s) >= len(tail) && s[:len(tail)] == tail {
			if len(s) == len(tail) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(s[len(tail):])
			if !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}
