package words

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

// Sum is a hash of Key(w) that joins: the key's bytes as a polynomial, so
// that Join(KeySum(a), KeySum(b)) equals KeySum(a+b) without reading a or b
// again. Two keys with one Sum are almost surely one key; a rule uses Sums to
// find candidates cheaply and compares the keys themselves before it reports.
type Sum struct {
	H uint64 // Σ key[i]·P^(N-1-i) mod 2^64
	N int    // bytes in the key
}

const sumP = 0x100000001b3 // FNV's prime: odd, so P^n never vanishes mod 2^64

// powP[n] = P^n for short keys.
var powP = func() (t [64]uint64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * sumP
	}
	return t
}()

func pow(n int) uint64 {
	if n < len(powP) {
		return powP[n]
	}
	r, b := uint64(1), uint64(sumP)
	for ; n > 0; n >>= 1 {
		if n&1 != 0 {
			r *= b
		}
		b *= b
	}
	return r
}

// Join is the Sum of the key of a written directly before the key of b.
func Join(a, b Sum) Sum { return Sum{a.H*pow(b.N) + b.H, a.N + b.N} }

// keyOf maps an ASCII byte to its byte in a key: lower case for letters,
// 0x81 for the hyphen (which keys drop), and 0x80 for the bytes of other
// characters, which keySlow handles.
var keyOf = func() (t [256]byte) {
	for c := 0; c < 0x80; c++ {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	t['-'] = 0x81
	for c := 0x80; c < 0x100; c++ {
		t[c] = 0x80
	}
	return t
}()

// KeySum returns the Sum of Key(w) and whether w holds a hyphen (which
// Key drops), in one pass and without allocating.
func KeySum(w string) (s Sum, hyphen bool) {
	h, skipped := uint64(0), 0
	for i := 0; i < len(w); i++ {
		c := keyOf[w[i]]
		if c >= 0x80 {
			if c == 0x80 {
				return keySlow(w)
			}
			hyphen = true
			skipped++
			continue
		}
		h = h*sumP + uint64(c)
	}
	return Sum{h, len(w) - skipped}, hyphen
}

// keySlow is KeySum for a word with characters outside ASCII.
func keySlow(w string) (s Sum, hyphen bool) {
	h, n := uint64(0), 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < utf8.RuneSelf {
			if c == '-' {
				hyphen = true
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = h*sumP + uint64(c)
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size - 1
		if lint.IsHyphen(r) {
			hyphen = true
			continue
		}
		var b [utf8.UTFMax]byte
		k := utf8.EncodeRune(b[:], unicode.ToLower(r))
		for _, x := range b[:k] {
			h = h*sumP + uint64(x)
		}
		n += k
	}
	return Sum{h, n}, hyphen
}

// SumSet is a set of Sums (an open-addressing table of their H), for the
// per-article sets a rule builds and then asks once per word.
type SumSet struct {
	slots []uint64 // H, or 0 for an empty slot (an H of 0 is stored as 1)
	n     int
	shift uint
}

// NewSumSet returns a set that holds about n Sums before it grows.
func NewSumSet(n int) *SumSet {
	s := &SumSet{}
	s.Reset(n)
	return s
}

func (s *SumSet) slot(h uint64) uint64 { return h * 0x9e3779b97f4a7c15 >> s.shift }

// Reset empties the set and makes room for about n Sums.
func (s *SumSet) Reset(n int) {
	s.slots, s.shift = resetSlots(s.slots, n)
	s.n = 0
}

// resetSlots empties the slots of an open-addressing table and sizes them
// for about n entries (a power of two, at least 16 and twice n, reusing
// their storage when it is large enough); it returns them with the shift
// that maps a hash to a slot.
func resetSlots[T any](slots []T, n int) ([]T, uint) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(slots) >= size {
		slots = slots[:size]
		clear(slots)
	} else {
		slots = make([]T, size)
	}
	return slots, uint(64 - bits.TrailingZeros(uint(size)))
}

// Add puts x in the set.
func (s *SumSet) Add(x Sum) {
	h := x.H
	if h == 0 {
		h = 1
	}
	mask := uint64(len(s.slots) - 1)
	for i := s.slot(h); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			s.n++
			if 2*s.n > len(s.slots) {
				s.grow()
			}
			return
		}
	}
}

// Has reports whether x is in the set.
func (s *SumSet) Has(x Sum) bool {
	h := x.H
	if h == 0 {
		h = 1
	}
	mask := uint64(len(s.slots) - 1)
	for i := s.slot(h); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// Len is the number of Sums in the set.
func (s *SumSet) Len() int { return s.n }

func (s *SumSet) grow() {
	old := s.slots
	s.slots = make([]uint64, 2*len(old))
	s.shift--
	s.n = 0
	for _, h := range old {
		if h != 0 {
			s.Add(Sum{H: h})
		}
	}
}

// SumTable maps Sums (their H) to values: an open-addressing table for the
// per-article counts and facts a rule keeps by word.
type SumTable[V any] struct {
	slots []sumSlot[V]
	n     int
	shift uint
}

type sumSlot[V any] struct {
	h    uint64
	used bool
	v    V
}

// Reset empties the table and makes room for about n entries.
func (t *SumTable[V]) Reset(n int) {
	t.slots, t.shift = resetSlots(t.slots, n)
	t.n = 0
}

// Ptr returns the value of x, adding a zero value when x is new.
func (t *SumTable[V]) Ptr(x Sum) *V {
	h := x.H
	mask := uint64(len(t.slots) - 1)
	for i := h * 0x9e3779b97f4a7c15 >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.used {
			if s.h == h {
				return &s.v
			}
			continue
		}
		if 2*(t.n+1) > len(t.slots) {
			t.grow()
			return t.Ptr(x)
		}
		s.h, s.used = h, true
		t.n++
		return &s.v
	}
}

// Get returns the value of x and whether x is in the table.
func (t *SumTable[V]) Get(x Sum) (V, bool) {
	h := x.H
	mask := uint64(len(t.slots) - 1)
	for i := h * 0x9e3779b97f4a7c15 >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.used {
			var zero V
			return zero, false
		}
		if s.h == h {
			return s.v, true
		}
	}
}

func (t *SumTable[V]) grow() {
	old := t.slots
	t.slots = make([]sumSlot[V], 2*len(old)) // new memory: Reset would reuse old's
	t.n = 0
	t.shift--
	for _, s := range old {
		if s.used {
			*t.Ptr(Sum{H: s.h}) = s.v
		}
	}
}
