package unused_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/suppression/unused"
	"github.com/factlint/factlint/rules/typography/apostrophe"
)

// The articles use typography-apostrophe as the rule being suppressed.
func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, unused.Rule, apostrophe.Rule)
}
