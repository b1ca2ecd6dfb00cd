package words

import "math/bits"

// Packed keys: a key of up to 16 bytes held in two little-endian words,
// head (its first min(n, 8) bytes, zero above) and tail (its last min(n, 8)
// bytes at the high end, zero below), as Head and Tail read a plain word
// from a document. Together with n they are the key itself, so they hash
// and compare without a loop.

// LowerPacked lower-cases the ASCII letters of a packed word of ASCII bytes.
func LowerPacked(x uint64) uint64 { return x | inRange(x, 'A', 'Z')>>2 }

// LettersPacked counts the ASCII letters of a packed word of ASCII bytes
// (lower-cased), in the bytes that keep keeps.
func LettersPacked(x, keep uint64) int { return bits.OnesCount64(inRange(x, 'a', 'z') & keep) }

// KeepTop keeps the top min(n, 8) bytes of a word: the bytes of a tail
// that a head of the same key does not hold are KeepTop(n-8).
func KeepTop(n int) uint64 { return keep[n&31][1] }

// Hash16 hashes the packed key (head, tail, n) of n ≤ 16 bytes; HashKey
// gives the same for the key itself. A 128-bit product folded: keys that
// differ give different hashes but for a chance of about 2^-63.
func Hash16(head, tail uint64, n int) uint64 {
	if n <= 8 {
		tail = 0 // the head holds the key
	}
	// The constants have the high bit of every byte set: a key's bytes
	// (below 0x80 in a packed word) never cancel them to zero.
	hi, lo := bits.Mul64(head^0xa0761d6478bd642f, tail^0xe7037ed1a0b428db^uint64(n)*0x0101010101010101)
	return hi ^ lo
}

// HashKey is the hash of a key, as Hash16 gives it for a packed key.
func HashKey[K ~string | ~[]byte](key K) uint64 {
	n := len(key)
	if n <= 16 {
		head := leBytes(key[:min(n, 8)])
		var tail uint64
		if n > 8 {
			tail = leBytes(key[n-8:])
		}
		return Hash16(head, tail, n)
	}
	// A longer key (only ever hashed this way): its 8-byte chunks folded.
	h := uint64(n) * 0x9e3779b97f4a7c15
	for ; len(key) > 0; key = key[min(8, len(key)):] {
		hi, lo := bits.Mul64(h^leBytes(key[:min(8, len(key))]), 0xe7037ed1a0b428db)
		h = hi ^ lo
	}
	return h
}

// leBytes reads up to 8 bytes as a little-endian word.
func leBytes[K ~string | ~[]byte](b K) uint64 {
	var x uint64
	for i := range len(b) {
		x |= uint64(b[i]) << (8 * i)
	}
	return x
}

// functionTable finds the function words by their packed head (none is
// longer than 8 bytes): 1024 slots, each holding one function word at
// most, so that a lookup is one multiply, one load and one compare. (Two
// words a bucket, in 512 buckets, wanted a second load and compare for
// every word a caller tests, most words of a text.) Slot 0, where zero
// falls, is left empty, so that zero reads as a function word: a caller
// may mask a word it wants taken for one (too short to pair) to zero.
// The table is an array of the package (no pointer to load and check at
// each lookup); functionMul, the multiplier that spreads the words so, is
// a constant. Function is fixed at build time, so whether functionMul
// still fits it is a test's question (TestFunctionMul), not a check at
// each start-up.
var functionTable = newFunctionTable()

// functionMul is the multiplier of functionTable's hash, found by
// findFunctionMul (in the tests) for the function words of Function.
const functionMul = 0x196973d0801bc3b5

// functionShift takes the top 10 bits of the product: a slot of
// functionTable.
const functionShift = 64 - 10

// newFunctionTable files the function words by functionMul.
func newFunctionTable() (t FunctionTable) {
	fillFunctionTable(&t, functionMul)
	return t
}

// fillFunctionTable files the function words in t by the multiplier m,
// and reports false when a slot would hold a second one or a word would
// go to slot 0 (that word is left out), or a word is longer than 8 bytes.
func fillFunctionTable(t *FunctionTable, m uint64) bool {
	clear(t[:])
	ok := true
	for w := range Function {
		if len(w) > 8 {
			ok = false
			continue
		}
		x := leBytes(w)
		b := x * m >> functionShift
		if b != 0 && t[b] == 0 {
			t[b] = x
		} else {
			ok = false
		}
	}
	return ok
}

// FunctionPacked reports whether the packed lower-case key head of n ≤ 8
// bytes is a function word. (A key with a zero byte, which no word has,
// could pass for a shorter one, and zero itself passes: see
// functionTable.)
func FunctionPacked(head uint64) bool { return FunctionBit(head) != 0 }

// bit is 1 for true and 0 for false.
func bit(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// PackKey packs a key of 1 to 16 bytes, its ASCII letters lower-cased, as
// Head and Tail read the same bytes from a document (the tail's bytes at
// its high end even when the head holds them all), so that an ASCII word
// of the document and the key are EqualFoldASCII exactly when they have
// the same length and the word's packed ends, LowerPacked, equal these.
// ok is false for a longer or empty key.
func PackKey(key string) (head, tail uint64, ok bool) {
	n := len(key)
	if n == 0 || n > 16 {
		return 0, 0, false
	}
	var b [16]byte
	for i := range n {
		b[i] = lowerASCII[key[i]]
	}
	head = leBytes(b[:min(n, 8)])
	tail = leBytes(b[max(n-8, 0):n]) << (64 - 8*min(n, 8))
	return head, tail, true
}
