package parenthetical_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/repetition/parenthetical"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, parenthetical.Rule)
}
