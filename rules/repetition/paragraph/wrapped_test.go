package paragraph_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/repetition/paragraph"
)

// TestCopyWrappedDifferently checks that a copy whose white space differs
// from its original's (a hard wrap, a double space, a tab, a space at the
// end) counts as a copy, whichever of the two comes first and whether
// other copies come between: the run hashes a text as it is before it folds
// it, and a copy of one counted before is not folded again.
func TestCopyWrappedDifferently(t *testing.T) {
	const p = "The city council voted on Tuesday to add three bus lanes on the ring road, despite objections from shopkeepers."
	forms := map[string]string{
		"plain":   p,
		"wrapped": strings.Replace(p, "despite objections", "despite\nobjections", 1),
		"double":  strings.Replace(p, "bus lanes", "bus  lanes", 1),
		"tab":     strings.Replace(p, "on Tuesday", "on\tTuesday", 1) + " ",
	}
	others := []string{"Shopkeepers fear that fewer parking spaces will cost them trade.", "The lanes will open in March."}
	for _, c := range []struct {
		copies []string // the forms of the copies, in order
		gap    bool     // another paragraph between the copies
		want   int
	}{
		{[]string{"plain", "wrapped"}, false, 1},
		{[]string{"wrapped", "plain"}, false, 1},
		{[]string{"double", "plain"}, true, 1},
		{[]string{"plain", "double"}, true, 1},
		{[]string{"tab", "wrapped"}, true, 1},
		{[]string{"wrapped", "wrapped"}, true, 1},
		{[]string{"plain", "wrapped", "plain"}, true, 0}, // three copies: a refrain
		{[]string{"wrapped", "plain", "double"}, true, 0},
		{[]string{"double", "tab", "double"}, false, 0},
	} {
		paras := []string{"Council to appeal"}
		for i, f := range c.copies {
			if i > 0 && c.gap {
				paras = append(paras, others[i-1])
			}
			paras = append(paras, forms[f])
		}
		src := strings.Join(paras, "\n\n") + "\n"
		doc, err := lint.Parse("x.txt", []byte(src), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		diags, err := lint.Check(doc, []*lint.Rule{paragraph.Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(diags) != c.want {
			t.Errorf("copies %v (gap %v): %d findings, want %d", c.copies, c.gap, len(diags), c.want)
		}
	}
}
