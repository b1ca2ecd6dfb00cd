package convention

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestPeopleMemo checks that a page naming the same people at every title
// reads each person's titles and mentions (and the page, for a counterpart)
// once per question, not once per title: without the memo the reads grow
// with the number of titles, a cost quadratic in the page.
func TestPeopleMemo(t *testing.T) {
	unit := "The British foreign minister, David Lammy, said. Foreign Secretary David Lammy said. " +
		"Defense Minister Jim Mathis said. Defence Secretary Jim Mathis said. Chancellor Jim Chalmers said in Canberra. " +
		"Treasurer Jim Chalmers said. Interior Minister Yvette Cooper said in London. "
	reads := func(n int) (int, int) {
		doc, err := lint.Parse("memo.txt", []byte(strings.Repeat(unit, n)), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		got := -1
		peopleHook = func(pi *peopleIndex) { got = pi.reads }
		defer func() { peopleHook = nil }()
		diags, err := lint.Check(doc, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return got, len(diags)
	}
	small, d1 := reads(2)
	large, d2 := reads(200)
	if small <= 0 {
		t.Fatalf("no person was looked up (%d): the page no longer exercises the index", small)
	}
	if d2 != 100*d1 || d1 == 0 {
		t.Errorf("findings %d for 2 units, %d for 200: want a finding per title, the same in each unit", d1, d2)
	}
	if large != small {
		t.Errorf("%d unmemoised reads for 200 units, %d for 2: want the same (one per person and question)", large, small)
	}
}
