package titles

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestIsAppointVerb checks the Fold filter in front of appointVerbs: every
// verb passes as written, and another case or another word does not.
func TestIsAppointVerb(t *testing.T) {
	tok := func(s string) *lint.Token { return &lint.Token{Text: s, Fold: lint.FoldHash(s), Kind: lint.Word} }
	for w := range appointVerbs {
		if !IsAppointVerb(tok(w)) {
			t.Errorf("IsAppointVerb(%q) is false", w)
		}
	}
	for _, w := range []string{"Named", "APPOINTED", "said", "announced", "name", ""} {
		if IsAppointVerb(tok(w)) {
			t.Errorf("IsAppointVerb(%q) is true", w)
		}
	}
}

// TestMayEndTitleDotToken checks the Fold filter in front of the
// abbreviations' map: every abbreviation of a title passes as written, and
// most words that end sentences do not pass the filter.
func TestMayEndTitleDotToken(t *testing.T) {
	tok := func(s string) *lint.Token { return &lint.Token{Text: s, Fold: lint.FoldHash(s), Kind: lint.Word} }
	if len(titleEndsDot) < 5 {
		t.Fatalf("only %d abbreviations", len(titleEndsDot))
	}
	for w := range titleEndsDot {
		if !MayEndTitleDotToken(tok(w)) {
			t.Errorf("MayEndTitleDotToken(%q) is false", w)
		}
	}
	pass := 0
	others := []string{"said", "year", "government", "it", "week", "election", "time", "people", "country", "today"}
	for _, w := range others {
		if titleEndsDotFolds.Has(lint.FoldHash(w)) {
			pass++
		}
		if MayEndTitleDotToken(tok(w)) {
			t.Errorf("MayEndTitleDotToken(%q) is true", w)
		}
	}
	if pass > 2 {
		t.Errorf("%d of %d other words pass the Fold filter", pass, len(others))
	}
}
