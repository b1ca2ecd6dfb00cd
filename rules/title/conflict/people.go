package conflict

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

var requires = []*lint.Rule{entities.Rule}

// identities decides which titled mentions are the same person: by
// surname, unless two people of the article share it, and never against
// the entity model when it holds the two mentions for different people.
type identities struct{ m *entities.Model }

func newIdentities(p *lint.Pass) *identities { return &identities{m: entities.Of(p)} }

// key is the identity of the person a titled mention names, or "" when it
// is unclear (a bare surname shared by two people of the article).
func (ids *identities) key(a titled, firsts *fullNameIndex) string {
	if firsts.count(a.surname) > 1 {
		if a.first == "" || !firsts.with(a.surname, a.first) {
			return ""
		}
		return a.first + " " + a.surname
	}
	return a.surname
}

// different reports whether the model holds the people named at tokens i
// and j for two different people.
func (ids *identities) different(i, j int) bool {
	if ids.m == nil {
		return false
	}
	a, b := ids.m.At(i), ids.m.At(j)
	return a != nil && b != nil && a.Kind == entities.Person && b.Kind == entities.Person && a != b
}
