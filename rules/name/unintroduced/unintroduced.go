// Package unintroduced implements name-unintroduced: a bare surname of
// nobody introduced, that probably means someone who was.
package unintroduced

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

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
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	// The people introduced by full name, with their folded surnames, and
	// for every entity whether it has a full-name mention.
	for _, e := range m.Entities {
		full := hasFullName(e)
		sc.full = append(sc.full, full)
		if e.Kind == entities.Person && e.Surname != "" && full {
			sc.people = append(sc.people, person{e, entities.Fold(e.Surname)})
		}
	}
	if len(sc.people) == 0 {
		return nil, nil
	}
	// People by the edges of their folded surnames (first two letters,
	// last three): a candidate is compared only with people it shares an
	// edge with.
	for x, q := range sc.people {
		for _, k := range edges(q.fold) {
			sc.byEdge = append(sc.byEdge, edgeEntry{k, int32(x)})
		}
	}
	slices.SortFunc(sc.byEdge, func(a, b edgeEntry) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.person, b.person)) })
	for k, e := range m.Entities {
		if sc.full[k] || len(e.Mentions) == 0 || len(e.Mentions) > 2 {
			continue
		}
		if e.Kind != entities.Person && e.Kind != entities.Other {
			continue
		}
		mm := e.Mentions[0]
		w := mm.Text
		if strings.ContainsAny(w, " .") {
			continue
		}
		// The people near w (sharing an edge), before the costlier tests
		// of w itself.
		fw := entities.Fold(w)
		near := sc.near[:0]
		for _, k := range edges(fw) {
			near = sc.withEdge(near, k)
		}
		sc.near = near
		if len(near) == 0 || !candidate(w) || explained(m, mm.Span) {
			continue
		}
		var best *entities.Entity
		bestRes := 0.0
		for _, x := range near {
			q := sc.people[x]
			if q.Mentions[0].Span.Start > mm.Span.Start {
				continue // introduced later
			}
			if strings.HasPrefix(fw, q.fold) || strings.HasPrefix(q.fold, fw) {
				continue // Brownite, Bryans: a word made from the name
			}
			r := entities.Resemblance(w, q.Surname)
			if r >= minRes && r > bestRes && sharesEdge(fw, q.fold) {
				best, bestRes = q.Entity, r
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

// edges returns the keys of the edges of a folded surname: its first two
// bytes and its last three, each packed with a tag into a number; 0 when
// the name is too short.
func edges(f string) [2]uint32 {
	var out [2]uint32
	if len(f) >= 2 {
		out[0] = 1<<24 | uint32(f[0])<<8 | uint32(f[1])
	}
	if n := len(f); n >= 3 {
		out[1] = 2<<24 | uint32(f[n-3])<<16 | uint32(f[n-2])<<8 | uint32(f[n-1])
	}
	return out
}

// explained reports whether name-variant already explains the word at sp.
func explained(m *entities.Model, sp lint.Span) bool {
	for _, nm := range m.NearMisses {
		if nm.WordSpan == sp {
			return true
		}
	}
	return false
}

// person is someone introduced by full name, with the folded surname.
type person struct {
	*entities.Entity
	fold string
}

// edgeEntry is one edge of a person's surname (an index into people).
type edgeEntry struct {
	key    uint32
	person int32
}

// scratch holds one document's lists; kept between documents.
type scratch struct {
	full   []bool // by entity: has a full-name mention
	people []person
	byEdge []edgeEntry // sorted by key, then person
	near   []int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (sc *scratch) release() {
	clear(sc.people)
	sc.full, sc.people, sc.byEdge, sc.near = sc.full[:0], sc.people[:0], sc.byEdge[:0], sc.near[:0]
	scratchPool.Put(sc)
}

// withEdge appends the people whose surname has edge k, in their order.
func (sc *scratch) withEdge(near []int32, k uint32) []int32 {
	if k == 0 {
		return near
	}
	i, _ := slices.BinarySearchFunc(sc.byEdge, k, func(e edgeEntry, k uint32) int { return cmp.Compare(e.key, k) })
	for ; i < len(sc.byEdge) && sc.byEdge[i].key == k; i++ {
		near = append(near, sc.byEdge[i].person)
	}
	return near
}

// sharesEdge: the two names share their last three letters or first two.
func sharesEdge(a, b string) bool {
	n := 3
	if len(a) >= n && len(b) >= n && a[len(a)-n:] == b[len(b)-n:] {
		return true
	}
	return len(a) >= 2 && len(b) >= 2 && a[:2] == b[:2]
}
