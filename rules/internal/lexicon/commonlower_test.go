package lexicon

import (
	"strings"
	"testing"
)

// TestIsCommonLower checks that IsCommonLower of a word's lower-case form
// is IsCommonWord of the word.
func TestIsCommonLower(t *testing.T) {
	for _, w := range []string{"Officials", "officials", "Sunday", "MARCH", "Mattis", "Table", "TABLES", "Zoë", "ÉCOLE", "İstanbul", "", "s", "Grass"} {
		if got, want := IsCommonLower(strings.ToLower(w)), IsCommonWord(w); got != want {
			t.Errorf("IsCommonLower(lower %q) = %v, IsCommonWord %v", w, got, want)
		}
	}
}
