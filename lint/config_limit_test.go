package lint

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestParseConfigFindingLimit reads max-findings-per-rule: a whole number,
// 0 for no limit; left out, the default.
func TestParseConfigFindingLimit(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"variety: en-GB\n", DefaultMaxFindingsPerRule},
		{"max-findings-per-rule: 25\n", 25},
		{"max-findings-per-rule: 0\n", 0},
		{"max-findings-per-rule:\n", DefaultMaxFindingsPerRule}, // commented out
	} {
		cfg, err := ParseConfig("c.yml", []byte(tc.src), testRules())
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		if got := cfg.FindingLimit(); got != tc.want {
			t.Errorf("%q: limit %d, want %d", tc.src, got, tc.want)
		}
	}
	for _, tc := range []struct{ src, want string }{
		{"max-findings-per-rule: -1\n", `c.yml:1: max-findings-per-rule must be 0 (no limit) or more, not -1`},
		{"max-findings-per-rule: lots\n", `c.yml:1: max-findings-per-rule must be a whole number, not "lots"`},
		{"max-findings-per-rule: 2.5\n", `c.yml:1: max-findings-per-rule must be a whole number`},
		{"max-findings-per-rule: 99999999999999999999\n", fmt.Sprintf("c.yml:1: max-findings-per-rule: 99999999999999999999 is too large (at most %d)", math.MaxInt)},
		{"max-findings-per-rule: -99999999999999999999\n", `c.yml:1: max-findings-per-rule: -99999999999999999999 is too small`},
		{"max-finding-per-rule: 5\n", `c.yml:1: unknown key "max-finding-per-rule" (did you mean "max-findings-per-rule"?)`},
	} {
		_, err := ParseConfig("c.yml", []byte(tc.src), testRules())
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q:\n got %v\nwant %s", tc.src, err, tc.want)
		}
	}
}

// TestWithFindingLimit checks that WithFindingLimit sets the limit on a
// copy, of nil as of a config.
func TestWithFindingLimit(t *testing.T) {
	if got := (*Config)(nil).WithFindingLimit(7).FindingLimit(); got != 7 {
		t.Errorf("nil config: limit %d, want 7", got)
	}
	five := 5
	cfg := &Config{MaxFindingsPerRule: &five, Variety: "en-GB"}
	c := cfg.WithFindingLimit(0)
	if c.FindingLimit() != 0 || c.Variety != "en-GB" {
		t.Errorf("copy: limit %d, variety %q; want 0, en-GB", c.FindingLimit(), c.Variety)
	}
	if cfg.FindingLimit() != 5 {
		t.Errorf("the config itself changed: limit %d, want 5", cfg.FindingLimit())
	}
}
