package paragraph

import (
	"strings"
	"testing"
)

// sameText agrees with strings.Fields joined by spaces.
func TestSameText(t *testing.T) {
	texts := []string{"", " ", "a", "a b", " a  b ", "a\tb\n", "a\u00a0b", "a\u2003 b", "ab", "a b c", "a\x85b",
		"é b", "\xff b", "a \xff", "The minister said so.", "The  minister\nsaid so. ", "The minister said so"}
	for _, a := range texts {
		for _, b := range texts {
			want := strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
			if got := sameText(a, b); got != want {
				t.Errorf("sameText(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
