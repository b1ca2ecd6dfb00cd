package variant

import "testing"

// TestWarm checks that warm, warmPairs and warmCands read the tokens, plains
// and bytes of text they are asked for, by the sums they return (summed
// here from the tokens asked of them), and that they pass over an index
// that names no token, or no pair (a first token, a last one, an open form
// of the last token), instead of reading beyond toks or text.
func TestWarm(t *testing.T) {
	text := "The nation's co-operation pact, a health care plan and the mid term vote ended it"
	doc, _, plains, _ := readText(t, text)
	toks := doc.Tokens
	n := int32(len(toks))
	last := func(i int32) uint { return uint(text[toks[i].Span.End-1]) }
	first := func(i int32) uint { return uint(text[toks[i].Span.Start]) }

	ks := []int32{0, 2, n - 1}
	if got, want := warm(text, toks, ks), last(0)+last(2)+last(n-1); got != want {
		t.Errorf("warm = %d, want %d", got, want)
	}

	hits := []int32{0, 1, 3, n - 1, n}
	want := uint(0)
	for _, k := range []int32{1, 3, n - 1} {
		want += uint(plains[k-1].facts+plains[k].facts) + first(k-1) + last(k)
	}
	if got := warmPairs(text, toks, plains, hits); got != want {
		t.Errorf("warmPairs = %d, want %d", got, want)
	}

	cands := []cand{
		{token: 1, kind: closed},
		{token: 4, kind: open},
		{token: n - 1, kind: open}, // (no token after it)
		{token: n, kind: closed},   // (no such token)
	}
	want = first(1) + last(1) + first(4) + last(5) + first(n-1) + last(n-1)
	if got := warmCands(text, toks, cands); got != want {
		t.Errorf("warmCands = %d, want %d", got, want)
	}
}
