package conflict_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/title/conflict"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, conflict.Rule)
}
