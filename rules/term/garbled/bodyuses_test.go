package garbled

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestCountBodyUses checks countBodyUses' counts of the modifiers' uses
// (plain words by their Fold, the others by their read key) against a
// count of every word's key, on the texts of TestFoldKeys, a text whose
// modifiers come capitalised, possessive, hyphenated and in capitals (at a
// sentence's start too), and that text's body many times over, so that
// the uses fall in many of the chunks countBodyUses reads (tokenChunk) and
// at their borders (fails when a chunk or a chunk's last tokens are left
// out, or when the words a chunk reads are counted again at the next);
// each text also with the Folds kept as a long article's are
// (foldColumnMin lowered: fails when passEndsFolds reads a Fold or a
// notPlainRole bit of the wrong token).
func TestCountBodyUses(t *testing.T) {
	defer func(n int) { foldColumnMin = n }(foldColumnMin)
	for _, foldColumnMin = range []int{foldColumnMin, 0} {
		checkCountBodyUses(t)
	}
}

func checkCountBodyUses(t *testing.T) {
	body := "The central bank met. The centrul bank said so. Central banks and a central's view; " +
		"CENTRAL bank, cen-tral bank, the Central Bank and the central bank again. " +
		"Regional council and regionul council; regional leaders, the regional's chief. " +
		"CENTRAL banks opened. REGIONAL leaders met."
	texts := append(keyTexts(t), "Bank news\n\n"+body,
		"Bank news\n\n"+strings.Repeat(body+" Then ", 3*tokenChunk/60))
	checked := 0
	for _, text := range texts {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		sc := &buffers{}
		heads := make([]bool, len(doc.Blocks))
		for bi, b := range doc.Blocks {
			heads[bi] = b.Kind == lint.BlockHeadline
		}
		cands := sc.candidates(doc)
		sc.markHeads(cands)
		sc.gather(doc, cands, heads)
		if len(sc.groups) == 0 {
			continue
		}
		for k := range sc.groups {
			sc.groups[k].asked = true // (run asks for the words of a pair with some likeness)
		}
		sc.countBodyUses(doc, heads)
		want := map[uint64]int32{}
		for _, g := range sc.groups {
			want[g.mh] = 0
		}
		for i := range doc.Tokens {
			tok := &doc.Tokens[i]
			if tok.Kind != lint.Word || len(tok.Text) < 3 || heads[tok.Block] || tok.Has(lint.Capitalized) && !tok.Has(lint.SentenceStart) {
				continue
			}
			w := words.StripPossessive(tok.Text)
			key := words.Key(w)
			if words.Letters(w) < 3 || words.Function[key] {
				continue
			}
			if n, ok := want[words.HashKey(key)]; ok {
				want[words.HashKey(key)] = n + 1
			}
		}
		for _, g := range sc.groups {
			checked++
			if got, _ := sc.bodyWords.Get(words.Sum{H: g.mh}); got != want[g.mh] {
				t.Errorf("%q (Folds kept from %d tokens): %d uses, want %d", g.mk, foldColumnMin, got, want[g.mh])
			}
		}
	}
	if checked == 0 {
		t.Fatal("no modifier counted")
	}
}
