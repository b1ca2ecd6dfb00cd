package number_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/fact/number"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, number.Rule)
}
