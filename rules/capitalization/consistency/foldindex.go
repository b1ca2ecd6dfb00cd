package consistency

import (
	"sync"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/internal/scratch"
)

// The place table (placeKindWords, generated) is found from a token's Fold
// (lint.FoldHash of its text, computed once by the tokenizer) instead of
// hashing or searching its text again: an open-addressing index of the
// table's words by their FoldHash, and a set of them (foldset.Wide) for the
// walk over the lower-case words (lowHits). Both are built from the generated
// words on first use (~1,200 words: some microseconds); FoldHash values
// are never written into generated code, since only t.Fold ==
// lint.FoldHash(t.Text) is promised, not the hash itself.

// tokenFold is the FoldHash of the token's stem (stem: the word without a
// possessive ending): its Fold unless it has such an ending, which only a
// word with an apostrophe or a byte beyond ASCII (’) may have.
func tokenFold(t *lint.Token) uint32 {
	if t.Flags&(lint.HyphenOrApostrophe|lint.InnerCapOrNonASCII) == 0 {
		return t.Fold
	}
	return stemFoldOf(t)
}

// stemFoldOf is tokenFold of a word that may have a possessive ending.
func stemFoldOf(t *lint.Token) uint32 {
	if w := t.Text; len(w) >= 3 && w[len(w)-1] == 's' {
		if s := stem(w); len(s) != len(w) {
			return lint.FoldHash(s)
		}
	}
	return t.Fold
}

// placeIndex is the place table by FoldHash.
type placeIndex struct {
	words *foldset.Index // placeKindWords
	walk  foldset.Wide
}

var placeTable = sync.OnceValue(func() *placeIndex {
	x := &placeIndex{words: foldset.NewIndex(placeKindWords[:])}
	for _, w := range placeKindWords {
		x.walk.Add(w)
	}
	return x
})

// kind returns the kinds of the word w, whose FoldHash is f, in the place
// table (isSingle, inMulti), or 0. The table's words are lower case: w
// must be too to be found (the text is compared: hashes collide).
func (x *placeIndex) kind(f uint32, w string) uint8 {
	if i := x.words.Find(f, func(i int) bool { return placeKindWords[i] == w }); i >= 0 {
		return placeKindOf[i]
	}
	return 0
}

// walkSet is a set of words by FoldHash, one bit each, sized for the
// article: lowered's walk tests each lower-case word against it with a
// shift and a bit test. It holds the place words (placeIndex.walk) and the
// article's capitals in mid-sentence.
type walkSet struct {
	w     []uint64
	shift uint // 32 - log2(the number of bits)
	// places: w is the place words' set alone (placeIndex.walk, 1<<16
	// bits), as restore leaves it.
	places bool
}

// sizedFor empties s, gives it room for the place words and n more (at
// least 32 bits for each capital, as many as foldset.Wide has or more),
// puts the place words in it and returns it.
func (s *walkSet) sizedFor(n int, px *placeIndex) *walkSet {
	bits := uint(16) // foldset.Wide's 65,536
	for 1<<bits < 32*n && bits < 26 {
		bits++
	}
	s.shift = 32 - bits
	if bits == 16 {
		if !s.places || len(s.w) != len(px.walk) {
			s.w = append(s.w[:0], px.walk[:]...)
		}
		s.places = false
		return s
	}
	s.places = false
	s.w = scratch.Zeroed(s.w, 1<<(bits-6))
	px.words.Each(s.add)
	return s
}

// restore makes a set of 1<<16 bits the place words' set alone again,
// the words added to it (those of the capitals caps and the folds) taken
// back from placeIndex.walk, so that the next article's sizedFor need not
// copy all of it (an article has some tens of capitals, the set 1,024
// words).
func (s *walkSet) restore(caps []capital, folds []uint32, px *placeIndex) {
	if s.shift != 16 || len(s.w) != len(px.walk) {
		return
	}
	w := (*[len(px.walk)]uint64)(s.w)
	for _, c := range caps {
		k := c.h >> 16
		w[k>>6] = px.walk[k>>6]
	}
	for _, f := range folds {
		k := f >> 16
		w[k>>6] = px.walk[k>>6]
	}
	s.places = true
}

// refill empties s, keeping its size, and puts in it the place words and
// the words of the capitals (caps: their folds) again.
func (s *walkSet) refill(caps []capital, px *placeIndex) {
	if s.shift == 16 && len(s.w) == len(px.walk) {
		copy(s.w, px.walk[:])
	} else {
		clear(s.w)
		px.words.Each(s.add)
	}
	for _, c := range caps {
		s.add(c.h)
	}
}

func (s *walkSet) add(f uint32) {
	k := f >> (s.shift & 31)
	s.w[k>>6] |= 1 << (k & 63)
}

func (s *walkSet) has(f uint32) bool {
	k := f >> (s.shift & 31)
	return s.w[k>>6]&(1<<(k&63)) != 0
}
