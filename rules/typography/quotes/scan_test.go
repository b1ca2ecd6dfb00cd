package quotes

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// scan counts the apostrophes and keeps only their offsets, not a mark
// each: a page of possessives keeps no list of marks as long as the page.
func TestScanKeepsApostrophesAsOffsets(t *testing.T) {
	src := "Headline\n\n" + strings.Repeat("James’s and Ann's \"view\" ", 500) + "\n"
	doc, err := lint.Parse("poss.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	all, apos, st := scan(nil, nil, doc, true)
	if len(all) != 1000 {
		t.Errorf("scan kept %d marks, want the 1000 quotation marks", len(all))
	}
	for _, m := range all {
		if m.apos {
			t.Fatalf("scan kept an apostrophe's mark at %v", m.span)
		}
	}
	if st[1][0] != 500 || st[1][1] != 500 || st[0][0] != 1000 {
		t.Errorf("counts %v, want 500 straight and 500 curly apostrophes, 1000 straight quotation marks", st)
	}
	if len(apos) != 1000 {
		t.Fatalf("scan kept %d apostrophe offsets, want 1000", len(apos))
	}
	n := 0
	for m := range apostrophes(doc.Text, apos) {
		want := "'"
		if m.curly {
			want = "’"
		}
		if got := doc.Text[m.span.Start:m.span.End]; got != want || !m.apos || string(m.r) != want {
			t.Fatalf("apostrophe at %v reads %q (rune %q, curly %v), want %q", m.span, got, m.r, m.curly, want)
		}
		if m.curly {
			n++
		}
	}
	if n != 500 {
		t.Errorf("%d curly apostrophes, want 500", n)
	}
}
