package variety

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestWarm checks that warm reads the kind of the token before each stop
// and the stop's own Fold, and no token before the first.
func TestWarm(t *testing.T) {
	const n = 10
	toks := make([]lint.Token, n)
	for k := range toks {
		// Each token's fields say which token it is: Kind k, Fold 100+k.
		toks[k] = lint.Token{Kind: lint.TokenKind(k), Fold: uint32(100 + k)}
	}
	stops := []int32{0, 1, 5, n - 1}
	want := uint(0)
	for _, s := range stops {
		i := int(s)
		if i > 0 {
			want += uint(i - 1)
		}
		want += uint(100 + i)
	}
	if got := warm(toks, stops); got != want {
		t.Errorf("warm = %d, want %d", got, want)
	}
}

// TestFactsAtBatches: factsAt, which reads the stops a batch at a time
// (warmed on a long article), counts every fact of many batches, on a
// short article and on one longer than warmMinTokens, whatever the number
// of facts left for the last batch.
func TestFactsAtBatches(t *testing.T) {
	for _, n := range []int{1, warmStops - 1, warmStops, 3*warmStops + 5} {
		for _, long := range []bool{false, true} {
			var src strings.Builder
			src.WriteString("Headline\n\n")
			for range n {
				// Two facts a sentence: a percent (convUS) and £ (gb, convGB).
				src.WriteString("Sales rose 5 percent to £3bn.\n\n")
			}
			for long && len(src.String()) < 6*warmMinTokens {
				src.WriteString("the cat sat on the mat and the dog ran off with it.\n\n")
			}
			doc, err := lint.Parse("a.txt", []byte(src.String()), lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(doc.Tokens) > warmMinTokens; got != long {
				t.Fatalf("n %d, long %v: %d tokens", n, long, len(doc.Tokens))
			}
			want := facts{percent: n, convUS: n, gb: n, convGB: n, seenUS: convPercent, seenGB: convMoney}
			if f := articleFacts(doc); f != want {
				t.Errorf("n %d, long %v: facts %+v, want %+v", n, long, f, want)
			}
		}
	}
}
