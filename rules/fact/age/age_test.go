package age_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/fact/age"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, age.Rule)
}
