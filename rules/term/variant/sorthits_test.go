package variant

import (
	"math/rand"
	"slices"
	"testing"
)

// TestSortHits: sortHits gives slices.Sort and slices.Compact's answer, for
// a few hits (sorted) and for many (marked in the bit set), with repeats,
// with the last index below n and with the first.
func TestSortHits(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	sc := &buffers{}
	for _, tc := range []struct{ hits, n int }{
		{0, 10}, {1, 10}, {5, 1000}, {63, 64}, {64, 64}, {100, 100}, {200, 64 * 1000}, {3000, 5000}, {20000, 40000}, {1000, 1 << 20},
	} {
		for rep := 0; rep < 4; rep++ {
			hits := make([]int32, tc.hits)
			for i := range hits {
				hits[i] = int32(rng.Intn(tc.n))
			}
			if tc.hits > 2 {
				hits[0], hits[1] = 0, int32(tc.n-1)
				hits[2] = hits[len(hits)-1] // a repeat
			}
			want := slices.Compact(slices.Sorted(slices.Values(hits)))
			got := sc.sortHits(slices.Clone(hits), tc.n)
			if !slices.Equal(got, want) {
				t.Fatalf("%d hits below %d: got %d values %v..., want %d %v...", tc.hits, tc.n, len(got), got[:min(8, len(got))], len(want), want[:min(8, len(want))])
			}
		}
	}
}
