// Package apostrophe implements typography-apostrophe: an accent, backtick or
// prime used as an apostrophe.
package apostrophe

import (
	_ "embed"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/scan"
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

// leads are the first bytes of the characters in wrong: the backtick, and
// the lead bytes of ´ (C2), ʹ (CA), ˊ ˋ (CB), U+0301 (CC), ′ and ‘ (E2).
// None of them is a UTF-8 continuation byte, so every place one is found
// starts a character.
const leads = "`\xC2\xCA\xCB\xCC\xE2"

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	text := d.Text
	apos := "" // the article's own apostrophe, counted once something is reported
	// The messages, written once for the article (fix) and once for each
	// run of one wrong mark (msg, about msgR): a page of a million findings
	// shares a few strings instead of formatting two for each.
	var msg, fix string
	msgR := rune(-1)
	f := scan.InBlocks(d, leads)
	for i, bi := f.Next(); i >= 0; i, bi = f.Next() {
		b := &d.Blocks[bi]
		r, n := utf8.DecodeRuneInString(text[i:])
		what, ok := wrong[r]
		if !ok {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[b.Span.Start:i])
		after, _ := utf8.DecodeRuneInString(text[i+n : b.Span.End])
		inWord := unicode.IsLetter(before) && unicode.IsLetter(after)
		// Plural possessive: players´ union (an s, the mark, then a space).
		plural := (before == 's' || before == 'S') && (after == ' ' || after == utf8.RuneError && i+n == b.Span.End) && r != '‘'
		if r == '‘' && !(inWord && (isContractionTail(text[i+n:b.Span.End]) || irishO(text, b.Span.Start, i, after))) {
			inWord = false // ‘ before a letter usually opens a quotation
		}
		// A figure's possessive or plural: Radio 4´s, 2001‘s, the 1990′s (a
		// prime after a figure is a measure, 6′ 2″, and has no s after it).
		number := unicode.IsDigit(before) && after == 's' && isContractionTail(text[i+n:b.Span.End])
		if !inWord && !plural && !number {
			continue
		}
		if apos == "" {
			apos = houseApostrophe(d)
			fix = fmt.Sprintf("Replace with %s", apos)
		}
		if r != msgR {
			msg, msgR = fmt.Sprintf("%s is used as an apostrophe; write %s", what, apos), r
		}
		sp := lint.Span{Start: i, End: i + n}
		p.Report(lint.Diagnostic{
			Span:    sp,
			Message: msg,
			Fixes:   fixes.One(fix, sp, apos, true),
		})
	}
	return nil, nil
}

// houseApostrophe is the article's own apostrophe: straight or curly,
// whichever stands inside more words.
func houseApostrophe(d *lint.Document) string {
	straight, curly := 0, 0
	for i := range d.Tokens {
		t := &d.Tokens[i]
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
	if curly > straight {
		return "’"
	}
	return "'"
}

// irishO: the mark text[i] stands between a capital O or D that starts a
// word and a capital (O‘Connell, D‘Arcy), where it is an apostrophe; ‘
// between other letters may be an ʻokina or an ayn (Hawai‘i, Shi‘a).
func irishO(text string, start, i int, after rune) bool {
	if i-start < 1 || !unicode.IsUpper(after) {
		return false
	}
	if c := text[i-1]; c != 'O' && c != 'D' {
		return false
	}
	if i-start >= 2 {
		r, _ := utf8.DecodeLastRuneInString(text[start : i-1])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
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
