package consistency

import (
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/scratch"
)

// lowWords holds lowered's candidate words (see lowWord), one entry per
// distinct word however often the article writes it, found by the word's
// FoldHash: an open-addressing table, at most half full and doubled as it
// fills, of each word's FoldHash and 1 + its index in words. A long article
// has tens of thousands of candidates but only some hundreds of words: the
// table stays small enough for the cache, and a candidate or capital finds
// its word from the hash its token carries, with one comparison of the
// text, instead of hashing its text into a map.
//
// The words' texts are copied, one after another, into texts, and each
// word's text there is compared: a long article's lower-case hits are
// mostly uses of the few hundred words it writes often, and their texts
// where the article first wrote them, scattered over megabytes, had left
// the cache by the next use (their reads took most of the comparisons'
// time at 1 MB); the copies stay in it.
type lowWords struct {
	slots []wordSlot
	spare []wordSlot // storage for the next growth
	shift uint32     // 32 - log2(len(slots))
	words []lowWord
	at    []uint32 // by word: where its text ends in texts
	texts []byte
}

// wordSlot is a word's FoldHash and 1 + its index in words (0: empty).
type wordSlot struct{ fold, at uint32 }

// minWordSlots is the table's size for a new article.
const minWordSlots = 64

// reset empties x for a new article, keeping the words' storage (and
// their refs').
func (x *lowWords) reset() {
	x.at, x.texts = x.at[:0], x.texts[:0]
	x.slots = scratch.Zeroed(x.slots, minWordSlots)
	x.shift = 32 - 6 // log2(minWordSlots)
	x.words = x.words[:0]
}

// add returns the index in words of the lower-case word w, whose FoldHash
// is f, adding it (counts zero) if it is new.
func (x *lowWords) add(f uint32, w string) int32 {
	mask := uint32(len(x.slots) - 1)
	p := f >> (x.shift & 31)
	for ; ; p = (p + 1) & mask {
		s := x.slots[p]
		if s.at == 0 {
			break
		}
		if s.fold == f && string(x.text(s.at-1)) == w {
			return int32(s.at - 1)
		}
	}
	k := len(x.words)
	if k < cap(x.words) {
		x.words = x.words[:k+1]
		x.words[k] = lowWord{first: -1, alone: -1, only: -1, refs: x.words[k].refs[:0]}
	} else {
		x.words = append(x.words, lowWord{first: -1, alone: -1, only: -1})
	}
	x.texts = append(x.texts, w...)
	x.at = append(x.at, uint32(len(x.texts)))
	if 2*len(x.words) > len(x.slots) {
		x.grow()
		x.place(f, uint32(k+1))
	} else {
		x.slots[p] = wordSlot{f, uint32(k + 1)}
	}
	return int32(k)
}

// place puts the slot of a word not in the table.
func (x *lowWords) place(f, at uint32) {
	mask := uint32(len(x.slots) - 1)
	p := f >> (x.shift & 31)
	for x.slots[p].at != 0 {
		p = (p + 1) & mask
	}
	x.slots[p] = wordSlot{f, at}
}

// grow doubles the table and places its words again (the old table's
// storage is kept for the next growth).
func (x *lowWords) grow() {
	old := x.slots
	x.slots = scratch.Zeroed(x.spare, 2*len(old))
	x.spare = old
	x.shift--
	for _, s := range old {
		if s.at != 0 {
			x.place(s.fold, s.at)
		}
	}
}

// capital returns the index in words of the word that is the capitalised
// word c lowered (its ASCII capitals: lower-casing keeps every byte
// beyond ASCII, as lowered's candidates are compared), c's FoldHash being
// f; or -1.
func (x *lowWords) capital(f uint32, c string) int32 {
	mask := uint32(len(x.slots) - 1)
	for p := f >> (x.shift & 31); ; p = (p + 1) & mask {
		s := x.slots[p]
		if s.at == 0 {
			return -1
		}
		if s.fold == f && loweredIs(c, x.text(s.at-1)) {
			return int32(s.at - 1)
		}
	}
}

// hasFold reports whether some word of the table has the FoldHash f: a
// probe of the slots alone, which reads no text.
func (x *lowWords) hasFold(f uint32) bool {
	mask := uint32(len(x.slots) - 1)
	for p := f >> (x.shift & 31); ; p = (p + 1) & mask {
		s := x.slots[p]
		if s.at == 0 {
			return false
		}
		if s.fold == f {
			return true
		}
	}
}

// text is the text of the word of index k.
func (x *lowWords) text(k uint32) []byte {
	from := uint32(0)
	if k > 0 {
		from = x.at[k-1]
	}
	return x.texts[from:x.at[k]]
}

// loweredIs reports whether c with its ASCII capitals lowered is w.
func loweredIs[W string | []byte](c string, w W) bool {
	if len(c) != len(w) {
		return false
	}
	for i := 0; i < len(c); i++ {
		if fold.LowerByte(c[i]) != w[i] {
			return false
		}
	}
	return true
}
