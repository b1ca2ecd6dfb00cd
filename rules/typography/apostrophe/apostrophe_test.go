package apostrophe_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/typography/apostrophe"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, apostrophe.Rule)
}
