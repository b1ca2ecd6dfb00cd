package agreement

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestUsedMarksMentions: on the test articles and the development corpus,
// the resolver holds as used every token it reads of the entities' names,
// the unresolved names and the pronouns, and no token outside every
// mention (a misspelt name's tokens may be either: they are marked only
// when its first is not yet). It fails when used misplaces a token's bit
// or isUsed reads another.
func TestUsedMarksMentions(t *testing.T) {
	marked := 0
	eachResolver(t, ruletest.Articles(t, "testdata", 400), func(k int, p *lint.Pass, m *entities.Model, r *resolver) {
		n := len(r.inq)
		must, may := make([]bool, n), make([]bool, n)
		mark := func(tokens []int, sure bool) {
			if len(tokens) == 0 || tokens[0] >= n {
				return
			}
			for _, i := range tokens {
				if i < n {
					may[i] = true
					must[i] = must[i] || sure
				}
			}
		}
		for _, e := range m.Entities {
			for _, mm := range e.Mentions {
				mark(mm.Tokens, mm.Form != entities.Pronoun)
			}
		}
		for _, mm := range m.Unresolved {
			mark(mm.Tokens, true)
		}
		for _, nm := range m.NearMisses {
			mark(nm.Mention.Tokens, false)
		}
		for _, pr := range m.Pronouns {
			mark([]int{pr.Token}, true)
		}
		for i := range n {
			if got := r.isUsed(i); must[i] && !got || got && !may[i] {
				t.Fatalf("article %d: token %d (%q) used %v, want %v", k, i, p.Doc.Tokens[i].Text, got, must[i])
			}
			if must[i] {
				marked++
			}
		}
	})
	if marked < 1000 {
		t.Errorf("only %d tokens must be used: the comparison proves little", marked)
	}
}
