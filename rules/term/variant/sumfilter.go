package variant

// sumFilter is a filter of Sums (their H): it answers yes for every Sum
// added and for a few others (a blocked Bloom filter: two bits of one
// 64-bit word per Sum), in a bit array about four bits per word of the
// article, so that a long article's filter of its closed words' keys
// stays within a few cache lines per question instead of an
// open-addressing table of every distinct key (which grew, and missed
// the cache at nearly every question).
type sumFilter struct {
	words []uint64
	shift uint // a hash's top bits above it pick the word
}

// reset empties the filter and sizes it for an article of n words: at
// least 4n bits (a long article's closed words, an eighth of its words
// or so once each, set about one bit in sixteen, and a question about
// another Sum is answered yes about once in three hundred).
func (f *sumFilter) reset(n int) {
	size, shift := 64, uint(64-6) // words, and the shift to index them
	for size*64 < 4*n {
		size, shift = size*2, shift-1
	}
	if cap(f.words) >= size {
		f.words = f.words[:size]
		clear(f.words)
	} else {
		f.words = make([]uint64, size)
	}
	f.shift = shift
}

// mix is a Sum's hash: its top bits pick the word, two groups of six
// bits below them the bits.
func (f *sumFilter) mix(h uint64) (word uint64, bits uint64) {
	x := h * 0x9e3779b97f4a7c15
	return x >> f.shift, 1<<(x>>20&63) | 1<<(x>>26&63)
}

// add puts the Sum of hash h in the filter.
func (f *sumFilter) add(h uint64) {
	w, b := f.mix(h)
	f.words[w] |= b
}

// has reports whether the Sum of hash h may be in the filter (false: it
// surely is not).
func (f *sumFilter) has(h uint64) bool {
	w, b := f.mix(h)
	return f.words[w]&b == b
}
