package entities

import (
	"math/rand/v2"
	"testing"
)

// TestLexFilter checks that the proper-word table's filter lets every
// hash of its slots through (a word the table holds is never turned away)
// and turns most other hashes away.
func TestLexFilter(t *testing.T) {
	lt := lexProper()
	for _, s := range lt.slots {
		if s.w != 0 && !lt.mayHold(s.h) {
			t.Fatalf("the hash %x of %q is turned away", s.h, lt.words[s.w-1])
		}
	}
	rng := rand.New(rand.NewPCG(9, 10))
	through := 0
	for range 10000 {
		if lt.mayHold(rng.Uint64()) {
			through++
		}
	}
	if through > 3000 {
		t.Errorf("%d of 10000 random hashes pass the filter", through)
	}
}
