package agreement

import "encoding/binary"

// packed.go looks short words up without hashing strings: a word of up to
// 16 bytes is packed into two machine words, which index an open-addressed
// table built once. Most tokens of a text are looked up in the noun table,
// and a Go map with string keys was the resolver's largest cost.

// key16 is a word of up to 16 bytes, zero padded, little-endian.
type key16 [2]uint64

// pack returns the key of w (len(w) <= 16).
func pack(w string) key16 {
	var b [16]byte
	copy(b[:], w)
	return key16{binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])}
}

// The bytes of a machine word are tested all at once (SWAR).
const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// hasByte reports whether the key holds byte c (c != 0).
func hasByte(k key16, c byte) bool {
	return hasZeroByte(k[0]^lowBits*uint64(c)) || hasZeroByte(k[1]^lowBits*uint64(c))
}

// hasZeroByte reports whether one of the bytes of x is zero.
func hasZeroByte(x uint64) bool { return (x-lowBits)&^x&highBits != 0 }

// lowerASCII lower-cases the ASCII capitals among the bytes of x, which
// are all ASCII.
func lowerASCII(x uint64) uint64 {
	// A byte is a capital when adding 0x80-'A' sets its high bit and
	// adding 0x80-'Z'-1 does not.
	upper := (x + lowBits*(0x80-'A')) &^ (x + lowBits*(0x80-'Z'-1)) & highBits
	return x | upper>>2
}

// packedTable maps key16 to values: linear probing in a power-of-two
// table at most half full; the zero key (the empty word) marks a free slot.
type packedTable[V any] struct {
	keys  []key16
	vals  []V
	shift uint
}

func (k key16) slot(shift uint) uint64 {
	return (k[0]*0x9E3779B97F4A7C15 ^ k[1]*0xC2B2AE3D27D4EB4F) >> shift
}

// newPackedTable indexes the keys of m that are 1 to 16 bytes long
// (others can never be looked up).
func newPackedTable[V any](m map[string]V) *packedTable[V] {
	size, bits := 8, uint(3)
	for size < 2*len(m) {
		size, bits = size*2, bits+1
	}
	t := &packedTable[V]{keys: make([]key16, size), vals: make([]V, size), shift: 64 - bits}
	for w, v := range m {
		if len(w) == 0 || len(w) > 16 {
			continue
		}
		k := pack(w)
		i := k.slot(t.shift)
		for t.keys[i] != (key16{}) {
			i = (i + 1) & uint64(size-1)
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

// get returns the value of k.
func (t *packedTable[V]) get(k key16) (V, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := k.slot(t.shift); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case key16{}:
			var zero V
			return zero, false
		}
	}
}
