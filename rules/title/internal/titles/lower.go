package titles

import (
	"strings"
	"sync"

	"github.com/factlint/factlint/rules/internal/fold"
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

// lowerWord returns strings.ToLower(s), without allocating when s is ASCII
// and either has no capital or lower-cases to a word of the tables. Its
// callers only compare the result with words of the tables (knownLower):
// for a word of ASCII letters and digits that lower-cases to none of them,
// it returns notInTables instead of a new string.
func lowerWord(s string) string {
	if w, ok := fold.Lookup(knownLower(), s); ok {
		return w
	}
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
