package variant

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/rules/internal/fold"
)

// TestWordTables checks that the sieved tables otherPerson and
// besideRelative ask answer as their maps looked up with fold.Get did, for
// every word of the lists in lower, upper and title case, with a K
// written as the Kelvin sign (which strings.ToLower lowers to k), and for
// words near them.
func TestWordTables(t *testing.T) {
	var words []string
	add := func(w string) {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[1:], "x"+w,
			strings.ReplaceAll(strings.ToUpper(w), "K", "\u212a"))
	}
	for w := range otherPersonWords {
		add(w)
	}
	for w := range relatives {
		add(w)
	}
	for _, w := range words {
		if got, want := otherPersonTable.Get(w), fold.Get(otherPersonWords, w); got != want {
			t.Errorf("otherPersonTable.Get(%q) = %d, want %d", w, got, want)
		}
		if got, want := relativeTable.Has(w), fold.Has(relatives, w); got != want {
			t.Errorf("relativeTable.Has(%q) = %v, want %v", w, got, want)
		}
	}
}
