package paragraph

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestWorkReused checks that run's pooled work carries nothing from one
// document to the next: documents of more than stackBlocks blocks, and a
// short one, checked one after another and again, each report what they
// reported the first time, and the long ones report each pair of copies
// (a count left over from an earlier check would make a pair a refrain,
// and an entry left over would name a block of another document).
func TestWorkReused(t *testing.T) {
	long := func(seed, pairs, triples int) string {
		var b strings.Builder
		b.WriteString("Headline of the day\n\n")
		for i := range 120 {
			switch {
			case i%10 == 3 && i/10 < pairs:
				// A pair: this paragraph and its copy five blocks on.
				fmt.Fprintf(&b, "The copied paragraph number %d of document %d, printed twice in all.\n\n", i, seed)
			case i%10 == 8 && (i-5)/10 < pairs:
				fmt.Fprintf(&b, "The copied paragraph number %d of document %d, printed twice in all.\n\n", i-5, seed)
			case i%40 == 6 && triples > 0:
				fmt.Fprintf(&b, "A refrain of document %d that is printed three times over.\n\n", seed)
			default:
				fmt.Fprintf(&b, "Paragraph %d of document %d, like no other one, %d.\n\n", i, seed, i*i+seed)
			}
		}
		return b.String()
	}
	docs := []struct {
		src  string
		want int
	}{
		{long(1, 12, 1), 12},
		{long(2, 5, 0), 5},
		{"A short one\n\nThe same words are printed here twice.\n\nThe same words are printed here twice.\n\nEnd.", 1},
		{long(3, 9, 1), 9},
	}
	var first [][]lint.Diagnostic
	for round := range 3 {
		for i, c := range docs {
			d, err := lint.Parse("x.txt", []byte(c.src), lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			if i != 2 && len(d.Blocks) <= stackBlocks {
				t.Fatalf("document %d has %d blocks: it must have more than %d", i, len(d.Blocks), stackBlocks)
			}
			got, err := lint.Check(d, []*lint.Rule{Rule}, &lint.Config{})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != c.want {
				t.Errorf("round %d, document %d: %d findings, want %d", round, i, len(got), c.want)
			}
			if round == 0 {
				first = append(first, got)
				continue
			}
			if a, b := fmt.Sprint(first[i]), fmt.Sprint(got); a != b {
				t.Errorf("round %d, document %d: findings differ from the first check:\n%s\n%s", round, i, a, b)
			}
		}
	}
}
