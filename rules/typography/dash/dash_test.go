package dash_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/typography/dash"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, dash.Rule)
}

// TestForcedStyle: a house style set in the config reports every other dash.
func TestForcedStyle(t *testing.T) {
	cfg := &lint.Config{Rules: map[string]lint.RuleConfig{
		"typography-dash": {Options: map[string]any{"style": "em-closed"}},
	}}
	linttest.Run(t, "testdata/forced", cfg, dash.Rule)
}
