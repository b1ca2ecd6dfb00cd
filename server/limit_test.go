package server

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// flood is an article with n acute accents for apostrophes, each a
// typography-apostrophe finding with a safe fix.
func flood(n int) string {
	return "Harbour notice\n\n" + strings.TrimSpace(strings.Repeat("The port´s gates. ", n)) + "\n"
}

// TestLintFindingLimit checks that the service limits the findings of a
// rule in an article as the command line does, from the request's config
// or by default, so that its answer stays bounded: the first findings,
// then one that counts the rest. The fixed text applies the fixes of the
// findings returned.
func TestLintFindingLimit(t *testing.T) {
	s := New(testOptions())
	decode := func(body string) LintResponse {
		t.Helper()
		rec, _ := post(t, s, body)
		if rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		var resp LintResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatal(err)
		}
		return resp
	}
	resp := decode(mustJSON(map[string]any{"text": flood(40), "config": map[string]any{"max-findings-per-rule": 5}}))
	if n := len(resp.Diagnostics); n != 6 {
		t.Fatalf("%d findings, want 5 and the summary", n)
	}
	if last := resp.Diagnostics[5]; !strings.HasPrefix(last.Message, "35 more typography-apostrophe findings") || last.Line != 3 || len(last.Fixes) != 0 {
		t.Errorf("summary: %+v", last)
	}
	if got := strings.Count(resp.Fixed, "port's"); got != 5 {
		t.Errorf("fixed text has %d fixes, want the 5 of the findings returned", got)
	}

	n := lint.DefaultMaxFindingsPerRule + 250
	resp = decode(mustJSON(map[string]any{"text": flood(n)}))
	if got := len(resp.Diagnostics); got != lint.DefaultMaxFindingsPerRule+1 {
		t.Fatalf("default limit: %d findings, want %d", got, lint.DefaultMaxFindingsPerRule+1)
	}
	resp = decode(mustJSON(map[string]any{"text": flood(n), "config": "max-findings-per-rule: 0\n"}))
	if got := len(resp.Diagnostics); got != lint.DefaultMaxFindingsPerRule+1 {
		t.Fatalf("a request's 0 (no limit): %d findings, want the service's limit, %d", got, lint.DefaultMaxFindingsPerRule+1)
	}
}

// TestServiceFindingLimit checks Options.MaxFindingsPerRule (serve
// --max-findings-per-rule): a request's config may ask for fewer findings,
// but neither lift the limit (0) nor raise it.
func TestServiceFindingLimit(t *testing.T) {
	opts := testOptions()
	opts.MaxFindingsPerRule = 8
	s := New(opts)
	for _, tc := range []struct {
		config any
		want   int
	}{
		{nil, 8},
		{map[string]any{"max-findings-per-rule": 5}, 5},
		{map[string]any{"max-findings-per-rule": 0}, 8},
		{"max-findings-per-rule: 20\n", 8},
		{map[string]any{"variety": "en-GB"}, 8},
	} {
		req := map[string]any{"text": flood(40)}
		if tc.config != nil {
			req["config"] = tc.config
		}
		rec, _ := post(t, s, mustJSON(req))
		if rec.Code != 200 {
			t.Fatalf("%v: status %d: %s", tc.config, rec.Code, rec.Body)
		}
		var resp LintResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatal(err)
		}
		if got := len(resp.Diagnostics); got != tc.want+1 || !strings.HasPrefix(resp.Diagnostics[got-1].Message, fmt.Sprintf("%d more ", 40-tc.want)) {
			t.Errorf("config %v: %d findings, want %d and the summary", tc.config, got, tc.want)
		}
	}
}
