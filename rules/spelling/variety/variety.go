// Package variety implements spelling-variety: British and American (and
// Canadian, Australian) spellings mixed in one article.
package variety

import (
	_ "embed"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is spelling-variety. Its result is a *Result.
var Rule = &lint.Rule{
	Name:     "spelling-variety",
	Summary:  "A word spelt in another variety of English than the rest of the article (canceled in British copy).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

func run(p *lint.Pass) (any, error) {
	res := &Result{}
	if p.Config != nil {
		res.Variety = p.Config.Variety
	}
	return res, nil
}
