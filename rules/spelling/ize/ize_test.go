package ize_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/spelling/ize"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, ize.Rule)
}

func TestOxford(t *testing.T) {
	linttest.Run(t, "testdata/oxford", &lint.Config{Variety: "en-GB-oxendict"}, ize.Rule)
}
