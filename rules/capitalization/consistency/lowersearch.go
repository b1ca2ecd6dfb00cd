package consistency

import (
	"math/bits"
	"strings"

	"github.com/factlint/factlint/lint"
)

// A phrase whose only capital comes from opening a sentence is let pass
// when the article also writes it all in lower case (see report): that is
// a search of the whole text for the phrase lower-cased. The searches of
// one document are made together (lowerAll): each on its own while they
// are few (a search is one call of strings.Index, fast), and else in one
// pass over the text that answers all of them, so that a long document
// with many such phrases is read once, not once for each.

// lowerQuery is one search: the lower-case form of a deviant's text, and
// where that deviant starts in the text (a match there is no other use).
type lowerQuery struct {
	phrase string
	at     int
	found  bool // the answer
}

// fewSearches is the most searches lowerAll makes one by one: strings.Index
// reads the text much faster than a loop over its bytes can (in the 1 MB
// joined corpus a search took 0.3 to 2.7 ms, the pass 13 to 30 ms, on a
// loaded host), and a document has a handful of searches or none.
const fewSearches = 8

// lowerQueryOf is the search for deviant o: its text lower-cased, and where it starts.
func lowerQueryOf(d *lint.Document, o occurrence) lowerQuery {
	toks := d.Tokens
	sp := lint.Span{Start: toks[o.first].Span.Start, End: toks[o.end-1].Span.End}
	return lowerQuery{phrase: strings.ToLower(d.Slice(sp)), at: sp.Start}
}

// lowerAll answers the searches qs in text: whether each phrase stands in
// text somewhere other than at its at, with no letter right before or
// after it (isLetter).
func lowerAll(text string, qs []lowerQuery) {
	if len(qs) <= fewSearches {
		for i := range qs {
			qs[i].found = lowerFound(text, qs[i])
		}
		return
	}
	lowerPass(text, qs)
}

// lowerFound answers one search with strings.Index, or in a long text,
// for a phrase that starts with a common letter, by its first two bytes
// (pairScan).
func lowerFound(text string, q lowerQuery) bool {
	if len(text) >= pairScanText && len(q.phrase) >= 2 && commonFirst(q.phrase[0]) {
		return pairFound(text, q)
	}
	for from := 0; ; {
		i := strings.Index(text[from:], q.phrase)
		if i < 0 {
			return false
		}
		if at := from + i; matchAt(text, at, q) {
			return true
		}
		from += i + 1
	}
}

// pairScanText is the length of text from which lowerFound looks for a
// phrase that starts with a common letter by its first two bytes: a
// long article asks about few phrases, but each search reads it all, and
// strings.Index, which looks for the first byte alone (IndexByte) and
// returns at every one, returned every 45 bytes or so for a phrase that
// starts with u, and took 1.6 to 3 times pairScan's time over the dev
// corpus joined, 866 KB (0.21 to 0.42 ms against 0.135). A phrase that
// starts with a rarer byte is left to strings.Index, which then skips
// long stretches at once.
const pairScanText = 1 << 16

// commonFirst: a phrase that starts with the byte c is looked for
// faster by pairScan than by strings.Index: c is one of the commonest
// letters of English text (over the 866 KB, pairScan was 1.1 to 1.3 times
// as fast for b, p and m, as fast for f, g and y, and half as fast for v
// and k).
func commonFirst(c byte) bool {
	return strings.IndexByte("etaoinshrdlcumpb", c) >= 0
}

// pairFound is lowerFound of a phrase of two bytes or more, read from the
// places where its first two bytes stand (pairScan).
func pairFound(text string, q lowerQuery) bool {
	for from := 0; ; {
		i := pairScan(text[from:], q.phrase[0], q.phrase[1])
		if i < 0 {
			return false
		}
		if at := from + i; matchAt(text, at, q) {
			return true
		}
		from += i + 1
	}
}

// pairScan returns the index of the first place in s where the bytes a
// and b stand one after the other, or -1. It reads s sixteen bytes at a
// time, as two words, testing each word and the one a byte later for a
// byte equal to a and b at once (a word x has a zero byte where
// x-0x01...01 borrows into a byte whose top bit x does not have): every
// such place is marked, and a byte above one may be marked too, so each
// mark is read again. (Eight bytes a turn took 1.6 times as long: the
// two words' tests overlap, and one branch tests both.)
func pairScan(s string, a, b byte) int {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	ma, mb := ones*uint64(a), ones*uint64(b)
	i := 0
	for ; i+17 <= len(s); i += 16 {
		x0, y0 := le64(s[i:i+8])^ma, le64(s[i+1:i+9])^mb
		x1, y1 := le64(s[i+8:i+16])^ma, le64(s[i+9:i+17])^mb
		m0 := (x0 - ones) &^ x0 & ((y0 - ones) &^ y0)
		m1 := (x1 - ones) &^ x1 & ((y1 - ones) &^ y1)
		if (m0|m1)&tops == 0 {
			continue
		}
		for m := m0 & tops; m != 0; m &= m - 1 {
			if j := i + bits.TrailingZeros64(m)>>3; s[j] == a && s[j+1] == b {
				return j
			}
		}
		for m := m1 & tops; m != 0; m &= m - 1 {
			if j := i + 8 + bits.TrailingZeros64(m)>>3; s[j] == a && s[j+1] == b {
				return j
			}
		}
	}
	for ; i+1 < len(s); i++ {
		if s[i] == a && s[i+1] == b {
			return i
		}
	}
	return -1
}

// le64 is the eight bytes of s (eight long) as a little-endian word: the
// compiler reads them in one load.
func le64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// matchAt: q's phrase stands at byte at of text, not at q.at, with no
// letter right before or after it.
func matchAt(text string, at int, q lowerQuery) bool {
	end := at + len(q.phrase)
	return at != q.at && strings.HasPrefix(text[at:], q.phrase) &&
		(at == 0 || !isLetter(text[at-1])) && (end == len(text) || !isLetter(text[end]))
}

// lowerPass answers the searches qs in one pass over text. A match starts
// at the text's first byte or after a byte that is no letter; from each
// such byte the text is walked down a trie of the phrases, byte by byte,
// for as long as it follows one, and a phrase that ends there is compared
// (matchAt). Each start costs at most the longest phrase's length, however
// many phrases there are (the phrases of a long article may share their
// first word with thousands of its words).
func lowerPass(text string, qs []lowerQuery) {
	var t phraseTrie
	for i := range qs {
		t.add(qs[i].phrase)
	}
	for p := range len(text) {
		if p > 0 && isLetter(text[p-1]) {
			continue
		}
		for k, n := p, t.root[text[p]]; n != 0; {
			for i := t.end[n] - 1; i >= 0; i = t.same[i] - 1 {
				qs[i].found = qs[i].found || matchAt(text, p, qs[i])
			}
			if k++; k == len(text) {
				break
			}
			n = t.next[uint64(n)<<8|uint64(text[k])]
		}
	}
}

// phraseTrie is a trie of phrases by their bytes, numbered in the order
// added: nodes numbered from 1 (0 is none), the root's children by byte,
// every other edge in a map by node and byte.
type phraseTrie struct {
	root [256]int32
	next map[uint64]int32
	end  []int32 // by node: 1 + the last phrase added that ends there, or 0
	same []int32 // by phrase: 1 + the one added before it with its text, or 0
}

// add adds the next phrase (not empty) to t.
func (t *phraseTrie) add(phrase string) {
	if t.next == nil {
		t.next, t.end = map[uint64]int32{}, []int32{0}
	}
	n := t.root[phrase[0]]
	if n == 0 {
		n = t.node()
		t.root[phrase[0]] = n
	}
	for k := 1; k < len(phrase); k++ {
		key := uint64(n)<<8 | uint64(phrase[k])
		c := t.next[key]
		if c == 0 {
			c = t.node()
			t.next[key] = c
		}
		n = c
	}
	t.same = append(t.same, t.end[n])
	t.end[n] = int32(len(t.same))
}

// node adds a node to t and returns its number.
func (t *phraseTrie) node() int32 {
	t.end = append(t.end, 0)
	return int32(len(t.end) - 1)
}
