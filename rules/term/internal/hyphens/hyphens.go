// Package hyphens tells whether a hyphenated compound of two words is one
// that news copy uses (team-mates, dressing-room, hat-trick): such a
// compound is a word of its own, hyphenated even as a noun, unlike a
// phrase hyphenated by a slip (the interest-rates). The list is derived by
// gen (see NOTICE).
package hyphens

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./gen -in ../../../../../shared/data/frequency/news_corpora_wordfreq_cased.tsv -out hyphens.txt -closed closed.txt

//go:embed hyphens.txt
var data string

// list is the compounds, sorted; split on first use.
var list = sync.OnceValue(func() []string { return strings.Fields(data) })

// Known reports whether w, a hyphenated compound in lower case with an
// ASCII hyphen, is used in news copy.
func Known(w string) bool {
	l := list()
	i := sort.SearchStrings(l, w)
	return i < len(l) && l[i] == w
}

//go:embed closed.txt
var closedData string

// Closed returns the compounds of the list that news copy hyphenates often
// (16 times or more in the counts) and never writes closed up (year-old,
// well-known), sorted.
func Closed() []string { return strings.Fields(closedData) }
