package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/rules/internal/fold"
)

// textChunk is the size of the blocks a vocabulary copies its words into.
const textChunk = 4 << 10

// textArena copies the words a vocabulary keeps into shared blocks of
// textChunk bytes instead of a small allocation per word: a builder meets
// ~15k words in a corpus of 400 articles, and each copy was an allocation
// for the collector to track. A block is written once and never changed
// (strings.Builder appends within its capacity and String shares the bytes
// written), so the strings cut from it stay valid. The arena is dropped
// with the vocabulary (dropVocab); only words kept until then go into it
// (see keepText), so that it does not grow without bound.
type textArena struct {
	block strings.Builder
}

// keepText returns the copy of w that the vocabulary keeps. A frozen
// vocabulary drops the word when the document is done: its copy is an
// allocation of its own, which the collector takes back. (Out of line:
// idSlot, which runs for every word new to a document, stays small.)
//
//go:noinline
func keepText[K string | []byte](b *builder, w K) string {
	if b.frozen {
		return strings.Clone(string(w))
	}
	return copyOf(&b.texts, w)
}

// room makes sure the current block has room for n more bytes (n at most
// textChunk), starting a new block if not.
func (a *textArena) room(n int) {
	if a.block.Cap()-a.block.Len() < n {
		a.block = strings.Builder{}
		a.block.Grow(textChunk)
	}
}

// copyOf returns a copy of w that shares a block with the other words.
func copyOf[K string | []byte](a *textArena, w K) string {
	n := len(w)
	if n > textChunk/8 {
		return strings.Clone(string(w))
	}
	a.room(n)
	start := a.block.Len()
	switch w := any(w).(type) {
	case string:
		a.block.WriteString(w)
	case []byte:
		a.block.Write(w)
	}
	return a.block.String()[start:]
}

// lowerKept is lower(w), written into the arena when w is ASCII: a word
// that needs no lowering is its own lower-case form, and one beyond ASCII
// is lowered by strings.ToLower.
func lowerKept(a *textArena, w string) string {
	k := 0 // the first byte to lower
	for k < len(w) && !('A' <= w[k] && w[k] <= 'Z' || w[k] >= utf8.RuneSelf) {
		k++
	}
	if k == len(w) {
		return w
	}
	if len(w) > textChunk/8 || !fold.IsASCII(w[k:]) {
		return lower(w)
	}
	a.room(len(w))
	start := a.block.Len()
	a.block.WriteString(w[:k])
	for i := k; i < len(w); i++ {
		a.block.WriteByte(fold.LowerByte(w[i]))
	}
	return a.block.String()[start:]
}

// foldKept is Fold(w), written into the arena when w is ASCII: Fold keeps
// its letters a-z and digits, lowers A-Z and drops the other bytes (a
// word that Fold leaves as it is is its own folded form; one beyond ASCII
// is folded by Fold).
func foldKept(a *textArena, w string) string {
	if len(w) > textChunk/8 || !fold.IsASCII(w) || alnumASCII(w) {
		return Fold(w)
	}
	a.room(len(w))
	start := a.block.Len()
	for i := 0; i < len(w); i++ {
		if c, ok := FoldASCII(w[i]); ok {
			a.block.WriteByte(c)
		}
	}
	return a.block.String()[start:]
}
