package consistency

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// lowerWindow reads two flags at their bits.
func TestWindowBits(t *testing.T) {
	if lint.Capitalized != 1<<1 || lint.BlockStart != 1<<6 {
		t.Fatalf("Capitalized %b, BlockStart %b: lowerWindow reads bits 1 and 6", lint.Capitalized, lint.BlockStart)
	}
}

// lowNeighbour is what lowAfter and lowBefore test, read branch by branch:
// toks[k] is a lower-case word in mid-sentence, in the block of toks[j]
// and right after it (j = k-1) or right before it (j = k+1), with a space
// between; of four bytes or more, or three if short is set.
func lowNeighbour(toks []lint.Token, j, k int, short bool) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	t := &toks[k]
	if t.Kind != lint.Word || t.Flags&(lint.Capitalized|lint.SentenceStart) != 0 || len(t.Text) < 3 ||
		len(t.Text) == 3 && !short || t.Block != toks[j].Block {
		return false
	}
	return toks[max(j, k)].Has(lint.SpaceBefore)
}

// lowAfter, lowBefore, lowerWindow and stemOf tell what the tokens tell,
// at the text's ends too.
func TestNeighbours(t *testing.T) {
	src := "Tax Cuts Planned\n\nMr. smith met ian Smith on Friday. He said: (IMF) was there, in the Bank of England.\n\n" +
		"# A Heading For All\n\nNEW RULES FOR ALL OF US\n\nSo it was. al Jazeera, the dr Who fan; x Y ab Cd\n\nThe Board's plan, the boss’s car, BOARD’S, 1990's, rock'n'roll, café’s.\n"
	doc, err := lint.Parse("a.md", []byte(src), lint.FormatMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	toks := doc.Tokens
	for i := range toks {
		for _, short := range []bool{false, true} {
			if got, want := lowAfter(toks, i, short), lowNeighbour(toks, i, i+1, short); got != want {
				t.Errorf("lowAfter(%d %q, %v) = %v, want %v", i, toks[i].Text, short, got, want)
			}
		}
		if got, want := lowBefore(toks, i), lowNeighbour(toks, i, i-1, true); got != want {
			t.Errorf("lowBefore(%d %q) = %v, want %v", i, toks[i].Text, got, want)
		}
		if got, want := stemOf(&toks[i]), stem(toks[i].Text); got != want {
			t.Errorf("stemOf(%q) = %q, want %q", toks[i].Text, got, want)
		}
		var want uint64
		for k := i + 1; k < i+maxWords && k < len(toks); k++ {
			if toks[k].Kind != lint.Word || toks[k].Block != toks[i].Block {
				break
			}
			if !toks[k].Has(lint.Capitalized) {
				want |= 1 << (k - i - 1)
			}
		}
		if got := lowerWindow(toks, i); got != want {
			t.Errorf("lowerWindow(%d %q) = %x, want %x", i, toks[i].Text, got, want)
		}
	}
}
