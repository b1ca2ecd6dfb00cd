package entities

import (
	_ "embed"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is model-entities: it reports nothing and returns the *Model of the
// document for the name, title, pronoun and fact rules.
var Rule = &lint.Rule{
	Name:       "model-entities",
	Summary:    "Who is who: people, organisations and places of the article, with titles, gender and age.",
	Doc:        doc,
	ResultOnly: true,
	Run: func(p *lint.Pass) (any, error) {
		return Build(p.Doc, p.Config), nil
	},
}

// Of returns the model computed for the pass's document; the pass's rule
// must require Rule.
func Of(p *lint.Pass) *Model { return lint.ResultOf[*Model](p, Rule) }
