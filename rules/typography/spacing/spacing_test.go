package spacing_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/typography/spacing"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, spacing.Rule)
}
