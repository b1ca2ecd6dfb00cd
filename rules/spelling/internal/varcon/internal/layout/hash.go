// Package layout is what package varcon and its table generator share: the
// word hash, the filter in front of the table and the size of the table's
// index, so that the generated table and the code that reads it agree.
package layout

import "encoding/binary"

// The word hash behind the filters and the table's index. Word reads a
// word eight bytes at a time (SWAR: the bytes of a uint64 handled side by
// side) rather than byte by byte with a branch per byte. (Scan no longer
// hashes every word of an article with it: the filter keyed by the
// tokenizer's Fold turns most of them away first.)

const (
	ones  = 0x0101010101010101 // 0x01 in every byte
	highs = 0x8080808080808080 // the high bit of every byte
	k0    = 0x9e3779b97f4a7c15 // multiplies the length
	k1    = 0xbf58476d1ce4e5b9 // multiplies the first chunk, and the state after each further one
	k2    = 0x94d049bb133111eb // multiplies the second chunk
)

// Word hashes the lower-case form of w: its length and its bytes in
// chunks of eight (at least two chunks, the bytes past its end taken as
// pad). The filters read the high bits, which the multiplications mix
// well. clean reports whether w is a word the tables may hold: not empty,
// and ASCII letters and apostrophes only. For a clean w, Word(w) and
// Word(strings.ToLower(w)) agree; for another w the hash means nothing.
func Word(w string) (h uint64, clean bool) {
	n := len(w)
	y0, ok0 := foldChunk(chunk(w, 0))
	y1, ok1 := foldChunk(chunk(w, 8))
	h, clean = combine(n, y0, y1), n > 0 && ok0 && ok1
	for i := 16; i < n; i += 8 {
		y, ok := foldChunk(chunk(w, i))
		h, clean = (h^y)*k1, clean && ok
	}
	return h, clean
}

// combine hashes a word's length and first two chunks: two multiplications
// side by side rather than one after the other.
func combine(n int, y0, y1 uint64) uint64 { return uint64(n)*k0 ^ y0*k1 ^ y1*k2 }

// chunk returns the eight bytes of w from i on, the first the lowest, with
// pad past its end.
func chunk(w string, i int) uint64 {
	if i+8 <= len(w) {
		return load64(w[i:])
	}
	b := [8]byte{'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'}
	if i < len(w) {
		copy(b[:], w[i:])
	}
	return binary.LittleEndian.Uint64(b[:])
}

// load64 reads the first eight bytes of s, the first the lowest (the
// compiler makes it one load).
func load64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// foldChunk lower-cases the ASCII capitals among eight bytes and reports
// whether all of them are ASCII letters or apostrophes.
func foldChunk(x uint64) (y uint64, ok bool) {
	y, letters := foldLetters(x)
	// x^'\'' is zero exactly at an apostrophe; adding 0x7f sets the high
	// bit of every other byte (below 0x80).
	apos := ^((x ^ '\''*ones) + 0x7f*ones)
	return y, x&highs == 0 && (letters|apos)&highs == highs
}

// foldLetters lower-cases the ASCII capitals among eight bytes (setting the
// case bit, 0x20, of every byte) and returns in letters the high bit of each
// byte that is an ASCII letter, provided that no byte of x is 0x80 or above
// (with one, letters means nothing).
func foldLetters(x uint64) (y, letters uint64) {
	y = x | 0x20*ones
	// With every byte below 0x80 the sums carry into no other byte: the
	// high bit of y+(0x80-'a') is set where y >= 'a', that of
	// y+(0x80-'z'-1) where y > 'z'.
	return y, (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) & highs
}
