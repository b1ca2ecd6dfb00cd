// Package foldset is a set of words looked up by a token's Fold
// (lint.FoldHash of its text, which the tokenizer computes once): a rule
// tests a word against a list (titles, honorifics, verbs of speech) with a
// shift and a bit test, reading no text, before it asks its map, which it
// still must (hashes collide, and a set holds no text).
//
// A set keeps one bit per word, chosen by the top bits of its FoldHash
// (well mixed: lint's TestFoldHashSpread checks them). Set has 1,024 bits,
// for lists of some dozens of words; Wide has 65,536, for lists of
// hundreds, where a Set would let too many other words through.
package foldset

import "github.com/factlint/factlint/lint"

// Set is 1,024 bits; with some dozens of words, about one other word in
// thirty passes Has.
type Set [16]uint64

// Of returns the Set of words (in any case: FoldHash lowers ASCII
// capitals). It hashes them, so it is built at init or once.
func Of[M ~map[string]V, V any](words M) *Set {
	var s Set
	for w := range words {
		s.Add(w)
	}
	return &s
}

// OfWords returns the Set of a list of words, as Of does of a map's keys.
func OfWords(words ...string) *Set {
	var s Set
	for _, w := range words {
		s.Add(w)
	}
	return &s
}

// Add puts w in the set.
func (s *Set) Add(w string) {
	k := lint.FoldHash(w) >> 22
	s[k>>6] |= 1 << (k & 63)
}

// Has reports whether a word whose FoldHash is fold may be in the set:
// never false for one that is.
func (s *Set) Has(fold uint32) bool {
	k := fold >> 22
	return s[k>>6]&(1<<(k&63)) != 0
}

// Wide is 65,536 bits (8 KB); with a few hundred words, about one other
// word in a hundred passes Has.
type Wide [1024]uint64

// WideOf returns the Wide set of words, as Of does the Set.
func WideOf[M ~map[string]V, V any](words M) *Wide {
	var s Wide
	for w := range words {
		s.Add(w)
	}
	return &s
}

// Add puts w in the set.
func (s *Wide) Add(w string) {
	k := lint.FoldHash(w) >> 16
	s[k>>6] |= 1 << (k & 63)
}

// Has reports whether a word whose FoldHash is fold may be in the set:
// never false for one that is.
func (s *Wide) Has(fold uint32) bool {
	k := fold >> 16
	return s[k>>6]&(1<<(k&63)) != 0
}
