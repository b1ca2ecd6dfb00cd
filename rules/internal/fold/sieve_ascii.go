package fold

import (
	"math/bits"
	"sync"
	"unicode/utf8"
)

// The tables of the rules build their sieves when the program starts, and
// Add's general way (maps of lengths and bytes for every word) was most of
// the start-up time of those packages. addASCII does the same for a word of
// ASCII bytes with sets as bit arrays and the preimages of each ASCII byte
// worked out once.

// asciiPre describes the preimages of an ASCII byte (see preimages): the
// UTF-8 lengths among them (bit k for length k) and the first and last
// byte of each.
type asciiPre struct {
	lens        uint8
	n           uint8 // preimages
	first, last [4]byte
}

// asciiPreimages are the preimages of each ASCII byte; ok is false when one
// has more than four (never, with Unicode's case tables today), which
// leaves every word to Add's general way.
var asciiPreimages = sync.OnceValues(func() (t *[utf8.RuneSelf]asciiPre, ok bool) {
	t = new([utf8.RuneSelf]asciiPre)
	for c := range t {
		p := &t[c]
		for _, r := range preimages(rune(c)) {
			if p.n == 4 {
				return t, false
			}
			var b [utf8.UTFMax]byte
			k := utf8.EncodeRune(b[:], r)
			p.lens |= 1 << k
			p.first[p.n], p.last[p.n] = b[0], b[k-1]
			p.n++
		}
	}
	return t, true
})

// lenSet is a set of lengths below 256.
type lenSet [4]uint64

// shifted returns the set of the lengths of s plus k (1 to 4).
func (s *lenSet) shifted(k uint) (r lenSet) {
	r[0] = s[0] << k
	for i := 1; i < len(s); i++ {
		r[i] = s[i]<<k | s[i-1]>>(64-k)
	}
	return r
}

// addASCII is Add for a word of at most 64 ASCII bytes without a capital,
// which it reports having done; for another word it does nothing and
// returns false.
func (sv *Sieve) addASCII(w string) bool {
	n := len(w)
	if n == 0 || n > 64 {
		return false
	}
	for i := 0; i < n; i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	t, ok := asciiPreimages()
	if !ok {
		return false
	}
	// The lengths of the spellings of w's first i bytes, as Add's lens.
	lens := lenSet{1}
	for i := 0; i < n; i++ {
		var next lenSet
		for m := t[w[i]].lens; m != 0; m &= m - 1 {
			s := lens.shifted(uint(bits.TrailingZeros8(m)))
			for j := range next {
				next[j] |= s[j]
			}
		}
		if bits.OnesCount64(next[0])+bits.OnesCount64(next[1])+bits.OnesCount64(next[2])+bits.OnesCount64(next[3]) > maxVariants {
			sv.all = true
			return true
		}
		lens = next
	}
	first, last := &t[w[0]], &t[w[n-1]]
	for j, word := range lens {
		for ; word != 0; word &= word - 1 {
			ln := 64*j + bits.TrailingZeros64(word)
			for _, f := range first.first[:first.n] {
				for _, l := range last.last[:last.n] {
					i := sieveIndex(ln, f, l)
					sv.bits[i>>6] |= 1 << (i & 63)
				}
			}
		}
	}
	return true
}
