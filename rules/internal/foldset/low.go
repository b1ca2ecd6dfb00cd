package foldset

import "github.com/factlint/factlint/lint"

// WideLow is Wide on the low 16 bits of a Fold instead of the high 16: a
// list some of whose words share Wide's bit with a very common token (a
// comma shares one with "aunt") may take the other half, where they do
// not.
type WideLow [1024]uint64

// Add puts w in the set.
func (s *WideLow) Add(w string) {
	k := lint.FoldHash(w) & 0xFFFF
	s[k>>6] |= 1 << (k & 63)
}

// Has reports whether a word whose FoldHash is fold may be in the set:
// never false for one that is.
func (s *WideLow) Has(fold uint32) bool {
	k := fold & 0xFFFF
	return s[k>>6]&(1<<(k&63)) != 0
}
