package layout

// Filter is a blocked Bloom filter over word hashes: three bits in one of
// 4,096 64-bit words (32 KB), all chosen by the high bits of the hash. It
// answers "not in the set" for most words of an article with one memory
// access and no map lookup; for the table's 13,000 words fewer than 1% of
// other words pass.
type Filter [4096]uint64

// Add adds the word whose hash is h.
func (f *Filter) Add(h uint64) {
	f[h>>52] |= bitsOf(h)
}

// MayHave reports whether the word whose hash is h may have been added.
func (f *Filter) MayHave(h uint64) bool {
	m := bitsOf(h)
	return f[h>>52]&m == m
}

// bitsOf are the bits a hash sets in its word of a filter.
func bitsOf(h uint64) uint64 { return 1<<(h>>46&63) | 1<<(h>>40&63) | 1<<(h>>34&63) }

// SlotBits is the base-2 logarithm of the number of slots of an
// open-addressing index of n words: at least twice as many slots as words.
// A word whose hash is h is looked for from slot h>>(64-SlotBits(n)) on,
// one slot further (modulo the number of slots) at a time.
func SlotBits(n int) uint {
	k := uint(4)
	for 1<<k < 2*n {
		k++
	}
	return k
}
