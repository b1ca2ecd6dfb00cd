package word

import (
	"strings"
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

// TestNextCandidate checks that the walk by Folds stops at every token
// that single or phrase may report: one equal but for case
// (strings.EqualFold) to a token one or two before it of its length,
// beyond ASCII too.
func TestNextCandidate(t *testing.T) {
	src := "The the CAFÉ café, Ærø ærø and McDonald mcDONALD went ÉTÉ, été, Été to to the\n" +
		"of the of the İstanbul istanbul \u212Aelvin kelvin ſo so on on and on.\n\n" +
		"Zoë zoË it it’s ΣΊΣΥΦΟΣ σίσυφος ok"
	d, err := lint.Parse("x.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	toks := d.Tokens
	stops := 0
	for i := range toks {
		want := false
		for _, k := range []int{i - 1, i - 2} {
			if k >= 0 && len(toks[k].Text) == len(toks[i].Text) && strings.EqualFold(toks[k].Text, toks[i].Text) {
				want = true
			}
		}
		if !want {
			continue
		}
		stops++
		for from := max(0, i-3); from <= i; from++ {
			if got := nextCandidate(toks, from); got > i {
				t.Fatalf("from %d: next candidate %d (%q) passes %d (%q)", from, got, toks[min(got, len(toks)-1)].Text, i, toks[i].Text)
			}
		}
	}
	if stops < 12 {
		t.Fatalf("only %d tokens repeat one before them: the text no longer tests the walk", stops)
	}
}
