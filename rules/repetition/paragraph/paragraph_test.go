package paragraph_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/repetition/paragraph"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, paragraph.Rule)
}
