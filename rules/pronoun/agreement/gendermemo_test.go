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

// TestPlainGender: entityGender with no span skipped, kept by entity in
// plainG, answers as GenderExcept for each of a model's people, asked in
// any order and again, for people with few and with many pieces of
// evidence, and for a person the model does not number (fails when an
// answer is kept at another entity's place, or when a kept Unknown is
// taken for one not asked yet and another's answer read).
func TestPlainGender(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	m := &entities.Model{}
	for id := 1; id <= 60; id++ {
		e := &entities.Entity{Kind: entities.Person, ID: id}
		for range rng.IntN(2 * memoMinEvidence) {
			at := rng.IntN(20) * 10
			e.Evidence = append(e.Evidence, entities.Evidence{
				Gender: entities.Gender(rng.IntN(3)),
				Source: entities.EvidenceSource(rng.IntN(4)),
				Span:   lint.Span{Start: at, End: at + 3},
			})
		}
		m.Entities = append(m.Entities, e)
	}
	stranger := &entities.Entity{Kind: entities.Person, ID: 5, Evidence: m.Entities[0].Evidence}
	r := &resolver{}
	r.reset(m, 0)
	for round := range 3 {
		for _, k := range rng.Perm(len(m.Entities)) {
			e := m.Entities[k]
			if got, want := r.entityGender(e, lint.Span{}), e.GenderExcept(lint.Span{}); got != want {
				t.Fatalf("round %d, entity %d: %v, GenderExcept %v", round, e.ID, got, want)
			}
			if got, want := r.entityGender(stranger, lint.Span{}), stranger.GenderExcept(lint.Span{}); got != want {
				t.Fatalf("round %d: the stranger %v, GenderExcept %v", round, got, want)
			}
		}
	}
}
