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
	for _, w := range []string{"of", "for", "in", "the", "and", "party", "human", "services"} {
		add(w)
	}
	return m
})

// lowerWord returns strings.ToLower(s), without allocating when s is ASCII
// and either has no capital or lower-cases to a word of the tables.
func lowerWord(s string) string {
	if w, ok := fold.Lookup(knownLower(), s); ok {
		return w
	}
	return strings.ToLower(s)
}
