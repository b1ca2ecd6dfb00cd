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

// TestMayEndTitleDotFold checks the Fold filter in front of
// MayEndTitleDot: every abbreviation of a title passes as written, and
// most words that end sentences do not.
func TestMayEndTitleDotFold(t *testing.T) {
	if len(titleEndsDot) < 5 {
		t.Fatalf("only %d abbreviations", len(titleEndsDot))
	}
	for w := range titleEndsDot {
		if !MayEndTitleDotFold(lint.FoldHash(w)) || !MayEndTitleDot(w) {
			t.Errorf("MayEndTitleDotFold or MayEndTitleDot(%q) is false", w)
		}
	}
	pass := 0
	others := []string{"said", "year", "government", "it", "week", "election", "time", "people", "country", "today"}
	for _, w := range others {
		if MayEndTitleDotFold(lint.FoldHash(w)) {
			pass++
		}
	}
	if pass > 2 {
		t.Errorf("%d of %d other words pass MayEndTitleDotFold", pass, len(others))
	}
}
