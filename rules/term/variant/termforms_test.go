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

// TestTermFormsOneLongWord: one token holding many found compounds (a
// word of many closed-up parts joined by hyphens), some spans found twice,
// against the oracle. termForms walked a token's list of found compounds
// for each closed form (quadratic in one long word); BenchmarkTermFormsOneWord
// shows the cost.
func TestTermFormsOneLongWord(t *testing.T) {
	const parts = 300
	cands, found, toks := oneLongWord(parts)
	(&buffers{}).termForms(cands, found, toks)
	for _, f := range found {
		if want := termFormOracle(cands, toks, f.span); f.termForm != want {
			t.Fatalf("termForm of %v = %v, want %v", f.span, f.termForm, want)
		}
	}
}

// oneLongWord makes the forms and found compounds of one token of parts
// closed-up parts of 8 bytes each: every part a closed form, of Sums
// shared by every third part, every fifth part found twice, every seventh
// part's Sum also written open elsewhere.
func oneLongWord(parts int) ([]cand, []closedFound, []lint.Token) {
	toks := []lint.Token{{Span: lint.Span{Start: 0, End: 8 * parts}}, {Span: lint.Span{Start: 8*parts + 1, End: 8*parts + 9}}}
	var cands []cand
	var found []closedFound
	for i := range parts {
		cands = append(cands, newCand(closed, uint64(i%(parts/3+1)), 0, 8*i, 7))
		if i%7 == 0 {
			cands = append(cands, newCand(open, uint64(1000+i), 1, 0, 8))
			cands = append(cands, newCand(closed, uint64(1000+i), 0, 8*i, 7))
		}
		sp := lint.Span{Start: 8 * i, End: 8*i + 7}
		found = append(found, closedFound{span: sp, tok: 0})
		if i%5 == 0 {
			found = append(found, closedFound{span: sp, tok: 0})
		}
	}
	return cands, found, toks
}

func BenchmarkTermFormsOneWord(b *testing.B) {
	cands, found, toks := oneLongWord(40000)
	sc := &buffers{}
	for b.Loop() {
		for i := range found {
			found[i].termForm = false
		}
		sc.termForms(cands, found, toks)
	}
}
