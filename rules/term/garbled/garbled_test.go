package garbled_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/term/garbled"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, garbled.Rule)
}
