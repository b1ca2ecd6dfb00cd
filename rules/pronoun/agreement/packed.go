package agreement

// packed.go looks short words up without hashing strings: a word of up to
// 16 bytes is packed into two machine words, which index an open-addressed
// table built once, with a bit filter in front that turns most other words
// away. Most tokens of a text are looked up in the noun table, and a Go map
// with string keys was the resolver's largest cost.

// key16 is a word of up to 16 bytes, zero padded, little-endian.
type key16 [2]uint64

// pack returns the key of w (len(w) <= 16), reading its bytes eight or
// four at a time: an overlapping load at the end reads bytes again, which
// are shifted out or merged by OR into the same place.
func pack(w string) key16 {
	switch n := len(w); {
	case n >= 8:
		return key16{le64(w), le64(w[n-8:]) >> (8 * (16 - n))} // a shift by 64 is 0
	case n >= 4:
		return key16{le32(w) | le32(w[n-4:])<<(8*(n-4)), 0}
	}
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return key16{k, 0}
}

// le64 reads the first eight bytes of s, little-endian (one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le32 reads the first four bytes of s, little-endian.
func le32(s string) uint64 {
	_ = s[3]
	return uint64(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
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

// packedTable maps key16 to nouns: linear probing in a power-of-two
// table at most a quarter full (the zero key, the empty word, marks a free
// slot), behind a filter of one bit per hash value of a key.
type packedTable struct {
	filter [filterBits / 64]uint64
	keys   []key16
	vals   []nounInfo
	shift  uint
}

// filterBits is the size of the filter: with a few hundred keys, some 2%
// of other words pass it.
const filterBits = 1 << 14

func (k key16) hash() uint64 { return k[0]*0x9E3779B97F4A7C15 ^ k[1]*0xC2B2AE3D27D4EB4F }

// newPackedTable indexes the keys of m that are 1 to 16 bytes long
// (others can never be looked up).
func newPackedTable(m map[string]nounInfo) *packedTable {
	size, bits := 8, uint(3)
	for size < 4*len(m) {
		size, bits = size*2, bits+1
	}
	t := &packedTable{keys: make([]key16, size), vals: make([]nounInfo, size), shift: 64 - bits}
	for w, v := range m {
		if len(w) == 0 || len(w) > 16 {
			continue
		}
		k := pack(w)
		h := k.hash()
		f := h >> (64 - 14)
		t.filter[f>>6] |= 1 << (f & 63)
		i := h >> t.shift
		for t.keys[i] != (key16{}) {
			i = (i + 1) & uint64(size-1)
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

// get returns the value of k.
func (t *packedTable) get(k key16) (nounInfo, bool) {
	h := k.hash()
	if f := h >> (64 - 14); t.filter[f>>6]&(1<<(f&63)) == 0 {
		return nounInfo{}, false
	}
	return t.probe(k, h)
}

func (t *packedTable) probe(k key16, h uint64) (nounInfo, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case key16{}:
			return nounInfo{}, false
		}
	}
}
