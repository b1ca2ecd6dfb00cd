package consistency_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/capitalization/consistency"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, consistency.Rule)
}
