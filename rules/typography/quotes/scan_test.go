package quotes

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// scan counts the apostrophes but keeps only the quotation marks: a page
// of possessives keeps no list as long as the page.
func TestScanKeepsNoApostrophes(t *testing.T) {
	src := "Headline\n\n" + strings.Repeat("James’s and Ann's \"view\" ", 500) + "\n"
	doc, err := lint.Parse("poss.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	all, st := scan(nil, doc, true)
	if len(all) != 1000 {
		t.Errorf("scan kept %d marks, want the 1000 quotation marks", len(all))
	}
	for _, m := range all {
		if m.apos {
			t.Fatalf("scan kept an apostrophe at %v", m.span)
		}
	}
	if st[1][0] != 500 || st[1][1] != 500 || st[0][0] != 1000 {
		t.Errorf("counts %v, want 500 straight and 500 curly apostrophes, 1000 straight quotation marks", st)
	}
	var n int
	for m := range marks(doc, true) {
		if m.apos {
			n++
		}
	}
	if n != 1000 {
		t.Errorf("marks yields %d apostrophes, want 1000", n)
	}
}
