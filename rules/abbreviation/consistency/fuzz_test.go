package consistency_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/abbreviation/consistency"
	"github.com/factlint/factlint/rules/abbreviation/definedlate"
)

// FuzzRules runs the abbreviation rules on arbitrary text, Markdown and
// HTML, seeded with the test articles and the edges the byte-level reads
// meet (a hyphen or point at the very end, a time cut short, a prefixed
// abbreviation in a headline): no panic, and every span and fix edit within
// the document.
func FuzzRules(f *testing.F) {
	linttest.Fuzz(f, "testdata/*.txt", []string{"U.S. x-U", "a-U.S.", "x-US.", "7 p.m. 7pm", "U.S. 7p", "U.S. 1 a.m", "St. X St Y", "Jan. 5 Feb 5",
		"H\n\nnon-U.S.\n\nUS", "U.S. US 12:30 p.m. 9am.", "Mr. A Mr B", "U.S.-", "-U.S."}, consistency.Rule, definedlate.Rule)
}
