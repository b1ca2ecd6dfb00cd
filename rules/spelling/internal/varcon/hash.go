package varcon

import "encoding/binary"

// The word hash behind the filters. Most words of an article are in no
// table, and hashing them byte by byte, with a branch per byte and per
// word, was most of Scan's time. wordHash reads a word eight bytes at a
// time instead (SWAR: the bytes of a uint64 handled side by side), and
// hashAt does the same for a word of up to 16 bytes of the article without
// a single branch, reading past the word's end in the article's text and
// masking what it read there.

const (
	ones  = 0x0101010101010101 // 0x01 in every byte
	highs = 0x8080808080808080 // the high bit of every byte
	// pad stands for the bytes past a word's end: letters, so that they
	// pass the letter tests.
	pad = 'a' * ones

	k0 = 0x9e3779b97f4a7c15 // multiplies the length
	k1 = 0xbf58476d1ce4e5b9 // multiplies the state after each chunk but the last
)

// wordHash hashes the lower-case form of w: its length, then its bytes in
// chunks of eight (at least two chunks, the bytes past its end taken as
// pad). clean reports whether w is a word the tables may hold: not empty,
// and ASCII letters and apostrophes only. For a clean w, wordHash(w) and
// wordHash(strings.ToLower(w)) agree; for another w the hash means nothing.
func wordHash(w string) (h uint64, clean bool) {
	n := len(w)
	h = uint64(n) * k0
	clean = n > 0
	for i := 0; ; i += 8 {
		y, ok := foldChunk(chunk(w, i))
		clean = clean && ok
		if i+8 >= max(n, 16) {
			return mix(h ^ y), clean
		}
		h = (h ^ y) * k1
	}
}

// chunk returns the eight bytes of w from i on, the first the lowest, with
// pad past its end.
func chunk(w string, i int) uint64 {
	if i+8 <= len(w) {
		return binary.LittleEndian.Uint64([]byte(w[i : i+8]))
	}
	b := [8]byte{'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'}
	if i < len(w) {
		copy(b[:], w[i:])
	}
	return binary.LittleEndian.Uint64(b[:])
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

// hashAt is wordHash(text[start:start+n]) for a word of ASCII letters of
// at most 16 bytes, without a branch; letters reports whether the word is
// one. The caller sees to start+16 <= len(text) and n <= 16.
func hashAt(text string, start, n int) (h uint64, letters bool) {
	b := text[start : start+16]
	m := &wordMask[n&15|n>>4<<4&16] // n, for the compiler provably in range
	x0 := binary.LittleEndian.Uint64([]byte(b[:8]))&m[0] | m[1]
	x1 := binary.LittleEndian.Uint64([]byte(b[8:]))&m[2] | m[3]
	y0, l0 := foldLetters(x0)
	y1, l1 := foldLetters(x1)
	return finish(n, y0, y1), (x0|x1|^(l0&l1))&highs == 0 && n > 0
}

// wordMask[n] keeps the first n of 16 bytes and puts pad in the others:
// the mask and the pad of the first eight bytes, then of the second eight.
var wordMask = func() (t [17][4]uint64) {
	for n := range t {
		for i := 0; i < 16; i++ {
			k, sh := i/8*2, uint(i%8*8)
			if i < n {
				t[n][k] |= 0xff << sh
			} else {
				t[n][k+1] |= 'a' << sh
			}
		}
	}
	return t
}()

// finish hashes the length and the first two chunks of a word.
func finish(n int, y0, y1 uint64) uint64 {
	return mix((uint64(n)*k0^y0)*k1 ^ y1)
}

// mix finishes a hash: the high bits, which the multiplications mixed
// well, are folded down onto the low ones the filters read.
func mix(h uint64) uint64 {
	h = (h ^ h>>32) * k0
	return h ^ h>>29
}
