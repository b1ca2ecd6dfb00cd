package convention

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

var requires = []*lint.Rule{entities.Rule}

// peopleIndex answers which country a person named at a token belongs to,
// from the entity model: the country of a demonym or country title given
// to the person anywhere in the article ("Russian President Vladimir
// Putin" … "President Putin").
type peopleIndex struct{ m *entities.Model }

func newPeople(p *lint.Pass) *peopleIndex { return &peopleIndex{m: entities.Of(p)} }

func (pi *peopleIndex) countryAt(tok int) string {
	if pi.m == nil {
		return ""
	}
	e := pi.m.At(tok)
	if e == nil || e.Kind != entities.Person {
		return ""
	}
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
