package lint

import (
	"testing"
	"unicode"
)

// isLetter's shortcuts (ASCII, below the first combining mark, General
// Punctuation) agree with its definition on every code point: a letter or a
// nonspacing or spacing combining mark.
func TestIsLetterEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
		if got := isLetter(r); got != want {
			t.Fatalf("isLetter(%U) = %v, want %v", r, got, want)
		}
	}
}
