package invalid_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/suppression/invalid"
	"github.com/factlint/factlint/rules/typography/apostrophe"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, invalid.Rule, apostrophe.Rule)
}
