package consistency

import (
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

// lowerFound answers one search with strings.Index.
func lowerFound(text string, q lowerQuery) bool {
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
