package parenthetical

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestBracketBatches: run, which looks a long page's brackets up a batch
// at a time, reports every bracket that repeats the words before it over
// many batches, on a short page and on one longer than batchMinTokens,
// whatever the number of brackets left for the last batch, with brackets
// that repeat nothing between them.
func TestBracketBatches(t *testing.T) {
	for _, n := range []int{1, bracketBatch - 1, bracketBatch, 3*bracketBatch + 5} {
		for _, long := range []bool{false, true} {
			var src strings.Builder
			src.WriteString("Headline\n\n")
			for i := range n {
				fmt.Fprintf(&src, "They met on %d November (November) in the hall (the big one) [sic].\n\n", i%28+1)
			}
			for long && len(src.String()) < 6*batchMinTokens {
				src.WriteString("the cat sat on the mat (the mat) and the dog ran off with it.\n\n")
			}
			doc, err := lint.Parse("a.txt", []byte(src.String()), lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(doc.Tokens) > batchMinTokens; got != long {
				t.Fatalf("n %d, long %v: %d tokens", n, long, len(doc.Tokens))
			}
			diags, err := lint.Check(doc, []*lint.Rule{Rule}, nil)
			if err != nil {
				t.Fatal(err)
			}
			// Each sentence's November, and on the long page each filler
			// line's mat.
			want := n
			if long {
				want = strings.Count(src.String(), "(the mat)") + n
			}
			if len(diags) != want {
				t.Errorf("n %d, long %v: %d findings, want %d", n, long, len(diags), want)
			}
		}
	}
}
