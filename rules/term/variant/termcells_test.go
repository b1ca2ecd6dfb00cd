package variant

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestTermCellScan checks that termCellScan, which reads every word in
// order, lists the words termCellWalk finds in the buckets of the terms'
// cells, on an article of news length and on one long enough for
// the long path (where fastWordsLong marks the plains of the tokens that
// are no plain words), with a tenth of the cells marked and with only the
// few hundred cells of the text's own words.
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
		// Every tenth cell, and (as a long article may now scan whatever
		// its terms' cells, termScanTokens) a few hundred: those of words
		// of the text.
		for _, sparse := range []bool{false, true} {
			for _, c := range sc.termCells {
				sc.termBits[c/64] = 0
			}
			sc.termCells = sc.termCells[:0]
			mark := func(c uint16) {
				if sc.termBits[c/64]&(1<<(c%64)) == 0 {
					sc.termBits[c/64] |= 1 << (c % 64)
					sc.termCells = append(sc.termCells, c)
				}
			}
			if !sparse {
				for c := uint16(0); c < 1<<cellBits; c += 10 {
					mark(c)
				}
			}
			for k := 0; sparse && k < len(plains) && len(sc.termCells) < 1<<cellBits/termScanShare/2; k++ {
				if plains[k].klen() >= 5 && plains[k].state() != compound {
					mark(plains[k].cell() & (1<<cellBits - 1))
				}
			}
			walked := slices.Clone(sc.termCellWalk(plains))
			scanned := sc.termCellScan(doc.Tokens, plains)
			if len(walked) == 0 || !slices.Equal(walked, scanned) {
				t.Errorf("%d paragraphs, %d cells: the scan found %d words, the walk %d (equal: %v)",
					n, len(sc.termCells), len(scanned), len(walked), slices.Equal(walked, scanned))
			}
		}
	}
}

// TestScanTermCells: termCellWords scans a text of termScanTokens tokens or
// more whatever its terms' cells, and a shorter one from 1 cell in
// termScanShare on.
func TestScanTermCells(t *testing.T) {
	for _, c := range []struct {
		cells, n int
		want     bool
	}{
		{0, 100, false}, {1<<cellBits/termScanShare - 1, termScanTokens - 1, false},
		{1 << cellBits / termScanShare, 100, true}, {1, termScanTokens, true}, {0, 10 * termScanTokens, true},
	} {
		if got := scanTermCells(c.cells, c.n); got != c.want {
			t.Errorf("scanTermCells(%d, %d) = %v, want %v", c.cells, c.n, got, c.want)
		}
	}
}

// TestTermCellScanLong checks, on a long article, that termCellScanLong
// lists the words of termCellScan that run's loop keeps after termFolds
// (an ASCII word with no possessive whose Fold termFolds holds, and every
// other word), and counts termCellScan's; and that lateWord reads each
// word of the list as its token gives it without its possessive (fails
// when a slow word's fold or start is left unset, the filter asked of
// another value, or lateAt packs a word beyond ASCII to be read from the
// text).
func TestTermCellScanLong(t *testing.T) {
	para := "The council's long-term plan, drawn up by Mr O'Neill and NATO " +
		"officials in Zürich, says McDonald's iPhone sales and the iPad’s " +
		"wide-ranging review; the CITY BOARD backed it (by 7 votes to 2). " +
		// (a Kelvin sign, whose key, kiloton, is shorter than its bytes)
		"A \u212Ailoton blast."
	var b strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&b, "%s Item %d went to the depot of %s.\n\n", para, i, coined(i))
	}
	doc, sc, plains, _ := readText(t, b.String())
	toks := doc.Tokens
	if !sc.long {
		t.Fatal("the article is not long")
	}
	// The cells of every third plain word are terms' cells, and the Folds
	// of every other one are in termFolds.
	sc.termBits = [len(sc.termBits)]uint64{}
	sc.termFolds.reset(len(toks))
	for k := range plains {
		if !isPlain(&toks[k]) || plains[k].state() == compound {
			continue
		}
		if k%3 == 0 {
			c := plains[k].cell() & (1<<cellBits - 1)
			sc.termBits[c/64] |= 1 << (c % 64)
		}
		if k%2 == 0 {
			sc.termFolds.add(uint64(toks[k].Fold))
		}
	}
	scan := slices.Clone(sc.termCellScan(toks, plains))
	var want []int32
	for _, k := range scan {
		if plains[k].facts>>48 != 0 || sc.termFolds.has(uint64(toks[k].Fold)) {
			want = append(want, k)
		}
	}
	got, cells := sc.termCellScanLong(plains)
	if !slices.Equal(got, want) {
		t.Errorf("termCellScanLong lists %d words, termCellScan and termFolds %d", len(got), len(want))
	}
	if cells != len(scan) {
		t.Errorf("termCellScanLong counts %d words, termCellScan lists %d", cells, len(scan))
	}
	if len(want) == len(scan) || len(want) == 0 {
		t.Errorf("termFolds keeps %d of %d words: the test asks nothing", len(want), len(scan))
	}
	// (every word of a term's cell, the filter's yes or no aside)
	sc.termFolds.reset(64)
	for i := range sc.termFolds.words {
		sc.termFolds.words[i] = ^uint64(0)
	}
	got, _ = sc.termCellScanLong(plains)
	if !slices.Equal(got, scan) {
		t.Fatalf("termCellScanLong with every Fold lists %d words, termCellScan %d", len(got), len(scan))
	}
	for j, k := range got {
		if got, want := lateWord(doc, toks, int(k), sc.lates[j]), words.StripPossessive(toks[k].Text); got != want {
			t.Fatalf("lateWord of %q is %q, want %q", toks[k].Text, got, want)
		}
	}
}
