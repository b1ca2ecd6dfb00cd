package words

import (
	"strings"
	"testing"
)

// TestLetters16 checks Letters16 against LettersPacked on keys of 1 to 16
// bytes with letters, digits and other ASCII in every position.
func TestLetters16(t *testing.T) {
	for _, w := range []string{"a", "ab", "abc", "a1b", "12", "o'neill", "abcdefgh", "abcdefghi", "a1b2c3d4e5f6g7h8",
		"pre-war", "x.y.z", "internationally", "abcdefghijklmnop", "1234567890123456", "q"} {
		text := strings.Repeat(" ", 8) + w + strings.Repeat(" ", 8)
		start, end := 8, 8+len(w)
		head, tail := LowerPacked(Head(text, start, end)), LowerPacked(Tail(text, start, end))
		want := LettersPacked(head, ^uint64(0)) + LettersPacked(tail, KeepTop(max(len(w)-8, 0)))
		if got := Letters16(head, tail, len(w)); got != want || want != Letters(w) {
			t.Errorf("%q: Letters16 %d, LettersPacked %d, Letters %d", w, got, want, Letters(w))
		}
	}
}
