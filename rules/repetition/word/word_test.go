package word_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/repetition/word"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, word.Rule)
}
