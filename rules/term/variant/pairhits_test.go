package variant

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPairHits: pairHits, four cells a turn and the rest one by one,
// lists in order every token whose pair cell's bucket holds a word of this
// run, for every count of tokens around the multiples of four.
func TestPairHits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	sc := &buffers{}
	for n := range 40 {
		sc.newBuckets(n)
		sc.bucket[7] = sc.base - 1 // an earlier run's: empty
		sc.bucket[9] = sc.base + 3
		sc.bucket[noPair-2] = sc.base
		sc.pairCells = make([]uint16, n)
		var want []int32
		for k := range sc.pairCells {
			c := []uint16{7, 9, noPair - 2, noPair, 11}[r.IntN(5)]
			sc.pairCells[k] = c
			if c == 9 || c == noPair-2 {
				want = append(want, int32(k))
			}
		}
		hits := make([]int32, n)
		if got := hits[:sc.pairHits(hits)]; !slices.Equal(got, want) {
			t.Errorf("%d tokens: pairHits %v, want %v", n, got, want)
		}
	}
}

// TestFunctionPairs: functionPairs keeps, in order, the pairs whose first
// word is no opener and second no closer (per cent and slow down stay;
// of the, mid the, the 1 go), and drops a pair at the first token.
func TestFunctionPairs(t *testing.T) {
	doc, _, _, _ := readText(t, "The mid term per cent of the slow down Mid 1 Term.")
	toks := doc.Tokens
	var all, want []int32
	for k := range toks {
		all = append(all, int32(k))
		if k > 0 && !openers.has(&toks[k-1]) && !closers.has(&toks[k]) {
			want = append(want, int32(k))
		}
	}
	hits := slices.Clone(all)
	if got := hits[:functionPairs(doc.Text, toks, hits)]; !slices.Equal(got, want) || len(want) < 5 || len(want) > len(all)-3 {
		t.Errorf("functionPairs kept %v, want %v (of %d)", got, want, len(all))
	}
}
