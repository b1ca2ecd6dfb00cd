package unintroduced_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/name/unintroduced"
	"github.com/factlint/factlint/rules/name/variant"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, unintroduced.Rule)
}

// TestHandoff runs name-unintroduced beside name-variant on articles whose
// slip (Amstrong, Mr Blar, Mr Patterso: a letter dropped from an introduced surname,
// a spelling no list knows) name-variant reports: name-unintroduced must
// leave the word to it, so that the slip is reported once.
func TestHandoff(t *testing.T) {
	linttest.Run(t, "testdata/handoff", nil, unintroduced.Rule, variant.Rule)
}

// TestUnsafeFixesSettle runs name-unintroduced beside name-variant on a
// surname introduced once by full name (Martin Hellewell) and spelt
// another way twice after (Mr Helel-well): name-variant takes the
// introduction for the slip, as the minority spelling. name-unintroduced
// used to report the two later mentions as well, the other way round, so
// --fix --unsafe-fixes applied both, swapped the spellings and swapped
// them back on the next --fix, never done.
func TestUnsafeFixesSettle(t *testing.T) {
	src := "Market stall opens\n\nMartin Hellewell, who had visited the shop, said he thought it was a great idea. " +
		"\"Why not,\" said Mr Helel-well.\n\nLater Mr Helel-well said the stall would stay.\n"
	rules := []*lint.Rule{unintroduced.Rule, variant.Rule}
	doc, err := lint.Parse("stall.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	fixed, _, left := lint.FixRounds(doc, diags, rules, nil, true, 4)
	if fixed == nil {
		t.Fatal("no fix applied")
	}
	if edits := lint.FixEdits(left, true); len(edits) != 0 {
		t.Errorf("after four rounds of fixes %d more remain (%+v) in:\n%s", len(edits), left, fixed)
	}
}
