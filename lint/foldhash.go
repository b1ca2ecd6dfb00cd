package lint

import "math/bits"

// FoldHash returns the hash the tokenizer stores in Token.Fold, of s with
// its ASCII capitals lowered, so that "Senate", "senate" and "SENATE" hash
// alike. Bytes beyond ASCII are hashed as they are (É and é differ).
//
// The definition, a word at a time: the lowered text is cut into chunks of
// eight bytes, read little-endian (the first byte lowest), the last chunk
// padded with zero bytes; h starts as the length of s and each chunk c in
// turn makes h = foldMix(c, h), the 128-bit product of c^foldKey1 and
// h^foldKey2 with its two halves XORed; the hash is the low 32 bits of
// h ^ h>>29 (foldFinal). A word of up to eight bytes, most words, costs one
// multiplication, and the low bits are well mixed, so a table may take
// FoldHash(s) & mask as its index.
//
// A table built with FoldHash finds a token's entry from t.Fold without
// reading its text; equal hashes do not prove equal words, so a table
// still compares the text on a hit. The values are not part of the API:
// compute them with FoldHash at run time, never store them.
func FoldHash(s string) uint32 { return foldHash(s) }

// FoldHashBytes is FoldHash for a byte slice.
func FoldHashBytes(b []byte) uint32 { return foldHash(b) }

func foldHash[T string | []byte](s T) uint32 {
	n := len(s)
	if n <= 8 {
		if n == 0 {
			return 0 // h = 0, no chunk
		}
		return foldShort(lowerASCII8(loadShort(s)), uint(n))
	}
	return foldLong(s, false)
}

// foldLong is FoldHash of s, more than eight bytes. With setBit5, s is
// text whose bytes all have bit 5 set once lowered (the tokenizer's ASCII
// words: letters, digits, ' and -), and setting it lowers a chunk.
func foldLong[T string | []byte](s T, setBit5 bool) uint32 {
	lower := func(x uint64) uint64 {
		if setBit5 {
			return x | 0x20*ones
		}
		return lowerASCII8(x)
	}
	n := len(s)
	h := uint64(n)
	rest := s
	for ; len(rest) > 8; rest = rest[8:] {
		h = foldMix(lower(load64(rest, 0)), h)
	}
	// The last chunk, 1 to 8 bytes: the eight bytes that end s, the ones
	// before the chunk shifted out.
	last := lower(load64(s, n-8)) >> (8 * (8 - len(rest)) & 63)
	return foldFinal(foldMix(last, h))
}

// Keys of foldMix (wyhash's first two).
const (
	foldKey1 = 0xa0761d6478bd642f
	foldKey2 = 0xe7037ed1a0b428db
)

// foldMix mixes the chunk c into h: the 128-bit product of c^foldKey1 and
// h^foldKey2, its high and low halves XORed (wyhash's mum).
func foldMix(c, h uint64) uint64 {
	hi, lo := bits.Mul64(c^foldKey1, h^foldKey2)
	return hi ^ lo
}

// foldFinal takes the hash from h: the low bits of the product's high
// half alone would follow a short word's bytes almost linearly; bits 29 on
// of its low half, XORed in, are mixed by the multiplication's carries.
func foldFinal(h uint64) uint32 { return uint32(h ^ h>>29) }

// foldShort is FoldHash of a text of n bytes, 1 to 8, whose bytes, lowered,
// are the low n bytes of x (the rest of x is masked off here): foldMix(x,
// n) with the mask and n^foldKey2 from a table.
func foldShort(x uint64, n uint) uint32 {
	k := &shortKeys[n]
	hi, lo := bits.Mul64(x&k.mask^foldKey1, k.key)
	return foldFinal(hi ^ lo)
}

// shortKeys holds, for a text of n bytes, 1 to 8: the mask of the low n
// bytes of a word, and foldMix's second factor for the first chunk,
// n^foldKey2.
var shortKeys = func() (t [9]struct{ mask, key uint64 }) {
	for n := 1; n <= 8; n++ {
		t[n].mask = ^uint64(0) >> (64 - 8*n)
		t[n].key = uint64(n) ^ foldKey2
	}
	return t
}()

// lowerASCII8 lowers the ASCII capitals among the eight bytes of x: inRange
// marks them (bytes at or above 0x80 taken out), and their bit 5 is set.
func lowerASCII8(x uint64) uint64 {
	caps := inRange(x&^high, 'A', 'Z') &^ x
	return x | caps>>2
}

// loadShort reads the 1 to 8 bytes of s into the low bytes of a word, the
// first the lowest, the rest zero: two overlapping loads of four bytes
// for four or more, the first, middle and last byte for fewer.
func loadShort[T string | []byte](s T) uint64 {
	n := len(s)
	if n >= 4 {
		lo := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		t := s[n-4:]
		hi := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24
		return lo | hi<<(8*(n-4)&63)
	}
	return uint64(s[0]) | uint64(s[n/2])<<(8*(n/2)&63) | uint64(s[n-1])<<(8*(n-1)&63)
}
