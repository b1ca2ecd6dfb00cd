package words

import (
	"sync"
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

// keep[n&31] keeps the bytes of a word of n ≤ 16 bytes read as
// little-endian words: [0] the first min(n, 8) bytes of 8 read at its start,
// [1] the last min(n, 8) bytes of 8 read up to its end.
var keep = func() (t [32][2]uint64) {
	for n := 1; n <= 16; n++ {
		t[n][0] = ^uint64(0) >> (64 - 8*min(n, 8))
		t[n][1] = ^uint64(0) << (64 - 8*min(n, 8))
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
		if 0xc2 <= c && c <= 0xdf && i+1 < len(w) && w[i+1]&0xc0 == 0x80 {
			// a rune of two bytes (Latin-1, Latin Extended, Greek,
			// Cyrillic: no hyphen), lowered by a table instead of
			// unicode.ToLower's search
			e := lower2()[uint(c&0x1f)<<6|uint(w[i+1]&0x3f)-0x80]
			dst = append(dst, byte(e))
			if e>>24 >= 2 {
				dst = append(dst, byte(e>>8))
			}
			if e>>24 >= 3 {
				dst = append(dst, byte(e>>16))
			}
			i++
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

// lower2 is, for each rune of two UTF-8 bytes (U+0080 to U+07FF, less
// 0x80), its unicode.ToLower in UTF-8 packed, its length in the top byte
// (a 7.5 KB table made on first use: AppendKey lowers a word of accented
// letters a rune at a time, and ToLower's search cost some 90 instructions
// a rune).
var lower2 = sync.OnceValue(func() *[0x800 - 0x80]uint32 {
	var t [0x800 - 0x80]uint32
	for k := range t {
		enc := utf8.AppendRune(nil, unicode.ToLower(rune(k+0x80)))
		e := uint32(len(enc)) << 24
		for j, b := range enc {
			e |= uint32(b) << (8 * j)
		}
		t[k] = e
	}
	return &t
})

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

// Head and Tail read a word of up to 16 bytes, text[start:end], as two
// little-endian words: Head holds its first min(n, 8) bytes (zero above),
// Tail its last min(n, 8) bytes at the high end (zero below), so that
// byte(tail>>56) is its last byte. Together they cover the word. They need
// 8 bytes of text from start and before end (Fits).
func Head(text string, start, end int) uint64 {
	return le64(text[start:start+8]) & keep[(end-start)&31][0]
}

// Tail is the word's last 8 bytes as Head reads its first: see Head.
func Tail(text string, start, end int) uint64 {
	return le64(text[end-8:end]) & keep[(end-start)&31][1]
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

// Plain reads the word text[start:end] with Head and Tail when it Fits, and
// reports whether the fast path may take it: it fits and its ends are
// PlainEnds. head and tail are zero when it does not fit.
func Plain(text string, start, end int) (head, tail uint64, plain bool) {
	if !Fits(text, start, end) {
		return 0, 0, false
	}
	head, tail = Head(text, start, end), Tail(text, start, end)
	return head, tail, PlainEnds(head, tail)
}
