package variant

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/term/internal/words"
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

// TestSlowWordFacts: readSlowWords gives a slow word that is no compound
// the facts of its key made the long way (AppendKey): a word read from its
// ends (ASCII, with an inner capital, a contraction, a straight or curly
// possessive) as well as one beyond ASCII.
func TestSlowWordFacts(t *testing.T) {
	text := "McDonald’s iPhone sales, O'Brien's and Smith’s café’s Zürich don't McDONALD’S São Paulo’s iPad's"
	doc, sc, plains, _ := readText(t, text)
	n := 0
	for _, k := range sc.slow {
		if plains[k].state() == compound {
			continue
		}
		tk := &doc.Tokens[k]
		w := words.StripPossessive(tk.Text)
		key := words.AppendKey(nil, w)
		state := uint8(otherWord)
		if fold.IsASCII(w) {
			state = asciiWord
		}
		want := packFacts(int32(len(key)), key[0]|0x20, key[len(key)-1]|0x20, uint8(len(tk.Text)-len(w)), state)
		if plains[k].facts != want {
			t.Errorf("%q: facts %#x, want %#x", tk.Text, plains[k].facts, want)
		}
		n++
	}
	if n < 8 {
		t.Errorf("%d slow words read, want the text's 8 or more", n)
	}
}

// TestLongNoPairCells checks that a long article's read neither sizes nor
// writes pairCells (it asks closedSigs of its pairs: fastWordsLong sets no
// pair cell), and that an article of news length read next with the same
// buffers gets the pair cells it gets with buffers of its own.
func TestLongNoPairCells(t *testing.T) {
	var b strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&b, "The health care workers met the healthcare trust on day %d.\n\n", i)
	}
	long, err := lint.Parse("long", []byte(b.String()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	sc := &buffers{}
	sc.newBuckets(len(long.Tokens))
	sc.readWords(long)
	if !sc.long {
		t.Fatal("the article is not long")
	}
	if sc.pairCells != nil {
		t.Errorf("a long article's read made pair cells for %d tokens", len(sc.pairCells))
	}
	short := "Smith's take over bid. The takeover of the mid term review, and the midterm web site."
	doc, fresh, _, _ := readText(t, short)
	sc.newBuckets(len(doc.Tokens))
	plains, cands := sc.readWords(doc)
	sc.readSlowWords(doc, plains, cands)
	sc.patchSlowPairs(doc.Tokens, plains)
	if !slices.Equal(sc.pairCells, fresh.pairCells) {
		t.Errorf("after a long article the pair cells are %v, with buffers of its own %v", sc.pairCells, fresh.pairCells)
	}
}
