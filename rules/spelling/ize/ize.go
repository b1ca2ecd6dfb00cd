// Package ize implements spelling-ize: -ise and -ize spellings of the same
// kind of word mixed in one British article (organise … recognize).
package ize

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
	"github.com/factlint/factlint/rules/spelling/variety"
)

//go:embed doc.md
var doc string

// Rule is spelling-ize.
var Rule = &lint.Rule{
	Name:     "spelling-ize",
	Summary:  "-ise and -ize spellings mixed in one British article (organise … recognize).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Requires: []*lint.Rule{variety.Rule},
	Options: []lint.Option{{
		Name:    "lone",
		Default: true,
		Doc: "In British copy that has no -ise spelling of its own, also report the -ize words when they " +
			"are all one word (a lone 'criticized'): most British newspapers spell -ise. Oxford-spelling " +
			"houses set variety: en-GB-oxendict instead, which makes -ize the rule.",
	}},
	Run: run,
}

type form int

const (
	none form = iota
	ise
	ize
)

// kind tells whether e is the -ise or the -ize spelling of a word whose
// British spelling varies so (not learnt, whose Oxford spelling is
// learned).
func kind(e varcon.Entry) form {
	b, z := e.Level[varcon.British], e.Level[varcon.BritishIZE]
	switch {
	case b == varcon.Preferred && z != varcon.Preferred && strings.Contains(e.Repl[varcon.BritishIZE], "iz"):
		return ise
	case z == varcon.Preferred && b != varcon.Preferred && strings.Contains(e.Repl[varcon.British], "is"):
		return ize
	}
	return none
}

func run(p *lint.Pass) (any, error) {
	res := lint.ResultOf[*variety.Result](p, variety.Rule)
	switch res.Variety {
	case variety.GB, variety.AU:
	default:
		return nil, nil // American and Canadian copy spell -ize; spelling-variety reports -ise there
	}
	if res.Mixed == variety.CA || res.Mixed == variety.IN {
		// Canadian copy spells -ize beside centre and colour; Indian copy
		// writes -ize as often as -ise, and both in one article.
		return nil, nil
	}
	oxford := p.Config != nil && strings.Contains(strings.ToLower(p.Config.Variety), "oxendict")
	var ises, izes []varcon.Occurrence
	// spelling-variety's scan also holds the sense-dependent words, with a
	// zero Entry: kind puts them with neither form.
	for _, o := range res.Words {
		if o.Name {
			continue
		}
		switch kind(*o.Entry) {
		case ise:
			ises = append(ises, o)
		case ize:
			izes = append(izes, o)
		}
	}
	var wrong, right []varcon.Occurrence
	var cat varcon.Category
	why := ""
	switch {
	case oxford:
		wrong, right, cat, why = ises, izes, varcon.BritishIZE, "the house spells -ize (Oxford)"
	case res.Variety == variety.AU:
		wrong, right, cat, why = izes, ises, varcon.British, "Australian copy spells -ise"
	case 2*len(ises) >= len(izes) && len(ises) > 0:
		// -ise unless -ize clearly leads (more than twice as often): the
		// spelling of most British newspapers, and the one a slip of
		// American spelling departs from.
		wrong, right, cat = izes, ises, varcon.British
		why = fmt.Sprintf("the article spells -ise %d times, -ize %d", len(ises), len(izes))
		if len(izes) >= len(ises) {
			why = fmt.Sprintf("British copy usually spells -ise (the article spells -ise %d times, -ize %d)", len(ises), len(izes))
		}
	case len(ises) > 0:
		wrong, right, cat = ises, izes, varcon.BritishIZE
		why = fmt.Sprintf("the article spells -ize %d times, -ise %d", len(izes), len(ises))
	case len(ises) == 0 && len(izes) > 0 && p.Bool("lone") && oneWord(izes):
		wrong, cat = izes, varcon.British
		why = "British copy usually spells -ise"
	default:
		return nil, nil
	}
	for _, o := range wrong {
		want := varcon.MatchCase(o.Text, o.Entry.Repl[cat])
		if want == "" {
			continue
		}
		// One word quoted from a body's own text (will work to
		// "harmonize" its labelling rules) keeps the body's spelling,
		// when the article spells the other way at least once.
		if len(right) > 0 && len(wrong) == 1 && variety.QuotedFragment(p.Doc, o.Span.Start) {
			continue
		}
		d := lint.Diagnostic{
			Span:    o.Span,
			Message: fmt.Sprintf("%q mixes -ise and -ize spelling: %s; write %q", o.Text, why, want),
			Fixes: []lint.Fix{{
				Message: fmt.Sprintf("Use %q", want),
				Edits:   []lint.Edit{{Span: o.Span, NewText: want}},
				// Safe when the article itself shows its spelling.
				Safe: len(right) > 0 || oxford || res.Variety == variety.AU,
			}},
		}
		if len(right) > 0 {
			d.Related = []lint.Related{{Span: right[0].Span, Message: fmt.Sprintf("spelt %q here", right[0].Text)}}
		}
		p.Report(d)
	}
	return nil, nil
}

// oneWord reports whether all occurrences are forms of one word
// (criticized, criticize), which a lone slip makes, rather than a
// consistent Oxford spelling over several words.
func oneWord(os []varcon.Occurrence) bool {
	stem := func(o varcon.Occurrence) string {
		w := o.Lower
		if i := strings.LastIndex(w, "iz"); i > 0 {
			return w[:i]
		}
		return w
	}
	s := stem(os[0])
	for _, o := range os[1:] {
		if stem(o) != s {
			return false
		}
	}
	return true
}
