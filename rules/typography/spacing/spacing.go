// Package spacing implements typography-spacing: doubled spaces inside a
// sentence and a space before a comma or full stop.
package spacing

import (
	_ "embed"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is typography-spacing.
var Rule = &lint.Rule{
	Name:     "typography-spacing",
	Summary:  "A doubled space inside a sentence, or a space before a comma or full stop.",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

type double struct {
	span      lint.Span
	afterStop bool
}

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	text := d.Text
	var doubles []double
	stopSingle, stopDouble := 0, 0
	for bi := range d.Blocks {
		b := d.Blocks[bi].Span
		// Line by line: a line end inside a paragraph is not a doubled space,
		// and a line with a run of three or more spaces is a table.
		for ls := b.Start; ls < b.End; {
			le := ls
			for le < b.End && text[le] != '\n' && text[le] != '\r' {
				le++
			}
			line := text[ls:le]
			tabular := false
			for i := 0; i+2 < len(line); i++ {
				if line[i] == ' ' && line[i+1] == ' ' && line[i+2] == ' ' {
					tabular = true
					break
				}
			}
			// Leading indentation and trailing spaces are layout.
			start, end := 0, len(line)
			for start < end && (line[start] == ' ' || line[start] == '\t') {
				start++
			}
			for end > start && (line[end-1] == ' ' || line[end-1] == '\t') {
				end--
			}
			for i := start; i < end; i++ {
				if line[i] != ' ' {
					continue
				}
				j := i
				for j < end && line[j] == ' ' {
					j++
				}
				stop := afterStop(line[start:i])
				if j-i == 1 {
					if stop {
						stopSingle++
					}
				} else if !tabular {
					if stop {
						stopDouble++
					}
					doubles = append(doubles, double{span: lint.Span{Start: ls + i, End: ls + j}, afterStop: stop})
				}
				i = j - 1
			}
			le2 := le
			if le2 < b.End && text[le2] == '\r' {
				le2++
			}
			if le2 < b.End && text[le2] == '\n' {
				le2++
			}
			if le2 == le {
				le2++
			}
			ls = le2
		}
		spaceBefore(p, b)
	}
	// Two spaces after a full stop is a typewriter habit; when the article
	// keeps it up it is the article's style.
	stopStyle := stopDouble > 0 && stopDouble >= stopSingle
	for _, db := range doubles {
		if db.afterStop && stopStyle || !d.Verbatim(db.span) {
			continue
		}
		msg := "doubled space inside a sentence"
		if db.afterStop {
			msg = "two spaces after a sentence; the article uses one elsewhere"
		}
		p.Report(lint.Diagnostic{
			Span:    db.span,
			Message: msg,
			Fixes: []lint.Fix{{
				Message: "Use one space",
				Edits:   []lint.Edit{{Span: db.span, NewText: " "}},
				Safe:    true,
			}},
		})
	}
	return nil, nil
}

// afterStop reports whether s ends a sentence: a full stop, question or
// exclamation mark, perhaps followed by closing quotes and brackets.
func afterStop(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', ')', ']':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}

// spaceBefore reports spaces before a comma, full stop, semicolon or colon
// in the block: "Mobos , but", "in Nairobi . He".
func spaceBefore(p *lint.Pass, b lint.Span) {
	text := p.Doc.Text
	for i := b.Start + 1; i < b.End; i++ {
		c := text[i]
		if c != ',' && c != '.' && c != ';' && c != ':' {
			continue
		}
		if text[i-1] != ' ' {
			continue
		}
		// The white space before the mark, on this line.
		s := i - 1
		for s > b.Start && text[s-1] == ' ' {
			s--
		}
		if s == b.Start || text[s-1] == '\n' || text[s-1] == '\r' || text[s-1] == '\t' {
			continue // the mark opens a line: a list or an indented figure
		}
		prev, _ := utf8.DecodeLastRuneInString(text[b.Start:s])
		next, _ := utf8.DecodeRuneInString(text[i+1 : b.End])
		if i+1 == b.End {
			next = ' '
		}
		switch {
		case c == '.' && (next == '.' || unicode.IsDigit(next) || unicode.IsLetter(next)):
			continue // an ellipsis " ...", a decimal " .22", a file name " .txt"
		case (c == ':' || c == ';') && (next == ')' || next == '(' || next == '-' || next == 'D' || next == 'P'):
			continue // an emoticon
		case c == ',' && unicode.IsDigit(next):
			continue
		case next != ' ' && next != '\n' && next != '\r' && next != '"' && next != '\'' && next != '”' && next != '’' && next != ')':
			continue // "x ,y" and the like are not prose
		case prev == '.' && c == '.':
			continue
		case !(unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '"' || prev == '”' || prev == '’' || prev == '\'' || prev == ')' || prev == '%'):
			continue
		}
		sp := lint.Span{Start: s, End: i + 1}
		if !p.Doc.Verbatim(sp) {
			continue
		}
		what := map[byte]string{',': "comma", '.': "full stop", ';': "semicolon", ':': "colon"}[c]
		p.Report(lint.Diagnostic{
			Span:    sp,
			Message: "space before a " + what,
			Fixes: []lint.Fix{{
				Message: "Delete the space",
				Edits:   []lint.Edit{{Span: lint.Span{Start: s, End: i}, NewText: ""}},
				Safe:    true,
			}},
		})
	}
}
