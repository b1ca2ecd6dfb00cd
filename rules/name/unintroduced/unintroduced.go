// Package unintroduced implements name-unintroduced: a bare surname of
// nobody introduced, that probably means someone who was.
package unintroduced

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/model/entities"
)

//go:embed doc.md
var doc string

// Rule is name-unintroduced.
var Rule = &lint.Rule{
	Name:     "name-unintroduced",
	Summary:  "A surname of nobody introduced by full name that resembles someone who was.",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Requires: []*lint.Rule{entities.Rule},
	Options: []lint.Option{
		{Name: "min-resemblance", Default: 0.6, Doc: "least likeness (0–1) of the two surnames, after transliteration"},
	},
	Run: run,
}

func run(p *lint.Pass) (any, error) {
	m := entities.Of(p)
	minRes := p.Float("min-resemblance")
	// Words that name-variant already explains.
	explained := map[lint.Span]bool{}
	for _, nm := range m.NearMisses {
		explained[nm.WordSpan] = true
	}
	var people []*entities.Entity
	for _, e := range m.Entities {
		if e.Kind == entities.Person && e.Surname != "" && hasFullName(e) {
			people = append(people, e)
		}
	}
	if len(people) == 0 {
		return nil, nil
	}
	// People by the edges of their folded surnames (first two letters,
	// last three): a candidate is compared only with people it shares an
	// edge with.
	byEdge := map[string][]*entities.Entity{}
	for _, q := range people {
		for _, k := range edges(entities.Fold(q.Surname)) {
			byEdge[k] = append(byEdge[k], q)
		}
	}
	for _, e := range m.Entities {
		if hasFullName(e) || len(e.Mentions) == 0 || len(e.Mentions) > 2 {
			continue
		}
		if e.Kind != entities.Person && e.Kind != entities.Other {
			continue
		}
		mm := e.Mentions[0]
		w := mm.Text
		if strings.ContainsAny(w, " .") || !candidate(w) || explained[mm.Span] {
			continue
		}
		var best *entities.Entity
		bestRes := 0.0
		var near []*entities.Entity
		for _, k := range edges(entities.Fold(w)) {
			near = append(near, byEdge[k]...)
		}
		for _, q := range near {
			if q.Mentions[0].Span.Start > mm.Span.Start {
				continue // introduced later
			}
			fw, fs := entities.Fold(w), entities.Fold(q.Surname)
			if strings.HasPrefix(fw, fs) || strings.HasPrefix(fs, fw) {
				continue // Brownite, Bryans: a word made from the name
			}
			r := entities.Resemblance(w, q.Surname)
			if r >= minRes && r > bestRes && sharesEdge(entities.Fold(w), entities.Fold(q.Surname)) {
				best, bestRes = q, r
			}
		}
		if best == nil {
			continue
		}
		full := firstFull(best)
		line := p.Doc.LineOf(full.Span.Start)
		for _, x := range e.Mentions {
			p.Report(lint.Diagnostic{
				Span:    x.Span,
				Message: fmt.Sprintf("%q is not introduced by full name; it is probably %s (line %d)", x.Text, best.Name, line),
				Related: []lint.Related{{Span: full.Span, Message: fmt.Sprintf("%s is introduced here", best.Name)}},
				Fixes: []lint.Fix{{
					Message: fmt.Sprintf("Use %q as on line %d", best.Surname, line),
					Edits:   []lint.Edit{{Span: x.Span, NewText: best.Surname}},
				}},
			})
		}
	}
	return nil, nil
}

func hasFullName(e *entities.Entity) bool {
	for _, mm := range e.Mentions {
		if mm.Form == entities.FullName && strings.Contains(mm.Text, " ") {
			return true
		}
	}
	return false
}

func firstFull(e *entities.Entity) entities.Mention {
	for _, mm := range e.Mentions {
		if mm.Form == entities.FullName {
			return mm
		}
	}
	return e.Mentions[0]
}

// candidate reports whether a lone word can be an unintroduced surname:
// long enough, shaped like a name, and neither an ordinary word, a place,
// a demonym nor a known name (a common surname is more likely somebody
// else than a garbled name).
func candidate(w string) bool {
	if len([]rune(w)) < 5 {
		return false
	}
	up, low := 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			up++
		case r >= 'a' && r <= 'z' || r > 127:
			low++
		default:
			if r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	if up != 1 || low < 4 {
		return false
	}
	return !lexicon.IsCommonWord(w) && !lexicon.IsPlace(w) && lexicon.CountryOfDemonym(w) == "" && !lexicon.IsKnownName(w)
}

func edges(f string) []string {
	var out []string
	if len(f) >= 2 {
		out = append(out, "<"+f[:2])
	}
	if len(f) >= 3 {
		out = append(out, ">"+f[len(f)-3:])
	}
	return out
}

// sharesEdge: the two names share their last three letters or first two.
func sharesEdge(a, b string) bool {
	n := 3
	if len(a) >= n && len(b) >= n && a[len(a)-n:] == b[len(b)-n:] {
		return true
	}
	return len(a) >= 2 && len(b) >= 2 && a[:2] == b[:2]
}
