package entities

import (
	"testing"
	"unicode/utf8"
)

// TestFoldIdempotent checks that Fold leaves a folded form as it is, for
// every rune (Fold folds a string rune by rune, so this holds for every
// string): nearMisses compares the words' folded forms (nameWord.key) with
// spellingVariant and spellingDist instead of Spelling, which folds them
// again.
func TestFoldIdempotent(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		f := Fold(string(r))
		if g := Fold(f); g != f {
			t.Fatalf("Fold(%q) = %q, Fold of that %q", string(r), f, g)
		}
	}
}
