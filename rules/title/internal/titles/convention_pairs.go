package titles

import (
	"strings"
	"sync"

	"github.com/factlint/factlint/rules/internal/fold"
)

// conventionIndex says, from the table, in which countries a personal
// title as written is the right name of an office (homes) and in which it
// is the real name of an office elsewhere (wrongIn: the strict forms only,
// not loose generic ones such as a British "foreign minister"; a form that
// differs from the right one by spelling alone, defence for defense, does
// not count).
type conventionIndex struct {
	homes, wrongIn map[string][]string
}

var conventions = sync.OnceValue(func() *conventionIndex {
	x := &conventionIndex{homes: map[string][]string{}, wrongIn: map[string][]string{}}
	for _, f := range Default().Forms {
		if !f.Person || f.Right == "" {
			continue
		}
		right := normTitle(f.Right)
		x.homes[right] = append(x.homes[right], f.Country)
		for _, w := range f.Wrong {
			if w := normTitle(w); f.Level == Strict && spellingFold(w) != spellingFold(right) {
				x.wrongIn[w] = append(x.wrongIn[w], f.Country)
			}
		}
	}
	return x
})

// normTitle lower-cases a title and folds its white space.
func normTitle(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// spellingFold gives American and British spellings of a title one form.
func spellingFold(s string) string { return spellingFolder.Replace(s) }

// spellingFolder is made once: a Replacer builds its tables on first use,
// and making one per call cost more than the rest of building conventions.
var spellingFolder = strings.NewReplacer("defence", "defense", "labour", "labor")

// CrossConvention reports whether two titles given to one person (as
// written, e.g. "Treasury Secretary" and "Chancellor") are each the name of
// the same office in a different country, so that neither country has
// both: each is wrong in every country whose name the other is. "Chancellor
// Janet Yellen" and "Treasury Secretary Janet Yellen" cannot both be right;
// "Secretary of Defense" and "Defence Secretary" can (a spelling).
func CrossConvention(a, b string) bool {
	x := conventions()
	ha, hb := x.homesOf(a), x.homesOf(b)
	if len(ha) == 0 || len(hb) == 0 {
		return false // most titles are no country's own name of an office
	}
	a, b = normTitle(a), normTitle(b)
	if a == b || spellingFold(a) == spellingFold(b) {
		return false
	}
	return wrongAtHome(x, ha, b) && wrongAtHome(x, hb, a)
}

// homesOf returns the countries whose right name of an office title t is,
// looked up without building a string when t is ASCII with single spaces.
func (x *conventionIndex) homesOf(t string) []string {
	if !fold.IsASCII(t) || strings.Contains(t, "  ") || strings.ContainsAny(t, "\t\n\r\v\f") {
		return x.homes[normTitle(t)]
	}
	return fold.Get(x.homes, t)
}

// wrongAtHome reports whether other is wrong in every country of homes.
func wrongAtHome(x *conventionIndex, homes []string, other string) bool {
	for _, c := range homes {
		if !contains(x.wrongIn[other], c) {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
