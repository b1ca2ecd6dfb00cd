// Package fold looks words up in lower-case tables without allocating: the
// hot loops of the rules compare every token with a word list, and
// strings.ToLower on each token was most of their time.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLen is the longest word folded on the stack; longer ones (rare, and
// never in a word list) go through strings.ToLower.
const maxLen = 48

// Lookup returns m[strings.ToLower(s)] without allocating for an ASCII s
// of up to 48 bytes.
func Lookup[V any](m map[string]V, s string) (V, bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(s)]
			return v, ok
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		v, ok := m[s]
		return v, ok
	}
	if len(s) > maxLen {
		v, ok := m[strings.ToLower(s)]
		return v, ok
	}
	var buf [maxLen]byte
	v, ok := m[string(LowerASCII(buf[:], s))] // no allocation: the conversion is only a map key
	return v, ok
}

// LowerASCII writes s into dst with its ASCII capitals lower-cased (other
// bytes as they are) and returns that part of dst, which must have room
// for len(s) bytes. With dst an array of the caller's, nothing is
// allocated.
func LowerASCII(dst []byte, s string) []byte {
	b := dst[:len(s)]
	for i := 0; i < len(s); i++ {
		b[i] = LowerByte(s[i])
	}
	return b
}

// LowerByte lowers c if it is an ASCII capital.
func LowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
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

// Get is Lookup without the second result.
func Get[V any](m map[string]V, s string) V {
	v, _ := Lookup(m, s)
	return v
}

// Has reports whether strings.ToLower(s) is a key of m.
func Has[V any](m map[string]V, s string) bool {
	_, ok := Lookup(m, s)
	return ok
}

// Table is a lower-case word table with a sieve in front: most words of a
// text are in no table, and the sieve turns them away by their length and
// first and last bytes, without reading the rest of them.
type Table[V any] struct {
	m     map[string]V
	sieve Sieve
}

// NewTable builds a Table over m (keys in lower case); m must not change
// afterwards.
func NewTable[V any](m map[string]V) *Table[V] {
	t := &Table[V]{m: m}
	for k := range m {
		t.sieve.Add(k)
	}
	return t
}

// Lookup returns the value of strings.ToLower(s).
func (t *Table[V]) Lookup(s string) (V, bool) {
	if !t.sieve.May(s) {
		var zero V
		return zero, false
	}
	return Lookup(t.m, s)
}

// Get is Lookup without the second result.
func (t *Table[V]) Get(s string) V {
	v, _ := t.Lookup(s)
	return v
}

// Has reports whether strings.ToLower(s) is in the table.
func (t *Table[V]) Has(s string) bool {
	_, ok := t.Lookup(s)
	return ok
}

// May is the table's sieve alone: false when strings.ToLower(s) is
// certainly not in the table.
func (t *Table[V]) May(s string) bool { return t.sieve.May(s) }

// Sieve returns the table's sieve. Its May is an ordinary method the
// compiler inlines, unlike the methods of the generic Table: a loop over
// every token asks it first.
func (t *Table[V]) Sieve() *Sieve { return &t.sieve }

// Sieve answers, from the length and the first and last bytes of a word
// alone, whether strings.ToLower of it may be one of the words added: never
// no for one of them, and seldom yes for another.
type Sieve struct {
	bits [64]uint64
	all  bool // a word was added that the sieve cannot describe: everything may match
}

// sieveIndex mixes a length and two bytes (ASCII capitals folded, with
// other bytes changed alike, which is harmless) into a bit number.
func sieveIndex(n int, first, last byte) uint32 {
	h := (uint32(n)*0x9E3779B1 ^ uint32(first|0x20)<<8 ^ uint32(last|0x20)) * 0x85EBCA6B
	return h >> 20 & 4095
}

// May reports whether strings.ToLower(s) may be a word added.
func (sv *Sieve) May(s string) bool {
	n := len(s)
	if n == 0 {
		return true
	}
	i := sieveIndex(n, s[0], s[n-1])
	return sv.bits[i>>6]&(1<<(i&63)) != 0 || sv.all
}

// maxVariants bounds the spellings of one word the sieve records; a word
// with more (many letters with long upper-case forms) makes it pass all.
const maxVariants = 64

// Add records w (in lower case): every spelling s with strings.ToLower(s)
// == w, by length and first and last bytes. Besides the two cases of an
// ASCII letter, a character may be written as any other that lower-cases
// to it (U+212A KELVIN SIGN for k, U+0130 for i, Σ for σ and ς, …), so
// that the lengths and end bytes of the spellings are sets.
func (sv *Sieve) Add(w string) {
	if !sv.addASCII(w) {
		sv.addAny(w)
	}
}

// addAny is Add for any word, the general way.
func (sv *Sieve) addAny(w string) {
	if w == "" || w != strings.ToLower(w) || strings.ContainsRune(w, utf8.RuneError) {
		sv.all = true // ToLower never gives it, or gives it from invalid bytes too
		return
	}
	lens := map[int]bool{0: true}
	var firsts, lasts map[byte]bool
	runes := []rune(w)
	for i, c := range runes {
		pre := preimages(c)
		next := map[int]bool{}
		for n := range lens {
			for _, r := range pre {
				next[n+utf8.RuneLen(r)] = true
			}
		}
		if len(next) > maxVariants {
			sv.all = true
			return
		}
		lens = next
		if i == 0 {
			firsts = map[byte]bool{}
			for _, r := range pre {
				firsts[string(r)[0]] = true
			}
		}
		if i == len(runes)-1 {
			lasts = map[byte]bool{}
			for _, r := range pre {
				e := string(r)
				lasts[e[len(e)-1]] = true
			}
		}
	}
	for n := range lens {
		for f := range firsts {
			for l := range lasts {
				i := sieveIndex(n, f, l)
				sv.bits[i>>6] |= 1 << (i & 63)
			}
		}
	}
}

// preimages lists the characters whose lower-case form is c: those of its
// case-folding orbit that lower-case to it, and U+0130 for i (which lower-
// cases to i but folds only to itself).
func preimages(c rune) []rune {
	out := []rune{c}
	for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
		if unicode.ToLower(r) == c {
			out = append(out, r)
		}
	}
	if c == 'i' {
		out = append(out, '\u0130')
	}
	return out
}
