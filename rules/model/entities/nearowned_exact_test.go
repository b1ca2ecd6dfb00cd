package entities

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/factlint/factlint/rules/internal/scratch"
)

// TestOwnedKeysExact checks the key table ownedKeys leaves against a plain
// map from each key to the words holding it, in order, one entry per time
// a word holds it: a key held once is not in the table; a key held more is,
// with every entry in its chain (a word holding it twice has two), its
// count (which decides the "more than 64 entries" rule) and its place in
// multi (the order in which keys were met a second time). The inputs are
// hostile to the owners table: all keys at one position with one tag (only
// bits no slot keeps differ), or a few positions and tags, keys repeated
// within a word, and keys held by exactly 64 and 65 entries. The owners
// table and the key table are reused from round to round as candidatePairs
// reuses them, and the key table's 16-bit generation wraps on the way
// onto the number of slots left from an earlier round.
func TestOwnedKeysExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2))
	var owners []uint32
	var kt keyTable
	wrapped := false
	for round := range 400 {
		in := round // the round whose words these are
		if round == 1 {
			// Round 0's words again, as 65,535 documents later: its slots
			// are still stamped 1, the number the generation takes when
			// it wraps now.
			kt.tgen = math.MaxUint16
			in, rng = 0, rand.New(rand.NewPCG(13, 2))
		}
		mode := in % 4
		nw := 2 + rng.IntN(120)
		b := &builder{infos: make([]lexInfo, nw)}
		list := make([]nameWord, nw)
		key := func() uint64 {
			lo := uint64(rng.IntN(6)) | uint64(rng.IntN(3))<<32 // bits no slot keeps
			switch mode {
			case 0: // one position, one tag
				return 5<<40 | 9<<16 | lo
			case 1: // a few positions and tags
				return uint64(rng.IntN(3))<<40 | uint64(rng.IntN(2))<<16 | lo
			case 2: // tags that differ only in their top bit, one position
				return 1<<40 | uint64(rng.IntN(2))<<31 | lo
			default: // spread
				return rng.Uint64()>>8<<8 | lo
			}
		}
		crowd, many := uint64(0xfeed), 0 // a key held by exactly 64 or 65 entries
		if in%5 == 0 {
			many = 64 + in/5%2
		}
		for wi := range list {
			list[wi].id = int32(wi)
			k := len(b.bkeys)
			for range 1 + rng.IntN(6) {
				h := key()
				b.bkeys = append(b.bkeys, h)
				for rng.IntN(5) == 0 {
					b.bkeys = append(b.bkeys, h) // the same key again (a doubled letter)
				}
			}
			if many > 0 && (wi < many/2 || wi == nw-1) {
				b.bkeys = append(b.bkeys, crowd)
			}
			b.infos[wi].bk, b.infos[wi].nbk = int32(k), int32(len(b.bkeys)-k)
		}
		if many > 0 {
			// Top up to exactly many entries, repeats within words included.
			n := 0
			for _, h := range b.bkeys {
				if h == crowd {
					n++
				}
			}
			for n < many {
				wi := rng.IntN(nw)
				li := &b.infos[wi]
				if li.bk+li.nbk != int32(len(b.bkeys)) {
					// Move the word's keys to the end to append one.
					k := len(b.bkeys)
					b.bkeys = append(b.bkeys, b.bkeys[li.bk:li.bk+li.nbk]...)
					li.bk = int32(k)
				}
				b.bkeys = append(b.bkeys, crowd)
				li.nbk++
				n++
			}
		}
		// The plain count: each key's holders in order, and the order in
		// which keys are met a second time.
		holders := map[uint64][]int32{}
		var second []uint64
		nkeys := 0
		for wi := range list {
			for _, h := range b.blockKeysID(int32(wi)) {
				holders[h] = append(holders[h], int32(wi))
				if len(holders[h]) == 2 {
					second = append(second, h)
				}
				nkeys++
			}
		}
		if many > 0 && len(holders[crowd]) != many {
			t.Fatalf("round %d: the crowded key has %d entries, want %d", round, len(holders[crowd]), many)
		}
		prev := kt.tgen
		kt.reset(nkeys / 2)
		if kt.tgen < prev {
			wrapped = true
		}
		owners = b.ownedKeys(&kt, list, scratch.Zeroed(owners, tableSize(nkeys)))
		if len(kt.multi) != len(second) {
			t.Fatalf("round %d (mode %d): %d keys held more than once, want %d", round, mode, len(kt.multi), len(second))
		}
		for x, p := range kt.multi {
			sl := &kt.table[p]
			h := second[x]
			if sl.h != h || sl.gen != kt.tgen {
				t.Fatalf("round %d (mode %d): multi[%d] is key %#x, want %#x", round, mode, x, sl.h, h)
			}
			var chain []int32
			for ei := sl.last; ei >= 0; ei = kt.entries[ei].next {
				chain = append(chain, kt.entries[ei].w)
			}
			slices.Reverse(chain)
			if want := holders[h]; int(sl.n) != len(want) || !slices.Equal(chain, want) {
				t.Fatalf("round %d (mode %d): key %#x held %d times by %v, want %d by %v", round, mode, h, sl.n, chain, len(want), want)
			}
		}
		for h, ws := range holders {
			if _, ok := kt.find(h); ok != (len(ws) > 1) {
				t.Fatalf("round %d (mode %d): key %#x of %d holders in the table: %v", round, mode, h, len(ws), ok)
			}
		}
	}
	if !wrapped {
		t.Fatal("the key table's generation never wrapped")
	}
}

// TestOwnedKeysManyWords: with more words than an owners slot can number
// (16 bits), candidatePairs takes partPairs' way, and finds every pair of
// words sharing a key of at most 64 entries, as with few words. (Past the
// bound, the words' numbers would run into the slots' tags.) maxKeySlots
// is raised so that only the number of words sends it that way.
func TestOwnedKeysManyWords(t *testing.T) {
	defer func(k int) { maxKeySlots = k }(maxKeySlots)
	maxKeySlots = 1 << 23
	rng := rand.New(rand.NewPCG(7, 70))
	bases := make([]uint64, 100000)
	for i := range bases {
		bases[i] = rng.Uint64()
	}
	for _, nw := range []int{math.MaxUint16 - 1, 70000} {
		b := &builder{infos: make([]lexInfo, nw)}
		list := make([]nameWord, nw)
		holders := map[uint64][]int32{}
		for wi := range list {
			list[wi].id, list[wi].key = int32(wi), fmt.Sprintf("w%06d", wi)
			k := len(b.bkeys)
			for range 1 + rng.IntN(5) {
				// Keys in fours of one tag and position (low bits apart).
				h := bases[rng.IntN(len(bases))] ^ uint64(rng.IntN(4))
				b.bkeys = append(b.bkeys, h)
				holders[h] = append(holders[h], int32(wi))
			}
			b.infos[wi].bk, b.infos[wi].nbk = int32(k), int32(len(b.bkeys)-k)
		}
		want := heldPairs(holders)
		got := map[[2]int32]bool{}
		for _, pr := range b.candidatePairs(list) {
			got[[2]int32{min(pr[0], pr[1]), max(pr[0], pr[1])}] = true
		}
		if len(want) < 1000 {
			t.Fatalf("%d words: only %d pairs: the test proves little", nw, len(want))
		}
		if len(got) != len(want) {
			t.Fatalf("%d words: %d pairs, want %d", nw, len(got), len(want))
		}
		for pr := range want {
			if !got[pr] {
				t.Fatalf("%d words: pair %v missing", nw, pr)
			}
		}
	}
}
