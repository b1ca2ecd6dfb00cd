// Package ize implements spelling-ize: -ise and -ize spellings of the same
// kind of word mixed in one British article (organise … recognize).
package ize

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
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
	case b == varcon.Preferred && z != varcon.Preferred && strings.Contains(e.Repl(varcon.BritishIZE), "iz"):
		return ise
	case z == varcon.Preferred && b != varcon.Preferred && strings.Contains(e.Repl(varcon.British), "is"):
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
	// spelling-variety's scan also holds the sense-dependent words, with a
	// zero Entry: kind puts them with neither form. They are counted first,
	// and the wrong ones reported in a second walk, without a copy.
	words := res.Words
	var count [3]int // by form
	for i := range words {
		if o := &words[i]; !o.Name {
			count[kind(*o.Entry)]++
		}
	}
	ises, izes := count[ise], count[ize]
	var wrongForm form
	var cat varcon.Category
	why := ""
	switch {
	case oxford:
		wrongForm, cat, why = ise, varcon.BritishIZE, "the house spells -ize (Oxford)"
	case res.Variety == variety.AU:
		wrongForm, cat, why = ize, varcon.British, "Australian copy spells -ise"
	case 2*ises >= izes && ises > 0:
		// -ise unless -ize clearly leads (more than twice as often): the
		// spelling of most British newspapers, and the one a slip of
		// American spelling departs from.
		wrongForm, cat = ize, varcon.British
		why = fmt.Sprintf("the article spells -ise %d times, -ize %d", ises, izes)
		if izes >= ises {
			why = fmt.Sprintf("British copy usually spells -ise (the article spells -ise %d times, -ize %d)", ises, izes)
		}
	case ises > 0:
		wrongForm, cat = ise, varcon.BritishIZE
		why = fmt.Sprintf("the article spells -ize %d times, -ise %d", izes, ises)
	case ises == 0 && izes > 0 && p.Bool("lone") && oneWord(words):
		wrongForm, cat = ize, varcon.British
		why = "British copy usually spells -ise"
	default:
		return nil, nil
	}
	rightForm := ise + ize - wrongForm
	wrongs, rights := count[wrongForm], count[rightForm]
	if wrongs == 0 {
		return nil, nil
	}
	var right *varcon.Occurrence // the first of the other form, if any
	for i := 0; rights > 0 && i < len(words); i++ {
		if o := &words[i]; !o.Name && kind(*o.Entry) == rightForm {
			right = o
			break
		}
	}
	left := wrongs // to report
	for i := 0; left > 0 && i < len(words); i++ {
		o := &words[i]
		if o.Name || kind(*o.Entry) != wrongForm {
			continue
		}
		left--
		want := varcon.MatchCase(o.Text, o.Entry.Repl(cat))
		if want == "" {
			continue
		}
		// One word quoted from a body's own text (will work to
		// "harmonize" its labelling rules) keeps the body's spelling,
		// when the article spells the other way at least once.
		if rights > 0 && wrongs == 1 && variety.QuotedFragment(p.Doc, o.Span.Start) {
			continue
		}
		d := lint.Diagnostic{
			Span:    o.Span,
			Message: fmt.Sprintf("%q mixes -ise and -ize spelling: %s; write %q", o.Text, why, want),
			// Safe when the article itself shows its spelling.
			Fixes: fixes.One(fmt.Sprintf("Use %q", want), o.Span, want, rights > 0 || oxford || res.Variety == variety.AU),
		}
		if right != nil {
			d.Related = []lint.Related{{Span: right.Span, Message: fmt.Sprintf("spelt %q here", right.Text)}}
		}
		p.Report(d)
	}
	return nil, nil
}

// oneWord reports whether the -ize words of os (outside names) are all
// forms of one word (criticized, criticize), which a lone slip makes,
// rather than a consistent Oxford spelling over several words.
func oneWord(os []varcon.Occurrence) bool {
	stem := func(o *varcon.Occurrence) string {
		w := o.Lower
		if i := strings.LastIndex(w, "iz"); i > 0 {
			return w[:i]
		}
		return w
	}
	s, first := "", true
	for i := range os {
		o := &os[i]
		if o.Name || kind(*o.Entry) != ize {
			continue
		}
		if first {
			s, first = stem(o), false
		} else if stem(o) != s {
			return false
		}
	}
	return true
}
