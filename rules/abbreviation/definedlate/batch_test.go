package definedlate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestBracketBatches: run, which looks a long page's brackets up a batch
// at a time, finds every definition of many batches (each reported once,
// at its earlier use), on a short page and on one longer than
// batchMinTokens, whatever the number of brackets left for the last
// batch, and with brackets that define nothing between them.
func TestBracketBatches(t *testing.T) {
	for _, n := range []int{1, bracketBatch - 1, bracketBatch, 3*bracketBatch + 5} {
		for _, long := range []bool{false, true} {
			var src strings.Builder
			src.WriteString("Headline\n\n")
			for i := range n {
				// A distinct abbreviation each: three capitals of 26.
				a, b, c := 'A'+rune(i%26), 'A'+rune(i/26%26), 'A'+rune(i/676%26)
				fmt.Fprintf(&src, "The %c%c%c met (again) today. Later the %czz %cyy %cxx (%c%c%c) said no (or yes).\n\n", a, b, c, a, b, c, a, b, c)
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
			if len(diags) != n {
				t.Errorf("n %d, long %v: %d findings, want %d", n, long, len(diags), n)
			}
		}
	}
}
