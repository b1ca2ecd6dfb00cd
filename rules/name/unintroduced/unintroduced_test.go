package unintroduced_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/name/unintroduced"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, unintroduced.Rule)
}
