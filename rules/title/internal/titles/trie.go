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
	// filter (root only) is a cheap test on the first word: its byte
	// length with its first byte, in either case.
	filter *[64][128]bool
}

// mayStart reports whether a phrase of the trie may start with w (w as the
// key function would give it, before folding).
func (t *trie) mayStart(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	if c >= 128 || t.filter == nil {
		return true
	}
	return len(w) < len(t.filter) && t.filter[len(w)][c]
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

func (t *trie) noteRoot(w string) {
	if w != "" {
		if t.filter == nil {
			t.filter = new([64][128]bool)
		}
		if len(w) >= len(t.filter) {
			// Too long for the filter: let every word through.
			for n := range t.filter {
				for c := range t.filter[n] {
					t.filter[n][c] = true
				}
			}
		}
		for _, c := range []byte{w[0], upper(w[0]), lower1(w[0])} {
			if c < 128 && len(w) < len(t.filter) {
				t.filter[len(w)][c] = true
			}
		}
	}
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
	if n := len(w); n == 0 || w[n-1] != 's' && w[n-1] != 'S' && w[n-1] < 0x80 && w[n-1] != '\'' && w[n-1] != '`' {
		return w, false
	}
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

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func lower1(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c - 'A' + 'a'
	}
	return c
}

// addFolded adds a lower-case phrase so that it matches its words in lower
// case, Title case or upper case, without folding the text at match time.
func (t *trie) addFolded(words []string, v int) {
	n := t
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		vars := [3]string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)}
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
		}
		n = c
	}
	n.vals = append(n.vals, v)
	if len(words) > 0 {
		// The root filter, through add's bookkeeping.
		t.noteRoot(words[0])
	}
}
