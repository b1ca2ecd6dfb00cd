package typography_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/typography/apostrophe"
	"github.com/factlint/factlint/rules/typography/dash"
	"github.com/factlint/factlint/rules/typography/quotes"
	"github.com/factlint/factlint/rules/typography/spacing"
)

// FuzzRules runs the four typography rules on arbitrary text, Markdown and
// HTML, seeded with their test articles and the edges their byte-level
// checks read (a hyphen, stop, comma or mark at the very start or end,
// a contraction cut short): they must never panic, and every diagnostic
// and fix must lie within the document.
func FuzzRules(f *testing.F) {
	linttest.Fuzz(f, "*/testdata/*.*", []string{"a-I", "ab-I'", "x-that’", "box-yet", "cities-I l", "O‘", "D‘A", "4´s", "4‘", "2′s",
		"ab.I", "ab.A ", "ab,a", "4m,x", "ab.US", "x.PDF", "ab.II", "-", "‘", "U2’s", "1's", "a -- b – c - d"}, apostrophe.Rule, dash.Rule, quotes.Rule, spacing.Rule)
}
