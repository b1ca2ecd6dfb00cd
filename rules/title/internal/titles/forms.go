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
	// lead holds the token texts a phrase may start with: a key of the
	// trie's root, with a possessive ending, a title prefix, or both.
	lead leadSieve
}

var defaultMatcher = sync.OnceValue(func() *Matcher { return NewMatcher(Default()) })

// DefaultMatcher returns the matcher of the built-in table.
func DefaultMatcher() *Matcher { return defaultMatcher() }

// NewMatcher indexes the wrong forms of t.
func NewMatcher(t *Table) *Matcher {
	m := &Matcher{tab: t}
	cases := map[string][3]string{}
	for _, f := range t.Forms {
		for _, w := range f.Wrong {
			m.trie.addFolded(splitWords(w), len(m.entries), cases)
			m.entries = append(m.entries, f)
		}
	}
	m.lead.addKeys(m.trie.rootKeys)
	m.trie.setForms(m.entries, map[*trie]bool{})
	return m
}

// setForms gives each node of the trie the forms of its values.
func (t *trie) setForms(entries []*Form, seen map[*trie]bool) {
	if seen[t] {
		return
	}
	seen[t] = true
	t.forms = nil
	for _, v := range t.vals {
		t.forms = append(t.forms, entries[v])
	}
	for _, c := range t.next {
		c.setForms(entries, seen)
	}
}

// prefixLen is the length of w's title prefix (ex-, then-, former-,
// acting-, in any case, with more after it), or 0: the phrase is matched
// without it.
func prefixLen(w string) int {
	// The hyphen ends a prefix at byte 2 (ex-), 4 (then-) or 6 (former-,
	// acting-): most words have none there.
	if !mayHavePrefix(w) {
		return 0
	}
	for _, p := range titlePrefixes {
		if len(w) > len(p) && w[len(p)-1] == '-' && strings.EqualFold(w[:len(p)-1], p[:len(p)-1]) {
			return len(p)
		}
	}
	return 0
}

// Table returns the matcher's table.
func (m *Matcher) Table() *Table { return m.tab }

// Match is a wrong-form phrase found in the text: its tokens and the forms
// (one per country that does not have it) it may be.
type Match struct {
	Start, End int // token range
	// Forms is shared by every match of the phrase: read it, never write
	// to it.
	Forms []*Form
}

// titlePrefixes are prefixes joined to a title by a hyphen (ex-Foreign
// Minister); the title is matched without them.
var titlePrefixes = []string{"ex-", "then-", "former-", "acting-"}

// Find returns the wrong-form phrases of the document, longest first at each
// position, in text order.
func (m *Matcher) Find(doc *lint.Document) []Match { return m.AppendMatches(nil, doc) }

// AppendMatches appends to out the matches Find returns, and returns it.
func (m *Matcher) AppendMatches(out []Match, doc *lint.Document) []Match {
	toks := doc.Tokens
	start := -1
	// Keys are matched as written: the trie holds each word in lower,
	// Title and upper case.
	key := func(j int) string {
		w, _ := StripPossessive(toks[j].Text)
		if j == start {
			w = w[prefixLen(w):]
		}
		return w
	}
	for i := m.nextLead(toks, 0); i < len(toks); i = m.nextLead(toks, i+1) {
		start = i
		// Half the leads are no key of the root once stripped: the root's
		// sieve turns them away before the trie's map is asked.
		if !m.trie.mayStart(key(i)) {
			continue
		}
		end, n := m.trie.longest(toks, i, key)
		if end == i {
			continue
		}
		out = append(out, Match{Start: i, End: end, Forms: n.forms})
		i = end - 1
	}
	return out
}

// nextLead returns the first word at or after token i that may start a
// phrase, or len(toks). A phrase starts with a key of the trie's root,
// perhaps after a title prefix joined by a hyphen (which Find's key
// strips) and before a possessive ending: lead turns away almost every
// other token, punctuation included, from its length and a few of its
// bytes. (A loop of its own, so that nothing of Find's is kept in
// registers across it.)
func (m *Matcher) nextLead(toks []lint.Token, i int) int {
	lead := &m.lead // (its address once, not once per token)
	if i >= len(toks) {
		return len(toks)
	}
	// Two tokens a turn, while the sieve turns both away (nearly always):
	// the loop's own work is paid once for the two.
	rest := toks[i:]
	for len(rest) >= 2 && !lead.hasToken(&rest[0]) && !lead.hasToken(&rest[1]) {
		rest = rest[2:]
	}
	for j := range rest {
		if t := &rest[j]; lead.hasToken(t) && t.Kind == lint.Word {
			return len(toks) - len(rest) + j
		}
	}
	return len(toks)
}
