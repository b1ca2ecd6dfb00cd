package garbled

import (
	"math/bits"

	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// foldCounts counts the uses of the modifiers' keys by plain words (ASCII
// without a hyphen or an apostrophe: notPlainASCII), whose key's FoldHash
// is their Token.Fold: an open-addressing table of the keys by FoldHash, a
// hit confirmed by comparing the word with the key, so that such a word is
// counted without reading its key or hashing it again.
type foldCounts struct {
	slots []foldSlot
	keys  []foldCount
	shift uint // foldCell's top bits from shift on are a slot
}

type foldSlot struct {
	fold uint32
	id   int32 // the key's index in keys, plus one; 0 for an empty slot
}

// foldCount is a modifier's key, its hash (words.HashKey) and its uses.
type foldCount struct {
	key string
	h   uint64
	n   int32
}

// reset empties the table and makes room for n keys.
func (fc *foldCounts) reset(n int) {
	size := 1 << 4 // slots: a quarter full at most
	for size < 4*n {
		size <<= 1
	}
	fc.slots = scratch.Zeroed(fc.slots, size)
	fc.keys = fc.keys[:0]
	fc.shift = 32 - uint(bits.TrailingZeros(uint(size)))
}

// add files key, of FoldHash fold and hash h, once.
func (fc *foldCounts) add(fold uint32, key string, h uint64) {
	mask := uint32(len(fc.slots) - 1)
	for i := foldCell(fold) >> fc.shift; ; i = (i + 1) & mask {
		s := &fc.slots[i]
		if s.id == 0 {
			fc.keys = append(fc.keys, foldCount{key: key, h: h})
			s.fold, s.id = fold, int32(len(fc.keys))
			return
		}
		if s.fold == fold && fc.keys[s.id-1].key == key {
			return
		}
	}
}

// count counts a use of plain word w, of Token.Fold fold, when its key is
// one of the table's.
func (fc *foldCounts) count(fold uint32, w string) {
	mask := uint32(len(fc.slots) - 1)
	for i := foldCell(fold) >> fc.shift; ; i = (i + 1) & mask {
		s := &fc.slots[i]
		if s.id == 0 {
			return
		}
		if k := &fc.keys[s.id-1]; s.fold == fold && words.EqualFoldASCII(w, k.key) {
			k.n++
			return
		}
	}
}
