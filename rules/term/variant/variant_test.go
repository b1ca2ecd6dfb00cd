package variant_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/term/variant"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, variant.Rule)
}

func TestHouseList(t *testing.T) {
	cfg := &lint.Config{Terms: []lint.TermEntry{{Preferred: "email", Variants: []string{"e-mail"}}, {Preferred: "website", Variants: []string{"web site"}}}}
	linttest.Run(t, "testdata/house", cfg, variant.Rule)
}
