package entities

import (
	"math/rand/v2"
	"testing"
)

// TestOwnedKeys checks ownedKeys against the pairs counted from every key:
// for each key held by 2 to 64 entries, every two distinct words holding
// it. The words' keys are made up from a few values, so that many keys
// are shared, some by one word twice (a doubled letter), one by more than
// 64 entries, and many keys meet in owners at one slot with one tag (only
// their low bits differ), which heldAgain must tell apart; owners is as
// small as ownedKeys allows.
func TestOwnedKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for round := range 300 {
		nw := 2 + rng.IntN(90)
		b := &builder{infos: make([]lexInfo, nw)}
		list := make([]nameWord, nw)
		nkeys := 0
		for wi := range list {
			list[wi].id = int32(wi)
			k := len(b.bkeys)
			for range 1 + rng.IntN(8) {
				h := uint64(rng.IntN(40))<<40 | uint64(rng.IntN(3))<<16 | uint64(rng.IntN(4))
				if round%3 == 0 && rng.IntN(4) == 0 {
					h = 7 // held by many
				}
				b.bkeys = append(b.bkeys, h)
				if rng.IntN(6) == 0 {
					b.bkeys = append(b.bkeys, h) // the same key again
				}
			}
			b.infos[wi].bk, b.infos[wi].nbk = int32(k), int32(len(b.bkeys)-k)
			nkeys += len(b.bkeys) - k
		}
		holders := map[uint64][]int32{}
		for wi := range list {
			for _, h := range b.blockKeysID(int32(wi)) {
				holders[h] = append(holders[h], int32(wi))
			}
		}
		want := heldPairs(holders)
		var kt keyTable
		kt.reset(nkeys / 2)
		b.ownedKeys(&kt, list, make([]uint32, tableSize(nkeys)))
		pairs, _ := kt.pairs(nil, nil)
		got := map[[2]int32]bool{}
		for _, pr := range pairs {
			got[[2]int32{min(pr[0], pr[1]), max(pr[0], pr[1])}] = true
		}
		if len(got) != len(want) {
			t.Fatalf("round %d: %d pairs, want %d", round, len(got), len(want))
		}
		for pr := range want {
			if !got[pr] {
				t.Fatalf("round %d: pair %v missing", round, pr)
			}
		}
	}
}

// heldPairs is the pairs candidatePairs must give, counted from every key:
// for each key held by 2 to 64 entries (holders: the words holding it, a
// word once for each time it holds it), every two distinct words holding
// it, the smaller first.
func heldPairs(holders map[uint64][]int32) map[[2]int32]bool {
	want := map[[2]int32]bool{}
	for _, ws := range holders {
		if len(ws) > 64 {
			continue
		}
		for x := range ws {
			for y := x + 1; y < len(ws); y++ {
				if ws[x] != ws[y] {
					want[[2]int32{min(ws[x], ws[y]), max(ws[x], ws[y])}] = true
				}
			}
		}
	}
	return want
}
