package unintroduced_test

import (
	"testing"

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
