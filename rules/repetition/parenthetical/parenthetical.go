// Package parenthetical implements repetition-parenthetical: a bracket that
// only repeats the words before it (`on 6 November (November)`).
package parenthetical

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is repetition-parenthetical.
var Rule = &lint.Rule{
	Name:     "repetition-parenthetical",
	Summary:  "A bracket that only repeats the words before it (6 November (November)).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

// maxWords is the longest bracket compared: a bracket of more words is an
// aside, not an echo.
const maxWords = 4

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		open := &toks[i]
		if open.Kind != lint.Punct || (open.Text != "(" && open.Text != "[") {
			continue
		}
		closer := ")"
		if open.Text == "[" {
			closer = "]"
		}
		// The bracket's words, up to its closing mark.
		j := i + 1
		for j < len(toks) && j-i-1 <= maxWords && toks[j].Kind == lint.Word && toks[j].Block == open.Block {
			j++
		}
		n := j - i - 1
		if n == 0 || n > maxWords || j >= len(toks) || toks[j].Text != closer || toks[j].Block != open.Block {
			continue
		}
		// The same number of words directly before the bracket.
		if i-n < 0 || !open.Has(lint.SpaceBefore) {
			continue
		}
		same := true
		for k := 0; k < n; k++ {
			a, b := &toks[i-n+k], &toks[i+1+k]
			if a.Kind != lint.Word || a.Block != open.Block || !strings.EqualFold(a.Text, b.Text) {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		prev := lint.Span{Start: toks[i-n].Span.Start, End: toks[i-1].Span.End}
		sp := lint.Span{Start: open.Span.Start, End: toks[j].Span.End}
		p.Report(lint.Diagnostic{
			Span:    sp,
			Message: fmt.Sprintf("the bracket only repeats %q", d.Slice(prev)),
			Related: []lint.Related{{Span: prev, Message: "already written here"}},
			Fixes: []lint.Fix{{
				Message: fmt.Sprintf("Delete %q", d.Slice(sp)),
				Edits:   []lint.Edit{{Span: lint.Span{Start: toks[i-1].Span.End, End: sp.End}, NewText: ""}},
				Safe:    true,
			}},
		})
		i = j
	}
	return nil, nil
}
