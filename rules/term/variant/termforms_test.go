package variant

import (
	"math/rand/v2"
	"testing"

	"github.com/factlint/factlint/lint"
)

// termFormOracle is what closedUp asked of every closed-up compound
// before termForms, reading every form of cands for each: whether a
// closed form at sp has a Sum that a form at another span has.
func termFormOracle(cands []cand, toks []lint.Token, sp lint.Span) bool {
	for k := range cands {
		if cands[k].kind != closed || cands[k].span(toks) != sp {
			continue
		}
		for j := range cands {
			if cands[j].sum == cands[k].sum && cands[j].span(toks) != sp {
				return true
			}
		}
	}
	return false
}

// TestTermForms checks termForms against termFormOracle on random forms
// over few spans and Sums (so that spans share Sums, hold forms of several
// kinds and several Sums at once, and tokens several spans), asking spans
// with and without forms, some twice.
func TestTermForms(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	// span i is in token i/2 (of 10 bytes), at its start or 5 bytes in
	toks := make([]lint.Token, 3)
	for k := range toks {
		toks[k].Span = lint.Span{Start: 10 * k, End: 10*k + 10}
	}
	off := func(i int) int { return 5 * (i % 2) }
	length := func(i int) int { return 3 + i%3 }
	spanOf := func(i int) lint.Span { return lint.Span{Start: 10*(i/2) + off(i), End: 10*(i/2) + off(i) + length(i)} }
	sc := &buffers{}
	for round := range 1000 {
		n := rng.IntN(12)
		cands := make([]cand, n)
		for k := range cands {
			i := rng.IntN(6)
			cands[k] = newCand(kind(rng.IntN(3)), uint64(rng.IntN(4)), i/2, off(i), length(i))
		}
		var found []closedFound
		for i := range 6 {
			asks := rng.IntN(2) // none or once, and now and then twice
			if rng.IntN(4) == 0 {
				asks = 2
			}
			for range asks {
				found = append(found, closedFound{span: spanOf(i), tok: int32(i / 2)})
			}
		}
		sc.termForms(cands, found, toks)
		for _, f := range found {
			if want := termFormOracle(cands, toks, f.span); f.termForm != want {
				t.Fatalf("round %d: termForm of %v = %v, want %v; forms %+v", round, f.span, f.termForm, want, cands)
			}
		}
	}
}
