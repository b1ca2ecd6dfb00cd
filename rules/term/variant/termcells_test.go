package variant

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestTermCellScan checks that termCellScan, which reads every word in
// order, lists the words termCellWalk finds in the buckets of the terms'
// cells, on an article of news length and on one long enough for
// the long path (where fastWordsLong marks the plains of the tokens that
// are no plain words), with a tenth of the cells marked.
func TestTermCellScan(t *testing.T) {
	para := "The council's long-term plan, drawn up by Mr O'Neill and NATO " +
		"officials in Zürich, says the 24-year-old co-ordinator set out a " +
		"wide-ranging review; the CITY BOARD backed it (by 7 votes to 2). "
	for _, n := range []int{3, 2000} {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%s Item %d went to the warehouse-%d depot.\n\n", para, i, i%97)
		}
		doc, sc, plains, cands := readText(t, b.String())
		sc.openForms(doc, plains, cands)
		if want := n > 1000; sc.long != want {
			t.Fatalf("%d paragraphs: long = %v, want %v", n, sc.long, want)
		}
		for c := uint16(0); c < 1<<cellBits; c += 10 {
			sc.termBits[c/64] |= 1 << (c % 64)
			sc.termCells = append(sc.termCells, c)
		}
		walked := slices.Clone(sc.termCellWalk(plains))
		scanned := sc.termCellScan(doc.Tokens, plains)
		if len(walked) == 0 || !slices.Equal(walked, scanned) {
			t.Errorf("%d paragraphs: the scan found %d words, the walk %d (equal: %v)",
				n, len(scanned), len(walked), slices.Equal(walked, scanned))
		}
	}
}
