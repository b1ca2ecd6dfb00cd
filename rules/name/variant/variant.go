// Package variant implements name-variant: one name spelt two ways in an
// article (Mathis, Matisse).
package variant

import (
	_ "embed"
	"fmt"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

//go:embed doc.md
var doc string

// Rule is name-variant.
var Rule = &lint.Rule{
	Name:     "name-variant",
	Summary:  "A name spelt two ways in one article (Mathis, Matisse).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Requires: []*lint.Rule{entities.Rule},
	Run:      run,
}

func run(p *lint.Pass) (any, error) {
	m := entities.Of(p)
	for _, nm := range m.NearMisses {
		if !Report(nm) {
			continue
		}
		line := p.Doc.LineOf(nm.RefWordSpan.Start)
		p.Report(lint.Diagnostic{
			Span:    nm.WordSpan,
			Message: fmt.Sprintf("%q looks like a misspelling of %q, as the name is spelt on line %d", nm.Word, nm.RefWord, line),
			Related: []lint.Related{{Span: nm.RefWordSpan, Message: fmt.Sprintf("spelt %q here", nm.RefWord)}},
			Fixes: []lint.Fix{{
				Message: fmt.Sprintf("Use %q as on line %d", nm.RefWord, line),
				Edits:   []lint.Edit{{Span: nm.WordSpan, NewText: nm.RefWord}},
			}},
		})
	}
	return nil, nil
}

// Report decides whether a near miss is worth a finding: the deviant
// spelling is the minority (at a tie, the one outside the full-name
// mention), the two spellings are not two people introduced by full names,
// and the deviant spelling is not itself an ordinary word or a place.
func Report(nm entities.NearMiss) bool {
	switch {
	case nm.TwoPeople:
		return false
	case nm.Count > nm.RefCount:
		return false
	case nm.Count == nm.RefCount && !(nm.RefInFull && !nm.InFull):
		return false
	case nm.Count > 2:
		return false
	case nm.Common, nm.Place:
		// A real word or place is not a misspelling of a name.
		return false
	}
	return true
}
