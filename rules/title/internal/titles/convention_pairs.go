package titles

import (
	"strings"
	"sync"
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
func spellingFold(s string) string {
	return strings.NewReplacer("defence", "defense", "labour", "labor").Replace(s)
}

// CrossConvention reports whether two titles given to one person (as
// written, e.g. "Treasury Secretary" and "Chancellor") are each the name of
// the same office in a different country, so that neither country has
// both: each is wrong in every country whose name the other is. "Chancellor
// Janet Yellen" and "Treasury Secretary Janet Yellen" cannot both be right;
// "Secretary of Defense" and "Defence Secretary" can (a spelling).
func CrossConvention(a, b string) bool {
	a, b = normTitle(a), normTitle(b)
	if a == b || spellingFold(a) == spellingFold(b) {
		return false
	}
	x := conventions()
	return wrongAtHome(x, a, b) && wrongAtHome(x, b, a)
}

// wrongAtHome reports whether title t is the right name of an office in
// some country, and other is wrong in every such country.
func wrongAtHome(x *conventionIndex, t, other string) bool {
	homes := x.homes[t]
	if len(homes) == 0 {
		return false
	}
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
