package titles

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
)

// trie matches token sequences. Keys are token texts (exact or folded, as
// the builder chose).
type trie struct {
	next map[string]*trie
	vals []int
	// forms (Matcher tries only) are the forms of vals, shared by every
	// match that ends here.
	forms []*Form
	// roots (root only) sieves the first word: the keys of next, by length
	// and first and last bytes.
	roots *keySieve
	// rootKeys (root only) lists the keys of next, perhaps more than once.
	rootKeys []string
}

// mayStart reports whether a phrase of the trie may start with w (w as the
// key function would give it): false when w is no key of the root.
func (t *trie) mayStart(w string) bool { return t.roots != nil && t.roots.has(w) }

// noteRoot records a key of the root in its sieve.
func (t *trie) noteRoot(w string) {
	if t.roots == nil {
		t.roots = new(keySieve)
	}
	t.roots.add(w)
	t.rootKeys = append(t.rootKeys, w)
}

func (t *trie) add(words []string, v int) {
	if len(words) > 0 {
		t.noteRoot(words[0])
	}
	n := t
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[w]
		if c == nil {
			c = &trie{}
			n.next[w] = c
		}
		n = c
	}
	n.vals = append(n.vals, v)
}

// keySieve is a set of strings that may err towards yes: has never misses
// a string added, and turns most others away by their length and first
// and last bytes, without hashing them.
type keySieve [64]uint64

func sieveBit(w string) uint32 {
	h := (uint32(len(w))*0x9E3779B1 ^ uint32(w[0])<<8 ^ uint32(w[len(w)-1])) * 0x85EBCA6B
	return h >> 20 & 4095
}

func (s *keySieve) add(w string) {
	if w != "" {
		b := sieveBit(w)
		s[b>>6] |= 1 << (b & 63)
	}
}

func (s *keySieve) has(w string) bool {
	if w == "" {
		return false
	}
	b := sieveBit(w)
	return s[b>>6]&(1<<(b&63)) != 0
}

// longest returns the end (exclusive token index) and node of the longest
// match starting at token i, staying in one block and crossing only white
// space; end is i and the node nil when nothing matches. key folds a
// token's text.
func (t *trie) longest(toks []lint.Token, i int, key func(i int) string) (int, *trie) {
	n := t
	end, found := i, (*trie)(nil)
	for j := i; j < len(toks); j++ {
		if j > i && (toks[j].Block != toks[i].Block || toks[j].Kind == lint.Punct || !toks[j].Has(lint.SpaceBefore)) {
			break
		}
		if n.next == nil {
			break
		}
		c := n.next[key(j)]
		if c == nil {
			break
		}
		n = c
		if len(n.vals) > 0 {
			end, found = j+1, n
		}
	}
	return end, found
}

func splitWords(s string) []string { return strings.Fields(s) }

// StripPossessive removes a possessive ending ('s, ’s, ´s, or a final
// apostrophe) from a word and reports whether there was one.
func StripPossessive(w string) (string, bool) {
	n := len(w)
	if n == 0 || !possessiveEnd[w[n-1]] || n > 1 && w[n-1]|0x20 == 's' && !possessiveEnd[w[n-2]] {
		// The common cases, inlined: no apostrophe at the end, and a plural
		// (an s after an ASCII byte that is no apostrophe; the ASCII
		// apostrophes of lint.IsApostrophe are ' and `).
		return w, false
	}
	return stripPossessive(w)
}

// possessiveEnd holds the last bytes a possessive can end with: s, S, an
// ASCII apostrophe or grave accent, and any byte of a longer character.
var possessiveEnd = func() (t [256]bool) {
	for c := 0x80; c < 256; c++ {
		t[c] = true
	}
	t['s'], t['S'], t['\''], t['`'] = true, true, true, true
	return t
}()

func stripPossessive(w string) (string, bool) {
	if n := len(w); n > 2 && (w[n-1] == 's' || w[n-1] == 'S') {
		r, k := utf8.DecodeLastRuneInString(w[:n-1])
		if lint.IsApostrophe(r) && r != '‘' {
			return w[:n-1-k], true
		}
	}
	r, k := utf8.DecodeLastRuneInString(w)
	if len(w) > k && lint.IsApostrophe(r) && r != '‘' {
		return w[:len(w)-k], true
	}
	return w, false
}

// addFolded adds a lower-case phrase so that it matches its words in lower
// case, Title case or upper case, without folding the text at match time.
// cases holds the three cases of the words added so far (a phrase's words
// recur: 37 words make the 484 of the table's forms), made once each.
func (t *trie) addFolded(words []string, v int, cases map[string][3]string) {
	n := t
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		vars, ok := cases[w]
		if !ok {
			vars = [3]string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)}
			cases[w] = vars
		}
		var c *trie
		for _, x := range vars {
			if c = n.next[x]; c != nil {
				break
			}
		}
		if c == nil {
			c = &trie{}
		}
		for _, x := range vars {
			n.next[x] = c
			if n == t {
				t.noteRoot(x)
			}
		}
		n = c
	}
	n.vals = append(n.vals, v)
}

// textSieve is a set of token texts that may err towards yes, like
// keySieve but larger and hashed from the text as written, so that a token
// is tested without stripping or folding it first. Each text sets two of
// its 65,536 bits (a Bloom filter), so that a few thousand texts turn away
// all but a fraction of a percent of other words.
type textSieve [1024]uint64

// textHash hashes a text of n bytes by its first, middle and last bytes;
// the two 16-bit halves at the top are its bits.
func textHash(n int, first, middle, last byte) uint64 {
	return (uint64(n)<<24 | uint64(first)<<16 | uint64(middle)<<8 | uint64(last)) * 0x9E3779B97F4A7C15
}

// wordHash is the textHash of a non-empty w.
func wordHash(w string) uint64 { return textHash(len(w), w[0], w[len(w)>>1], w[len(w)-1]) }

func (s *textSieve) add(h uint64) {
	a, b := h>>48, h>>32&0xFFFF
	s[a>>6] |= 1 << (a & 63)
	s[b>>6] |= 1 << (b & 63)
}

func (s *textSieve) has(h uint64) bool {
	a, b := h>>48, h>>32&0xFFFF
	return s[a>>6]>>(a&63)&(s[b>>6]>>(b&63))&1 != 0
}

// possessiveEndings are the endings StripPossessive removes, and none.
var possessiveEndings = func() []string {
	out := []string{""}
	for _, a := range []rune{'\'', '’', 'ʼ', '´', '`', '′'} {
		out = append(out, string(a), string(a)+"s", string(a)+"S")
	}
	return out
}()

// leadSieve holds the texts a token may have when, after StripPossessive
// and the removal of a title prefix (ex-, then-, former-, acting-, in any
// case), it is a key of a trie's root. It tests a token by its Fold
// (lint.FoldHash of its text, which the tokenizer computed), so that most
// tokens are turned away without a byte of their text read.
type leadSieve struct{ folds foldSieve }

// foldSieve is a set of Folds that may err towards yes (a Bloom filter):
// each Fold sets two of its 65,536 bits, its two 16-bit halves, so that a
// few thousand texts turn away all but a fraction of a percent of others.
type foldSieve [1024]uint64

// addJoined adds the text p+w+e, written into buf (returned, to serve the
// next call) rather than into a new string.
func (s *foldSieve) addJoined(buf []byte, p, w, e string) []byte {
	buf = append(append(append(buf[:0], p...), w...), e...)
	s.addHash(lint.FoldHashBytes(buf))
	return buf
}

func (s *foldSieve) addHash(h uint32) {
	a, b := h>>16, h&0xFFFF
	s[a>>6] |= 1 << (a & 63)
	s[b>>6] |= 1 << (b & 63)
}

// has tests the second bit only when the first is set: the first turns
// away nearly every token, with one bit test and a branch that is taken
// one way almost always.
func (s *foldSieve) has(fold uint32) bool {
	a, b := fold>>16, fold&0xFFFF
	return s[a>>6]&(1<<(a&63)) != 0 && s[b>>6]&(1<<(b&63)) != 0
}

// both is has without a branch: 1 when both bits of fold are set, else 0.
func (s *foldSieve) both(fold uint32) uint8 {
	a, b := fold>>16, fold&0xFFFF
	return b2u(s[b>>6]&(1<<(b&63)) != 0) & b2u(s[a>>6]&(1<<(a&63)) != 0)
}

// b2u is 1 for true and 0 for false (compiled without a branch).
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// addPlain adds the texts of key w without a title prefix: w and w with a
// possessive ending.
func (s *leadSieve) addPlain(w string) {
	if w == "" {
		return
	}
	var buf []byte
	for _, e := range possessiveEndings {
		buf = s.folds.addJoined(buf, "", w, e)
	}
}

// addKeys adds the texts of each key w of ws: w, w with a possessive
// ending, and both again after a title prefix. A key in several cases
// (the matcher's trie holds lower, Title and upper case) is added once
// for each spelling with its ASCII capitals lowered: Folds ignore ASCII
// case, and so does prefixLen (not the case of other letters: É and é
// are added apart).
func (s *leadSieve) addKeys(ws []string) {
	done := map[string]bool{}
	var buf []byte
	for _, w := range ws {
		buf = fold.LowerASCII(slices.Grow(buf[:0], len(w)), w)
		if w == "" || done[string(buf)] {
			continue
		}
		done[string(buf)] = true
		s.addPlain(w)
		for _, e := range possessiveEndings {
			for _, p := range titlePrefixes {
				buf = s.folds.addJoined(buf, p, w, e)
			}
		}
	}
}

// hasToken reports whether token t may start a phrase: false for almost
// every other token, whose text it does not read.
//
// It asks the bit of the Fold's low half first: over the corpus it lets
// 5% of tokens through, the high half's 7%, and the fewer go on to the
// second test, the fewer branches go the unpredicted way.
func (s *leadSieve) hasToken(t *lint.Token) bool {
	a, b := t.Fold>>16, t.Fold&0xFFFF
	return s.folds[b>>6]&(1<<(b&63)) != 0 && s.folds[a>>6]&(1<<(a&63)) != 0
}

// mayHavePrefix is false when prefixLen(w) is 0 for certain: no hyphen
// where a title prefix ends.
func mayHavePrefix(w string) bool {
	return len(w) > 3 && w[2] == '-' || len(w) > 5 && w[4] == '-' || len(w) > 7 && w[6] == '-'
}
