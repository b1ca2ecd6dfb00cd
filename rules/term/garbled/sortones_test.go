package garbled

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortOnes checks sortOnes against a comparison sort by cmpOne, on
// lists short and long (bucketed, minBucketSort), of few keys (large
// buckets, sorted by comparing) and many, with keys that share their top
// bits, varying words repeated and phrases in token order as oneLetter
// lists them (fails when a bucket is placed or sorted wrong, or a phrase
// lost or doubled). One set of buffers serves every list, as the pool's do.
func TestSortOnes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var tmp []oneOcc
	var buckets []int32
	for _, n := range []int{0, 1, 5, minBucketSort - 1, minBucketSort, minBucketSort + 1, 1000, 5000} {
		for _, keys := range []int{1, 3, n/4 + 1, n + 1} {
			list := make([]oneOcc, n)
			for i := range list {
				k := r.Uint64N(uint64(keys))
				list[i] = oneOcc{key: k*0x9e3779b97f4a7c15 ^ k&1, vary: r.Uint64N(4) << 60, tok: int32(i), head: r.IntN(2) == 0}
			}
			// keys alike in their top bits but not all: the next one up
			for i := 0; i+1 < n; i += 7 {
				list[i+1].key = list[i].key + 1
			}
			want := slices.Clone(list)
			slices.SortFunc(want, cmpOne)
			var got []oneOcc
			got, tmp = sortOnes(list, tmp, &buckets)
			if !slices.Equal(got, want) {
				t.Fatalf("%d phrases of %d keys: sortOnes differs from a comparison sort", n, keys)
			}
		}
	}
}
