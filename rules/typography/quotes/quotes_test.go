package quotes_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/typography/quotes"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, quotes.Rule)
}
