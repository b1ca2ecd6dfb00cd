package variant

import (
	"math/rand/v2"
	"testing"

	"github.com/factlint/factlint/lint"
)

// termFormOracle is what closedUp asked of every closed-up compound
// before termForms, reading every form of cands for each: whether a
// closed form at sp has a Sum that a form at another span has.
func termFormOracle(cands []cand, sp lint.Span) bool {
	for k := range cands {
		if cands[k].kind != closed || cands[k].span() != sp {
			continue
		}
		for j := range cands {
			if cands[j].sum == cands[k].sum && cands[j].span() != sp {
				return true
			}
		}
	}
	return false
}

// TestTermForms checks termForms against termFormOracle on random forms
// over few spans and Sums (so that spans share Sums, hold forms of several
// kinds and several Sums at once), asking spans with and without forms.
func TestTermForms(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	spanOf := func(i int) lint.Span { return lint.Span{Start: 10 * i, End: 10*i + 4 + i%3} }
	for round := range 500 {
		n := rng.IntN(12)
		cands := make([]cand, n)
		for k := range cands {
			cands[k] = newCand(kind(rng.IntN(3)), uint64(rng.IntN(4)), spanOf(rng.IntN(5)), 0, k)
		}
		var found []closedFound
		for i := range 6 {
			if rng.IntN(2) == 0 {
				found = append(found, closedFound{span: spanOf(i)})
			}
		}
		termForm := termForms(cands, found)
		for _, f := range found {
			if got, want := termForm(f.span), termFormOracle(cands, f.span); got != want {
				t.Fatalf("round %d: termForm(%v) = %v, want %v; forms %+v", round, f.span, got, want, cands)
			}
		}
	}
}
