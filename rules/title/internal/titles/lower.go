package titles

import (
	"strings"
	"sync"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/foldset"
)

// lower.go lower-cases title words without allocating: the words a title
// parser compares are mostly the capitalised words of titles themselves
// (Prime, Minister, Home, Secretary), whose lower-case forms are keys of
// the package's tables. lowerWord returns those keys instead of new
// strings.

// knownLower holds the lower-case words of the package's tables, each
// mapped to itself.
var knownLower = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(w string) { m[w] = w }
	for _, h := range heads {
		for _, w := range h.words {
			add(w)
		}
	}
	for _, t := range []map[string]bool{filler, notCurrent, companyQualifiers, TransparentModifiers, possessivePronouns} {
		for w := range t {
			add(w)
		}
	}
	for _, t := range []map[string]string{portfolio, parties} {
		for w := range t {
			add(w)
		}
	}
	for _, w := range []string{"of", "for", "in", "the", "and", "party", "human", "services", "union"} {
		add(w)
	}
	return m
})

// lowerIndex holds the words of knownLower by FoldHash, for lower.
var lowerIndex = sync.OnceValue(func() *foldWords {
	m := knownLower()
	ws := make([]string, 0, len(m))
	for w := range m {
		ws = append(ws, w)
	}
	return &foldWords{foldset.NewIndex(ws), ws}
})

// foldWords finds a token's lower case among words by its Fold.
type foldWords struct {
	x     *foldset.Index
	words []string
}

// find returns the word that is the lower case of token t's text, which
// must be ASCII with no capital after its first byte (then its lower case
// is its first byte lowered and the rest as written).
func (f *foldWords) find(t *lint.Token) (string, bool) {
	text := t.Text
	x := f.x.Find(t.Fold, func(i int) bool {
		w := f.words[i]
		return len(w) == len(text) && text != "" && fold.LowerByte(text[0]) == w[0] && w[1:] == text[1:]
	})
	if x < 0 {
		return "", false
	}
	return f.words[x], true
}

// lowerWord returns strings.ToLower(s), without allocating when s is ASCII
// and either has no capital or lower-cases to a word of the tables. Its
// callers only compare the result with words of the tables (knownLower):
// for a word of ASCII letters and digits that lower-cases to none of them,
// it returns notInTables instead of a new string.
func lowerWord(s string) string {
	if w, ok := fold.Lookup(knownLower(), s); ok {
		return w
	}
	return lowerUnknown(s)
}

// lowerUnknown is lowerWord of s, whose lower case is no word of the
// tables.
func lowerUnknown(s string) string {
	if alnumASCII(s) {
		return notInTables
	}
	return strings.ToLower(s)
}

// notInTables stands for a lower-case word that is no word of the tables.
const notInTables = "\x00"

// alnumASCII reports whether s is made of ASCII letters and digits only
// (no apostrophe, hyphen or dot that a caller strips or splits at).
func alnumASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !('a' <= c && c <= 'z' || '0' <= s[i] && s[i] <= '9') {
			return false
		}
	}
	return s != ""
}
