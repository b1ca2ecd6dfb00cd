// Package foldset is a small set of words looked up by a token's Fold
// (lint.FoldHash of its text, which the tokenizer computes once): a rule
// tests a word against a short list (titles, honorifics) with a multiply
// and a bit test, reading no text, before it asks its map, which it still
// must (hashes collide, and the set holds no text).
package foldset

import "github.com/factlint/factlint/lint"

// Set is 1,024 bits; a word sets one of them, chosen by its FoldHash. With
// some dozens of words, about one other word in thirty passes Has.
type Set [16]uint64

// Of returns the set of words (in any case: FoldHash lowers ASCII
// capitals). It hashes them, so it is built at init or once.
func Of[M ~map[string]V, V any](words M) *Set {
	var s Set
	for w := range words {
		k := bit(lint.FoldHash(w))
		s[k>>6] |= 1 << (k & 63)
	}
	return &s
}

// Has reports whether a word whose FoldHash is fold may be in the set:
// never false for one that is.
func (s *Set) Has(fold uint32) bool {
	k := bit(fold)
	return s[k>>6&15]&(1<<(k&63)) != 0
}

// bit is the bit of a set for a FoldHash f: its top ten bits once mixed
// (FNV's low bits depend only on the low bits of the bytes).
func bit(f uint32) uint32 { return uint32(uint64(f) * 0x9E3779B97F4A7C15 >> 54) }
