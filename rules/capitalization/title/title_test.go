package title_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/capitalization/title"
)

// The test articles are American copy: the config says so, as a newsroom's would.
func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", &lint.Config{Variety: "en-US"}, title.Rule)
}

// TestBritishSilent: without the option, British copy is not checked.
func TestBritishSilent(t *testing.T) {
	linttest.Run(t, "testdata/gb", &lint.Config{Variety: "en-GB"}, title.Rule)
}

// TestAlways: the option checks British copy too.
func TestAlways(t *testing.T) {
	cfg := &lint.Config{Variety: "en-GB", Rules: map[string]lint.RuleConfig{
		"capitalization-title": {Options: map[string]any{"always": true}},
	}}
	linttest.Run(t, "testdata/always", cfg, title.Rule)
}

// TestDetectedVariety: with no config, the article's own spelling decides;
// British copy with one American spelling slipped in (center beside defence
// and organised) keeps British titles and is not checked.
func TestDetectedVariety(t *testing.T) {
	linttest.Run(t, "testdata/detected", nil, title.Rule)
}
