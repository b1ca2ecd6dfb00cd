package agreement

import (
	"math/rand/v2"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestEntityGenderMatchesGenderExcept asks the memo and GenderExcept about
// people with much evidence of every source and gender, some spans holding
// several pieces, skipping each span, spans with none and the zero span.
func TestEntityGenderMatchesGenderExcept(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		e := &entities.Entity{Kind: entities.Person}
		pieces := memoMinEvidence + rng.IntN(40)
		for range pieces {
			at := rng.IntN(pieces) * 10 // some spans drawn twice
			e.Evidence = append(e.Evidence, entities.Evidence{
				Gender: entities.Gender(rng.IntN(3)),
				Source: entities.EvidenceSource(rng.IntN(4)),
				Span:   lint.Span{Start: at, End: at + 3},
			})
		}
		r := &resolver{}
		skips := []lint.Span{{}, {Start: 1, End: 2}}
		for _, ev := range e.Evidence {
			skips = append(skips, ev.Span)
		}
		for _, skip := range append(skips, skips...) { // the second time from the memo
			if got, want := r.entityGender(e, skip), e.GenderExcept(skip); got != want {
				t.Fatalf("person %d, skip %v: memo %v, GenderExcept %v", n, skip, got, want)
			}
		}
	}
}
