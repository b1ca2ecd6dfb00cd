package agreement

import (
	"math/bits"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/foldset"
)

// wordsets.go asks the word sets of setOf about tokens. The resolver asks
// them of the words around each pronoun; most of those are in no set, and
// a clear bit of setFolds for the token's Fold turns such a word away.
// The others (the, has, said: many sets hold common words) are found in
// setIndex, one table of every set's words keyed by Fold, where each word
// has the bits of the sets that hold it: no map hashes the text again.

// wordSet is a set of words made by setOf.
type wordSet struct {
	bit uint32          // the set's bit in setIndex
	m   map[string]bool // its words, for texts that are no token's
}

// has reports whether token t's text, as written, is in the set: s.m[t.Text].
func (s *wordSet) has(t *lint.Token) bool {
	return setFolds.Has(t.Fold) && setIndex.has(t, s.bit, sameText)
}

// hasFold reports whether token t's text in lower case is in the set:
// fold.Has(s.m, t.Text). An ASCII text with no capital after its first
// byte lowers to a word with its Fold, found in setIndex; other texts
// (NASA, café) are asked as fold.Has would.
func (s *wordSet) hasFold(t *lint.Token) bool {
	if t.Flags&lint.InnerCapOrNonASCII != 0 {
		return fold.Has(s.m, t.Text)
	}
	return setFolds.Has(t.Fold) && setIndex.has(t, s.bit, sameLowered)
}

// wordsOf makes a set of words read only as a map, by a text (selfWords,
// shipWords): it takes no bit of setBits and no place in setFolds or
// setIndex, which only has and hasFold read.
func wordsOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// setBits lists the sets setOf made (at most 32: one bit each).
var setBits []*wordSet

// setFolds holds the Folds of the words of every set (one filter for all:
// a few hundred words).
var setFolds foldset.Wide

// setIndex holds the words of every set.
var setIndex wordIndex

// wordIndex is an open-addressed table of words keyed by their Fold, each
// with the bits of the sets holding it; it grows while setOf fills it, at
// package initialisation, and is only read afterwards.
type wordIndex struct {
	slots []wordSlot
	n     int
	shift uint32 // 32 - log2(len(slots))
}

type wordSlot struct {
	fold uint32
	sets uint32 // 0: a free slot
	text string
}

func (x *wordIndex) start(fold uint32) uint32 { return fold * 0x9E3779B1 >> x.shift }

func (x *wordIndex) add(w string, bit uint32) {
	if 4*(x.n+1) > len(x.slots) {
		old := x.slots
		size := max(64, 2*len(old))
		x.slots, x.n, x.shift = make([]wordSlot, size), 0, uint32(32-bits.TrailingZeros(uint(size)))
		for _, e := range old {
			if e.sets != 0 {
				x.put(e)
			}
		}
	}
	x.put(wordSlot{fold: lint.FoldHash(w), sets: bit, text: w})
}

// put adds e's sets to the slot of its text, or e to a free slot.
func (x *wordIndex) put(e wordSlot) {
	mask := uint32(len(x.slots) - 1)
	for i := x.start(e.fold); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.sets == 0 {
			*s = e
			x.n++
			return
		}
		if s.fold == e.fold && s.text == e.text {
			s.sets |= e.sets
			return
		}
	}
}

// has reports whether token t's text is a word of the set of bit, by
// same (sameText, or sameLowered for a text whose bytes after the first
// are ASCII and no capitals), asked only of a word with t's Fold.
func (x *wordIndex) has(t *lint.Token, bit uint32, same func(w, text string) bool) bool {
	fold := t.Fold
	mask := uint32(len(x.slots) - 1)
	for i := x.start(fold); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.sets == 0 {
			return false
		}
		if s.fold == fold && s.sets&bit != 0 && same(s.text, t.Text) {
			return true
		}
	}
}

// sameText reports whether text is w.
func sameText(w, text string) bool { return w == text }

// sameLowered reports whether text with its first byte lowered as an
// ASCII capital is w.
func sameLowered(w, text string) bool {
	return len(w) == len(text) && text != "" && fold.LowerByte(text[0]) == w[0] && w[1:] == text[1:]
}
