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
