package conflict

import "github.com/factlint/factlint/lint"

var requires []*lint.Rule

// identities decides which titled mentions are the same person.
type identities struct{}

func newIdentities(p *lint.Pass) *identities { return &identities{} }

// key is the identity of the person a titled mention names, or "" when it
// is unclear (a bare surname shared by two people of the article).
func (ids *identities) key(a titled, firsts map[string]map[string]bool) string {
	fs := firsts[a.surname]
	if len(fs) > 1 {
		if a.first == "" || !fs[a.first] {
			return ""
		}
		return a.first + " " + a.surname
	}
	return a.surname
}
