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

// foldCount is a modifier's key, its hash (words.HashKey) and its uses,
// with the key packed (words.PackKey) when packed is true, so that a word
// is compared with it without reading the key's bytes or looping over them.
type foldCount struct {
	key        string
	h          uint64
	head, tail uint64
	n          int32
	packed     bool
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
			head, tail, packed := words.PackKey(key)
			fc.keys = append(fc.keys, foldCount{key: key, h: h, head: head, tail: tail, packed: packed})
			s.fold, s.id = fold, int32(len(fc.keys))
			return
		}
		if s.fold == fold && fc.keys[s.id-1].key == key {
			return
		}
	}
}

// count counts a use of plain word text[start:end], of Token.Fold fold,
// when its key is one of the table's.
func (fc *foldCounts) count(fold uint32, text string, start, end int) {
	mask := uint32(len(fc.slots) - 1)
	for i := foldCell(fold) >> fc.shift; ; i = (i + 1) & mask {
		s := &fc.slots[i]
		if s.id == 0 {
			return
		}
		if k := &fc.keys[s.id-1]; s.fold == fold && k.matches(text, start, end) {
			k.n++
			return
		}
	}
}

// matches reports whether plain word text[start:end] (ASCII) is k's key,
// its letters lower-cased: for a packed key that the word's ends can be
// read for (words.Fits), two compares of its packed ends, lower-cased.
func (k *foldCount) matches(text string, start, end int) bool {
	if end-start != len(k.key) {
		return false
	}
	if k.packed && words.Fits(text, start, end) {
		return words.LowerPacked(words.Head(text, start, end)) == k.head &&
			words.LowerPacked(words.Tail(text, start, end)) == k.tail
	}
	return words.EqualFoldASCII(text[start:end], k.key)
}
