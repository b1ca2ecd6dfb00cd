package convention

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
	"github.com/factlint/factlint/rules/title/internal/titles"
)

var requires = []*lint.Rule{entities.Rule}

// peopleIndex answers which country a person named at a token belongs to,
// from the entity model: the country of a demonym or country title given
// to the person anywhere in the article ("Russian President Vladimir
// Putin" … "President Putin").
//
// Each answer reads all of a person's titles or mentions, so it is memoised
// per person (and per office or country asked about): an article that
// names one person at every title ("Defense Minister Jim Mathis said."
// repeated) would otherwise read the person's whole list at every title,
// a cost quadratic in the length of the page. The model does not change
// while the rule runs, so the memo is exact.
type peopleIndex struct {
	m *entities.Model
	// country memoises countryAt per person.
	country map[*entities.Entity]string
	// held memoises holds per person and office.
	held map[personKey]bool
	// unplaced memoises recurringUnplaced per person.
	unplaced map[*entities.Entity]bool
	// foreign memoises introducedForeign per person and country.
	foreign map[personKey]bool
	// other memoises heldByOther per office and surname.
	other map[[2]string]bool
	// reads counts the reads of a person's titles, mentions or the
	// document's tokens that were not answered by a memo (for a test).
	reads int
}

// personKey is a person and an office or a country code.
type personKey struct {
	e *entities.Entity
	s string
}

func newPeople(p *lint.Pass) *peopleIndex { return &peopleIndex{m: entities.Of(p)} }

func (pi *peopleIndex) countryAt(tok int) string {
	if pi.m == nil {
		return ""
	}
	e := pi.m.At(tok)
	if e == nil || e.Kind != entities.Person {
		return ""
	}
	if c, ok := pi.country[e]; ok {
		return c
	}
	if pi.country == nil {
		pi.country = map[*entities.Entity]string{}
	}
	c := personCountry(e)
	pi.country[e] = c
	pi.reads++
	return c
}

func personCountry(e *entities.Entity) string {
	if e.Country != "" {
		return e.Country
	}
	for _, t := range e.Titles {
		if t.Country != "" {
			return t.Country
		}
	}
	return ""
}

// holds reports whether the person named at tok is given, somewhere in the
// article, the title right (a country's own name of an office, "Defence
// Secretary", "Treasurer") as a current title: before the name, in
// apposition ("the defence secretary, John Healey") or as a title-only
// mention of the person.
func (pi *peopleIndex) holds(tok int, right string) bool {
	if pi.m == nil || right == "" {
		return false
	}
	e := pi.m.At(tok)
	if e == nil || e.Kind != entities.Person {
		return false
	}
	k := personKey{e, right}
	if v, ok := pi.held[k]; ok {
		return v
	}
	if pi.held == nil {
		pi.held = map[personKey]bool{}
	}
	v := personHolds(e, right)
	pi.held[k] = v
	pi.reads++
	return v
}

func personHolds(e *entities.Entity, right string) bool {
	for _, t := range e.Titles {
		if t.Modifier == "" && endsWithTitle(t.Text, right) {
			return true
		}
	}
	for _, mm := range e.Mentions {
		if mm.Form == entities.TitleOnly && endsWithTitle(mm.Text, right) {
			return true
		}
	}
	return false
}

// endsWithTitle reports whether text is the title right, or ends with it
// after a space (a country before it: "Canada's Finance Minister"), in any
// case.
func endsWithTitle(text, right string) bool {
	if len(text) < len(right) || !strings.EqualFold(text[len(text)-len(right):], right) {
		return false
	}
	return len(text) == len(right) || text[len(text)-len(right)-1] == ' '
}

// recurringUnplaced reports whether the person named at tok is mentioned
// more than once in the article and tied to no country: no country of
// their own, no title with a country or a modifier ("US Treasury
// Secretary"). In an article about one country alone such a person is one
// of its own.
func (pi *peopleIndex) recurringUnplaced(tok int) bool {
	if pi.m == nil {
		return false
	}
	e := pi.m.At(tok)
	if e == nil || e.Kind != entities.Person || e.Country != "" || len(e.Mentions) < 2 {
		return false
	}
	if v, ok := pi.unplaced[e]; ok {
		return v
	}
	if pi.unplaced == nil {
		pi.unplaced = map[*entities.Entity]bool{}
	}
	v := unplaced(e)
	pi.unplaced[e] = v
	pi.reads++
	return v
}

func unplaced(e *entities.Entity) bool {
	for _, t := range e.Titles {
		if t.Country != "" || t.Modifier != "" {
			return false
		}
	}
	return true
}

// introducedForeign reports whether a mention of the person named at tok
// follows, in apposition, a description naming a country other than code
// ("the French foreign minister, Jean-Noel Barrot,"; "Iraq's interior
// minister, Falah al-Naqib"): such a person is foreign, whatever the
// article's country.
func (pi *peopleIndex) introducedForeign(ctx *titles.Context, tok int, code string) bool {
	if pi.m == nil {
		return false
	}
	e := pi.m.At(tok)
	if e == nil || e.Kind != entities.Person {
		return false
	}
	k := personKey{e, code}
	if v, ok := pi.foreign[k]; ok {
		return v
	}
	if pi.foreign == nil {
		pi.foreign = map[personKey]bool{}
	}
	v := foreignIntro(ctx, e, code)
	pi.foreign[k] = v
	pi.reads++
	return v
}

func foreignIntro(ctx *titles.Context, e *entities.Entity, code string) bool {
	toks := ctx.Doc.Tokens
	for _, mm := range e.Mentions {
		if len(mm.Tokens) == 0 {
			continue
		}
		s := mm.Tokens[0]
		if s < 2 || toks[s-1].Text != "," || toks[s-1].Sentence != toks[s].Sentence {
			continue
		}
		for j := s - 2; j >= 0 && j >= s-7 && toks[j].Sentence == toks[s].Sentence && toks[j].Kind != lint.Punct; j-- {
			ev, ok := ctx.At(j)
			if !ok || !ev.Modifier {
				continue
			}
			if b := titles.Base(ev.Code); b != titles.Base(code) && b != "EU" && b != "UN" {
				return true
			}
		}
	}
	return false
}
