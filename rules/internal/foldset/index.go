package foldset

import "github.com/factlint/factlint/lint"

// Index finds the words of a fixed list by their FoldHash, so that a
// token's Fold finds its word with a probe or two and a token in no list
// (most) reads no text: an open-addressing table, at most half full, of
// each word's FoldHash and its position in the list, placed by the hash's
// top bits. Hashes collide, so a caller says which word it wants (same).
type Index struct {
	slots []indexSlot
	shift uint32 // 32 - log2(len(slots))
}

// indexSlot holds a word's FoldHash and 1 + its position (0: empty).
type indexSlot struct{ fold, at uint32 }

// NewIndex returns the Index of words. It hashes them all, so it is built
// at init or once.
func NewIndex(words []string) *Index {
	k := uint32(4)
	for 1<<k < 2*len(words) {
		k++
	}
	x := &Index{slots: make([]indexSlot, 1<<k), shift: 32 - k}
	mask := uint32(len(x.slots) - 1)
	for i, w := range words {
		f := lint.FoldHash(w)
		p := f >> x.shift
		for x.slots[p].at != 0 {
			p = (p + 1) & mask
		}
		x.slots[p] = indexSlot{f, uint32(i + 1)}
	}
	return x
}

// Find returns the position of the first word of the list whose FoldHash
// is fold and for whose position same is true, or -1. same is asked only
// of words with that hash: most often none, else the word sought.
func (x *Index) Find(fold uint32, same func(i int) bool) int {
	mask := uint32(len(x.slots) - 1)
	for p := fold >> x.shift; ; p = (p + 1) & mask {
		s := x.slots[p]
		if s.at == 0 {
			return -1
		}
		if s.fold == fold && same(int(s.at-1)) {
			return int(s.at - 1)
		}
	}
}

// Each calls f with the FoldHash of each word of the list.
func (x *Index) Each(f func(fold uint32)) {
	for _, s := range x.slots {
		if s.at != 0 {
			f(s.fold)
		}
	}
}

// Small is an Index of at most SmallWords words in an array of its own,
// of a constant size: a caller that asks it of most tokens holds it by
// value, and a probe loads no slice, shift or pointer first (an Index's,
// loaded through two pointers and bounds checked at each probe, cost a
// good share of such a question).
type Small struct{ slots [smallSlots]indexSlot }

// smallSlots is the number of a Small's slots, placed by a FoldHash's top
// smallBits bits.
const (
	smallBits  = 9
	smallSlots = 1 << smallBits
)

// SmallWords is the most words a Small holds: half its slots.
const SmallWords = smallSlots / 2

// NewSmall returns the Small of words, which must be at most SmallWords.
func NewSmall(words []string) *Small {
	if len(words) > SmallWords {
		panic("foldset: a Small of more than SmallWords words")
	}
	x := &Small{}
	for i, w := range words {
		f := lint.FoldHash(w)
		p := f >> (32 - smallBits)
		for x.slots[p].at != 0 {
			p = (p + 1) & (smallSlots - 1)
		}
		x.slots[p] = indexSlot{f, uint32(i + 1)}
	}
	return x
}

// Find is Index.Find.
func (x *Small) Find(fold uint32, same func(i int) bool) int {
	for p := fold >> (32 - smallBits); ; p = (p + 1) & (smallSlots - 1) {
		s := x.slots[p]
		if s.at == 0 {
			return -1
		}
		if s.fold == fold && same(int(s.at-1)) {
			return int(s.at - 1)
		}
	}
}
