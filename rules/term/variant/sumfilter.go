package variant

import (
	"math/bits"

	"github.com/factlint/factlint/rules/internal/scratch"
)

// sumFilter is a filter of Sums (their H), or of other 64-bit values: it
// answers yes for every value added and for a few others (a bit array, a
// bit per value), so that a question stays a bit instead of an
// open-addressing table of every distinct key (which grew, and missed the
// cache at nearly every question). It is termFolds'; a long article's
// filters of its closed words' keys, which were sumFilters of four bits a
// token, are blockFilters.
type sumFilter struct {
	words []uint64
	shift uint // a hash's top bits above it pick the bit
}

// reset empties the filter and sizes it for n values: at least 4n bits.
func (f *sumFilter) reset(n int) {
	size, lg := pow2Words((4*n + 63) / 64)
	f.words = scratch.Zeroed(f.words, size)
	f.shift = 64 - 6 - lg // (the top bits pick one of size*64 bits)
}

// pow2Words is the fewest words that a filter of at least n words takes:
// a power of two, at least 64; and its base-2 logarithm.
func pow2Words(n int) (int, uint) {
	size, lg := 64, uint(6)
	for size < n {
		size, lg = size*2, lg+1
	}
	return size, lg
}

// bit is the bit of value h: its hash's top bits.
// (The shift masked: below 64 already, and the compiler then tests it
// no more.)
func (f *sumFilter) bit(h uint64) uint64 { return h * 0x9e3779b97f4a7c15 >> (f.shift & 63) }

// add puts the value h in the filter.
func (f *sumFilter) add(h uint64) {
	b := f.bit(h)
	f.words[b/64] |= 1 << (b % 64)
}

// has reports whether the value h may be in the filter (false: it surely
// is not).
func (f *sumFilter) has(h uint64) bool {
	b := f.bit(h)
	return f.words[b/64]&(1<<(b%64)) != 0
}

// keySig packs what closedSigs knows of a key: its length and end bytes
// as a plain's facts pack them (bits 16-63: facts is a plain's facts with
// no possessive and the state asciiWord or otherWord), and its second and
// last but one bytes, k1 and kn2, ORed with 0x20 (which lower-cases an
// ASCII letter, so that a word's bytes give its key's).
// (The shift drops the bits of facts above 48 with no mask, and 0x2020
// ORs both bytes at once.)
func keySig(facts uint64, k1, kn2 byte) uint64 {
	return facts<<16 | uint64(k1)<<8 | uint64(kn2) | 0x2020
}

// blockFilter is a filter of 64-bit values that sets two bits of one
// 64-bit word for a value (the word and both bits picked by one product
// of the value), so that a question is one load, as in a sumFilter, but a
// value not added is answered yes only when both its bits are set: with
// a bit in 32 set, about one question in a thousand (a sumFilter with as
// many bits set: one in 32). A long article's filters of its closed
// words' keys are blockFilters: sized by the article's tokens, as
// sumFilters they took 1 MB each at 10 MB for some 11,000 keys (the 1 MB
// article's), so that each of the two million words added to them and
// each pair asked of them missed the second-level cache.
type blockFilter struct {
	words []uint64
	shift uint // a product's top bits above it pick the word
}

// reset empties the filter and sizes it to n words (a power of two, at
// least 64).
func (f *blockFilter) reset(n int) {
	size, lg := pow2Words(n)
	f.words = scratch.Zeroed(f.words, size)
	f.shift = 64 - lg // (the top bits pick one of size words)
}

// slot is the word of value h and its two bits: the product's top bits,
// and two fields of six bits from its middle, which (unlike its low bits)
// every bit of h moves.
func (f *blockFilter) slot(h uint64) (uint64, uint64) {
	p := h * 0x9e3779b97f4a7c15
	return p >> (f.shift & 63), 1<<(p>>20&63) | 1<<(p>>26&63)
}

// add puts the value h in the filter.
func (f *blockFilter) add(h uint64) {
	i, m := f.slot(h)
	f.words[i] |= m
}

// has reports whether the value h may be in the filter (false: it surely
// is not).
func (f *blockFilter) has(h uint64) bool {
	i, m := f.slot(h)
	return f.words[i]&m == m
}

// full reports whether more than one bit in blockFull is set, past which
// the filter's false yeses (about the square of the share of bits set)
// grow fast.
func (f *blockFilter) full() bool {
	n := 0
	for _, w := range f.words {
		n += bits.OnesCount64(w)
	}
	return n*blockFull > len(f.words)*64
}

// blockFull: a blockFilter with more than a bit in blockFull set is full.
const blockFull = 16
