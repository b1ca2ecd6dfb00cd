package titles

import (
	"strings"
	"sync"

	"github.com/factlint/factlint/lint"
)

// Matcher finds the wrong forms of a table in a document.
type Matcher struct {
	tab  *Table
	trie trie
	// entries[v] is one (form, wrong phrase) pair.
	entries []*Form
}

var defaultMatcher = sync.OnceValue(func() *Matcher { return NewMatcher(Default()) })

// DefaultMatcher returns the matcher of the built-in table.
func DefaultMatcher() *Matcher { return defaultMatcher() }

// NewMatcher indexes the wrong forms of t.
func NewMatcher(t *Table) *Matcher {
	m := &Matcher{tab: t}
	for _, f := range t.Forms {
		for _, w := range f.Wrong {
			m.trie.addFolded(splitWords(w), len(m.entries))
			m.entries = append(m.entries, f)
		}
	}
	return m
}

// Table returns the matcher's table.
func (m *Matcher) Table() *Table { return m.tab }

// Match is a wrong-form phrase found in the text: its tokens and the forms
// (one per country that does not have it) it may be.
type Match struct {
	Start, End int // token range
	Forms      []*Form
}

// titlePrefixes are prefixes joined to a title by a hyphen (ex-Foreign
// Minister); the title is matched without them.
var titlePrefixes = []string{"ex-", "then-", "former-", "acting-"}

// Find returns the wrong-form phrases of the document, longest first at each
// position, in text order.
func (m *Matcher) Find(doc *lint.Document) []Match {
	toks := doc.Tokens
	var out []Match
	start := -1
	// Keys are matched as written: the trie holds each word in lower,
	// Title and upper case.
	key := func(j int) string {
		w, _ := StripPossessive(toks[j].Text)
		if j == start && strings.IndexByte(w, '-') > 0 {
			for _, p := range titlePrefixes {
				if len(w) > len(p) && strings.EqualFold(w[:len(p)], p) {
					return w[len(p):]
				}
			}
		}
		return w
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != lint.Word {
			continue
		}
		// A phrase starts with a key of the trie's root, or with a title
		// prefix joined by a hyphen, which key strips.
		if w, _ := StripPossessive(toks[i].Text); !m.trie.mayStart(w) && strings.IndexByte(w, '-') < 0 {
			continue
		}
		start = i
		end, vals := m.trie.longest(toks, i, key)
		if end == i {
			continue
		}
		mt := Match{Start: i, End: end}
		for _, v := range vals {
			mt.Forms = append(mt.Forms, m.entries[v])
		}
		out = append(out, mt)
		i = end - 1
	}
	return out
}
