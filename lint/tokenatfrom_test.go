package lint

import "testing"

// TestTokenAtFrom checks TokenAtFrom against TokenAt for every offset of a
// text (and one past its end) from hints before, at and after the answer,
// at both ends of the tokens and out of range.
func TestTokenAtFrom(t *testing.T) {
	text := "US Defense Secretary Jim Mattis said so.  Chief executive John Smith, 45, agreed; the minister — and Ms Jones — did not.\n\nA second paragraph, with    spaces.\n"
	doc, err := Parse("a.txt", []byte(text), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	n := len(doc.Tokens)
	for off := 0; off <= len(text)+1; off++ {
		want := doc.TokenAt(off)
		for h := -1; h <= n; h++ {
			if got := doc.TokenAtFrom(off, h); got != want {
				t.Fatalf("offset %d from token %d: %d, want %d", off, h, got, want)
			}
		}
	}
}
