package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

// Byte-level helpers for the hot loops: a word of a document is read as
// one or two 64-bit loads from the document's text rather than byte by
// byte, so that most words cost no loop at all.

const (
	ones = 0x0101010101010101
	high = 0x8080808080808080
	dash = '-' * ones
)

// lowerASCII lower-cases ASCII letters and leaves every other byte as it is.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// LowerByte lower-cases an ASCII letter; any other byte is returned as it is.
func LowerByte(c byte) byte { return lowerASCII[c] }

// keep[n&31] keeps the bytes of a word of n ≤ 16 bytes read as
// little-endian words: [0] the first min(n, 8) bytes of 8 read at its start,
// [1] the next of 8 read 8 bytes on, [2] the last min(n, 8) bytes of 8 read
// up to its end.
var keep = func() (t [32][3]uint64) {
	for n := 1; n <= 16; n++ {
		t[n][0] = ^uint64(0) >> (64 - 8*min(n, 8))
		if n > 8 {
			t[n][1] = ^uint64(0) >> (128 - 8*n)
		}
		t[n][2] = ^uint64(0) << (64 - 8*min(n, 8))
	}
	return t
}()

// le64 reads s[0:8] as a little-endian word (one load once compiled).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes has the high bit of each byte of x that is 0 set (exactly:
// no borrow from one byte into the next).
func zeroBytes(x uint64) uint64 { return ^((x&^high + ^uint64(high)) | x) & high }

// inRange has the high bit set of each byte of x in [lo, hi], for x of
// ASCII bytes only.
func inRange(x uint64, lo, hi byte) uint64 {
	return (x + (0x80-uint64(lo))*ones) &^ (x + (0x7f-uint64(hi))*ones) & high
}

// A Packed word is the key of a word of 1 to 16 bytes, all ASCII and no
// hyphen (so that the key is the word lower-cased), in two little-endian
// words: Lo holds bytes 0-7, Hi bytes 8-15, zero past the end. Equal keys
// pack equal, different keys of one length differently.
type Packed struct {
	Lo, Hi uint64
	N      int
}

// Pack packs the word text[start:start+n]. ok is false for a word that has
// a hyphen or a byte outside ASCII, is longer than 16 bytes, or ends fewer
// than 16 bytes before the end of text (it is read 16 bytes at a time):
// the caller then takes the slow way.
func Pack(text string, start, n int) (p Packed, ok bool) {
	if uint(n-1) >= 16 || start < 0 || start > len(text)-16 {
		return p, false
	}
	s := text[start : start+16]
	m := &keep[n&31]
	lo, hi := le64(s[:8])&m[0], le64(s[8:])&m[1]
	// Bytes past n are 0: not high, not '-'.
	if (lo|hi)&high != 0 || zeroBytes(lo^dash)|zeroBytes(hi^dash) != 0 {
		return p, false
	}
	lo |= inRange(lo, 'A', 'Z') >> 2
	hi |= inRange(hi, 'A', 'Z') >> 2
	return Packed{lo, hi, n}, true
}

// First is the key's first byte.
func (p *Packed) First() byte { return byte(p.Lo) }

// Last is the key's last byte.
func (p *Packed) Last() byte { return p.Byte(p.N - 1) }

// AppendKey appends Key(w) to dst, without allocating a string.
func AppendKey(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < utf8.RuneSelf {
			if c != '-' {
				dst = append(dst, lowerASCII[c])
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n - 1
		if !lint.IsHyphen(r) {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// IsASCII reports whether s is all ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// EqualFoldASCII reports whether the ASCII strings a and b are equal when
// their letters are lower-cased.
func EqualFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerASCII[a[i]] != lowerASCII[b[i]] {
			return false
		}
	}
	return true
}

// Byte is byte i of the key (i < N).
func (p *Packed) Byte(i int) byte {
	if i < 8 {
		return byte(p.Lo >> (8 * i & 63))
	}
	return byte(p.Hi >> (8 * (i - 8) & 63))
}

// Plain reports whether the word text[start:start+n] (n ≥ 1) is all ASCII
// without a hyphen: then its key is its bytes with the letters lower-cased,
// and any byte of it ORed with 0x20 equals that byte of its key ORed with
// 0x20.
func Plain(text string, start, n int) bool {
	if uint(n-1) < 16 && uint(start) <= uint(len(text)-16) {
		s := text[start : start+16]
		m := &keep[n&31]
		lo, hi := le64(s[:8])&m[0], le64(s[8:])&m[1]
		// Bytes past n are 0: not high, not '-'.
		return (lo|hi)&high|zeroBytes(lo^dash)|zeroBytes(hi^dash) == 0
	}
	return IsASCII(text[start:start+n]) && strings.IndexByte(text[start:start+n], '-') < 0
}

// Head and Tail read a word of up to 16 bytes, text[start:end], as two
// little-endian words: Head holds its first min(n, 8) bytes (zero above),
// Tail its last min(n, 8) bytes at the high end (zero below), so that
// byte(tail>>56) is its last byte. Together they cover the word. They need
// 8 bytes of text from start and before end (Fits).
func Head(text string, start, end int) uint64 {
	return le64(text[start:start+8]) & keep[(end-start)&31][0]
}

// Tail: see Head.
func Tail(text string, start, end int) uint64 {
	return le64(text[end-8:end]) & keep[(end-start)&31][2]
}

// Fits reports whether Head and Tail may read the word text[start:end].
func Fits(text string, start, end int) bool {
	return uint(end-start-1) < 16 && uint(start) <= uint(len(text)-8) && end >= 8
}

// PlainEnds reports whether a word read by Head and Tail is all ASCII without a
// hyphen (bytes outside the word are zero, neither).
func PlainEnds(head, tail uint64) bool {
	return (head|tail)&high|zeroBytes(head^dash)|zeroBytes(tail^dash) == 0
}
