package variant

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/lint"
)

// pairCell is the cell of the pair of the words of tokens k-1 and k, or
// noPair when they make none (pairs): what patchSlowPairs and fastWords
// give a pair, asked the long way.
func pairCell(toks []lint.Token, plains []plain, k int) uint16 {
	if !pairs(toks, plains, k) {
		return noPair
	}
	pa, pb := &plains[k-1], &plains[k]
	return cellOf(pa.klen()+pa.poss()+pb.klen(), pa.first(), pb.last())
}

// TestPatchSlowPairs: a pair that touches a slow word that is no compound
// has pairCell's cell (noPair when it makes no pair: a word before or
// after punctuation, a sentence start, a compound or ALL CAPS word, no
// white space), and so has every pair of two fast words.
func TestPatchSlowPairs(t *testing.T) {
	for _, text := range []string{
		"Smith's take over bid. O'Brien's mid term review, and the McDonald’s web site.",
		"Don't stop. The café owner’s e-mail NASA's iPhone sales fell; the co-operate plan's end.",
		"McDonald’s Smith’s O'Brien iPhone café’s\nJones's: (Smith's) Smith's-Jones, ’twas",
		"A e mail’s e mail. Ahead of the mid-term: the midterm’s mid term.",
		"Tom's",
		"é",
	} {
		doc, sc, plains, _ := readText(t, text)
		toks := doc.Tokens
		slowPlain := func(k int) bool {
			return k >= 0 && k < len(toks) && slices.Contains(sc.slow, int32(k)) && plains[k].state() != compound
		}
		for k := range toks {
			want := pairCell(toks, plains, k)
			if (slowPlain(k) || slowPlain(k-1) || want != noPair) && sc.pairCells[k] != want {
				t.Errorf("%q: the pair ending at %q has cell %d, want %d", text, toks[k].Text, sc.pairCells[k], want)
			}
		}
	}
}
