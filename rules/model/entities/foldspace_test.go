package entities

import (
	"strings"
	"testing"
)

// TestFoldSpace compares foldSpace with the test it replaces (a line end,
// a tab or a double space makes the fields joined by one space).
func TestFoldSpace(t *testing.T) {
	for _, s := range []string{"", " ", "  ", "chief executive", "chief  executive", "chief\nexecutive", "chief\r\nexecutive",
		"chief\texecutive", " chief executive ", "chief executive  ", "a b c", "US Defense\u00a0secretary", "x\u2028y"} {
		want := s
		if strings.ContainsAny(s, "\n\r\t") || strings.Contains(s, "  ") {
			want = strings.Join(strings.Fields(s), " ")
		}
		if got := foldSpace(s); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
