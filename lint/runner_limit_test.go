package lint

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunnerFixesPastTheLimit checks that --fix of a file with more
// findings than the limit fixes them all, the ones left out of the report
// too, in one run (a second --fix is a no-op), and that the report of a
// file it did not fix is limited.
func TestRunnerFixesPastTheLimit(t *testing.T) {
	const n, limit = 1500, 40
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	src := []byte(tickFlood(n))
	if err := os.WriteFile(p, src, 0o644); err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{testTick}
	cfg := limitConfig(limit)
	run := func(fix FixMode) *Result {
		t.Helper()
		rn := &Runner{Rules: rules, Fix: fix, ConfigFor: func(string) (*Config, error) { return cfg, nil }}
		var res *Result
		if err := rn.Run(t.Context(), []Input{{Path: p}}, func(r *Result) { res = r }); err != nil {
			t.Fatal(err)
		}
		if res.Err != nil || res.FixErr != nil {
			t.Fatal(res.Err, res.FixErr)
		}
		return res
	}
	// Without fixing: the limit and the summary.
	res := run(FixNone)
	if len(res.Diags) != limit+1 || !strings.Contains(res.Diags[limit].Message, "1460 more") {
		t.Fatalf("report: %d findings, last %q", len(res.Diags), res.Diags[len(res.Diags)-1].Message)
	}
	// --diff shows every fix.
	res = run(FixDiff)
	want := bytes.ReplaceAll(src, []byte("`"), []byte("'"))
	if !bytes.Equal(res.Fixed, want) {
		t.Fatalf("--diff fixed %d backticks of %d", n-bytes.Count(res.Fixed, []byte("`")), n)
	}
	// --fix writes them all; nothing is left to report or fix.
	res = run(FixWrite)
	got, _ := os.ReadFile(p)
	if !res.Written || !bytes.Equal(got, want) || len(res.Diags) != 0 {
		t.Fatalf("--fix: written %v, %d backticks left, %d findings", res.Written, bytes.Count(got, []byte("`")), len(res.Diags))
	}
	if res = run(FixWrite); res.Written || res.Fixed != nil {
		t.Error("a second --fix changed the file again")
	}
}

// TestRunnerFixReportLimited checks that the findings left after fixing
// are limited too (here unsafe ones, which --fix does not apply).
func TestRunnerFixReportLimited(t *testing.T) {
	const limit = 10
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	src := "Harbour notice\n\n" + strings.Repeat("The the harbour reopened. ", 300) + "\n"
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := limitConfig(limit)
	rn := &Runner{Rules: []*Rule{testDouble, testTick}, Fix: FixWrite, ConfigFor: func(string) (*Config, error) { return cfg, nil }}
	var res *Result
	if err := rn.Run(t.Context(), []Input{{Path: p}}, func(r *Result) { res = r }); err != nil {
		t.Fatal(err)
	}
	if len(res.Diags) != limit+1 || !strings.HasPrefix(res.Diags[limit].Message, "290 more repetition-test-double findings") {
		t.Fatalf("%d findings, last %q", len(res.Diags), res.Diags[len(res.Diags)-1].Message)
	}
	if res.Diags[limit].Severity != Error {
		t.Errorf("summary severity %v, want error", res.Diags[limit].Severity)
	}
}
