package titles

import (
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

// trie matches token sequences. Keys are token texts (exact or folded, as
// the builder chose).
type trie struct {
	next map[string]*trie
	vals []int
}

func (t *trie) add(words []string, v int) {
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

// longest returns the end (exclusive token index) and values of the longest
// match starting at token i, staying in one block and crossing only white
// space; end is i when nothing matches. key folds a token's text.
func (t *trie) longest(toks []lint.Token, i int, key func(i int) string) (int, []int) {
	n := t
	end, vals := i, []int(nil)
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
			end, vals = j+1, n.vals
		}
	}
	return end, vals
}

func splitWords(s string) []string { return strings.Fields(s) }

// StripPossessive removes a possessive ending ('s, ’s, ´s, or a final
// apostrophe) from a word and reports whether there was one.
func StripPossessive(w string) (string, bool) {
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
