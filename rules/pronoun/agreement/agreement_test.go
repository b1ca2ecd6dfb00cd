package agreement_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/pronoun/agreement"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, agreement.Rule)
}
