package consistency_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/capitalization/consistency"
)

// FuzzRule runs capitalization-consistency on arbitrary text, Markdown and
// HTML, seeded with the test articles and the edges its neighbour reads
// meet (a bracket or honorific at either end, a name cut short, a place
// word alone): no panic, and every span and fix edit within the document.
func FuzzRule(f *testing.F) {
	linttest.Fuzz(f, "testdata/*.txt", []string{"(MPC)", "a (AB)", "A b C (ABC)", "x mr", "mr. A", "Sir john", "the A b Office",
		"South africa", "united", "x united States", "Liam hughes", "the foreign Secretary", "& b (B)", "(Bs)",
		"A\n\nb C (BC)", "tel Aviv", "new"}, consistency.Rule)
}
