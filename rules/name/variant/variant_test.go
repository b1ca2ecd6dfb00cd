package variant_test

import (
	"testing"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/name/variant"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, variant.Rule)
}
