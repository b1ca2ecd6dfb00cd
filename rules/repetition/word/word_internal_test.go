package word

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestFirstEndingAfter compares the galloping search with the document's
// binary search from every start and offset.
func TestFirstEndingAfter(t *testing.T) {
	src := "Shares in the firm, which it's said were sold, rose. They'll go on and on.\n\nIt it's over."
	d, err := lint.Parse("x.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	for o := 0; o <= len(d.Text)+1; o++ {
		want := d.TokenAt(o)
		for k := 0; k <= want; k++ {
			if got := firstEndingAfter(d.Tokens, k, o); got != want {
				t.Fatalf("offset %d from %d: %d, want %d", o, k, got, want)
			}
		}
	}
}
