package conflict_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/title/conflict"
)

// TestPersonTitlesBound checks that only the first maxPersonTitles (256)
// titles of one person are compared: two conflicting titles alternating
// 400 times give a finding for each minority title among the first 256,
// not for all 400 (the comparison of every pair would cost the square of
// the page), while a short page is reported in full.
func TestPersonTitlesBound(t *testing.T) {
	unit := "Home Secretary Jane Roe said. Health Secretary Jane Roe said. Foreign Secretary Jane Roe said.\n\n"
	count := func(n int) int {
		doc, err := lint.Parse("b.txt", []byte(strings.Repeat(unit, n)), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		diags, err := lint.Check(doc, []*lint.Rule{conflict.Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return len(diags)
	}
	small := count(10)
	if small < 10 {
		t.Fatalf("%d findings for 30 titles: the page no longer exercises the comparison", small)
	}
	if big := count(400); big >= 256 {
		t.Errorf("%d findings for 1200 titles: want fewer than 256 (only the first 256 titles compared)", big)
	}
}
