package unintroduced

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/factlint/factlint/rules/model/entities"
)

// TestEdgeIndex checks indexEdges' table against a walk over every person:
// for any word, nearRanges and listNear give the people sharing its first
// two letters, in their order, then those sharing its last three, and
// their count. The surnames come from a few letters, so that many share an
// edge and the table's probes meet other edges; some are too short to have
// an edge, and some are beyond ASCII.
func TestEdgeIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	word := func() string {
		parts := []string{"a", "b", "e", "n", "s", "o", "é", "-", "'"}
		b := []byte{"HKLM"[rng.IntN(4)]}
		for range rng.IntN(7) {
			b = append(b, parts[rng.IntN(len(parts))]...)
		}
		return string(b)
	}
	for _, n := range []int{1, 2, 7, 8, 9, 100, 1000} {
		sc := new(scratch)
		var names []string
		for range n {
			w := word()
			names = append(names, w)
			sc.people = append(sc.people, person{Entity: &entities.Entity{Surname: w}})
		}
		sc.indexEdges()
		for range 300 {
			w := word()
			if rng.IntN(2) == 0 {
				w = names[rng.IntN(n)]
			}
			var want []int32
			for j, k := range edges([]byte(entities.Fold(w))) {
				if k == 0 {
					continue
				}
				for x, s := range names {
					if edges([]byte(entities.Fold(s)))[j] == k {
						want = append(want, int32(x))
					}
				}
			}
			ranges, count := sc.nearRanges(w)
			got := sc.listNear(ranges)
			if count != len(want) || !slices.Equal(got, want) {
				t.Fatalf("%d people, %q: near %v (count %d), want %v", n, w, got, count, want)
			}
		}
		sc.release()
	}
}
