package consistency_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/abbreviation/consistency"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, consistency.Rule)
}

// TestAmericanTie: at a tie, American copy keeps the points.
func TestAmericanTie(t *testing.T) {
	linttest.Run(t, "testdata/us", &lint.Config{Variety: "en-US"}, consistency.Rule)
}
