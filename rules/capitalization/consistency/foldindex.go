package consistency

import (
	"sync"

	"github.com/factlint/factlint/lint"
)

// The place table (placeKindWords, generated) is found from a token's Fold
// (lint.FoldHash of its text, computed once by the tokenizer) instead of
// hashing or searching its text again: an open-addressing index of the
// table's words by their FoldHash, and a Bloom filter of them for the walk
// over the lower-case words (lowHits). Both are built from the generated
// words on first use (~1,200 words: some microseconds); FoldHash values
// are never written into generated code, since only t.Fold ==
// lint.FoldHash(t.Text) is promised, not the hash itself.

// foldKey is the hash a bloom reads for a word whose FoldHash is f: FNV's
// low bits depend only on the low bits of the bytes, and a bloom reads the
// low bits for the bits it sets, so the bits are mixed first (the high half
// of a 64-bit product).
func foldKey(f uint32) uint32 { return uint32(uint64(f) * 0x9E3779B97F4A7C15 >> 32) }

// tokenFold is the FoldHash of the token's stem (stem: the word without a
// possessive ending): its Fold unless it has such an ending.
func tokenFold(t *lint.Token) uint32 {
	if w := t.Text; len(w) >= 3 && w[len(w)-1] == 's' {
		if s := stem(w); len(s) != len(w) {
			return lint.FoldHash(s)
		}
	}
	return t.Fold
}

// placeIndex is the place table by FoldHash.
type placeIndex struct {
	slots []placeSlot // a power of two of them, at least twice as many as words
	shift uint        // 32 - log2(len(slots))
	walk  bloom       // the foldKey of every word
}

// placeSlot holds one word of the table: its FoldHash and 1 + its index in
// placeKindWords (0: an empty slot).
type placeSlot struct{ fold, at uint32 }

var placeTable = sync.OnceValue(func() *placeIndex {
	n := len(placeKindWords)
	k := uint(4)
	for 1<<k < 2*n {
		k++
	}
	x := &placeIndex{slots: make([]placeSlot, 1<<k), shift: 32 - k}
	x.walk.sized(n)
	for i, w := range placeKindWords {
		f := lint.FoldHash(w)
		x.walk.add(foldKey(f))
		mask := uint32(len(x.slots) - 1)
		for p := foldKey(f) >> x.shift; ; p = (p + 1) & mask {
			if x.slots[p].at == 0 {
				x.slots[p] = placeSlot{f, uint32(i + 1)}
				break
			}
		}
	}
	return x
})

// kind returns the kinds of the word w, whose FoldHash is f, in the place
// table (isSingle, inMulti), or 0. The table's words are lower case: w
// must be too to be found (the text is compared: hashes collide).
func (x *placeIndex) kind(f uint32, w string) uint8 {
	mask := uint32(len(x.slots) - 1)
	for p := foldKey(f) >> x.shift; ; p = (p + 1) & mask {
		s := x.slots[p]
		if s.at == 0 {
			return 0
		}
		if s.fold == f && placeKindWords[s.at-1] == w {
			return placeKindOf[s.at-1]
		}
	}
}
