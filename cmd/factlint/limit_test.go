package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint/format"
)

// TestFindingLimitEveryFormat checks --max-findings-per-rule and the
// config's max-findings-per-rule: every format prints the findings kept
// and the one that counts the rest once, and the exit status is that of
// the findings (1), limited or not.
func TestFindingLimitEveryFormat(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notice.txt")
	text := "Harbour notice\n\n" + strings.Repeat("The port´s gates reopened on Monday. ", 30) + "\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	lint := func(args ...string) (string, int) {
		t.Helper()
		var out, errOut bytes.Buffer
		code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
		if errOut.Len() > 0 {
			t.Fatalf("%v: %s", args, errOut.String())
		}
		return out.String(), code
	}
	const summary = "26 more typography-apostrophe findings in this file not shown"
	for _, name := range format.Names() {
		out, code := lint("--only", "typography-apostrophe", "--format", name, "--max-findings-per-rule", "4", path)
		if code != 1 {
			t.Errorf("%s: exit status %d, want 1", name, code)
		}
		want := 1
		if name == "html" {
			want = 2 // as every finding: the mark's title and the list of findings
		}
		if n := strings.Count(out, summary); n != want {
			t.Errorf("%s: the summary printed %d times, want %d:\n%s", name, n, want, out)
		}
	}
	out, _ := lint("--only", "typography-apostrophe", "--format", "short", "--max-findings-per-rule", "4", path)
	if lines := strings.Count(out, "\n"); lines != 5 {
		t.Errorf("short: %d lines, want 4 findings and the summary:\n%s", lines, out)
	}
	out, _ = lint("--only", "typography-apostrophe", "--format", "short", "--max-findings-per-rule", "0", path)
	if lines := strings.Count(out, "\n"); lines != 30 || strings.Contains(out, "not shown") {
		t.Errorf("no limit: %d lines, want 30", lines)
	}
	// From the config; the flag wins over it.
	if err := os.WriteFile(filepath.Join(dir, ".factlint.yml"), []byte("max-findings-per-rule: 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ = lint("--only", "typography-apostrophe", "--format", "short", path)
	if lines := strings.Count(out, "\n"); lines != 3 || !strings.Contains(out, "28 more") {
		t.Errorf("config limit 2: %d lines:\n%s", lines, out)
	}
	out, _ = lint("--only", "typography-apostrophe", "--format", "short", "--max-findings-per-rule", "4", path)
	if !strings.Contains(out, summary) {
		t.Errorf("the flag should win over the config:\n%s", out)
	}
	var errOut bytes.Buffer
	if code := run(context.Background(), []string{"--max-findings-per-rule", "-1", path}, strings.NewReader(""), &bytes.Buffer{}, &errOut); code != 2 || !strings.Contains(errOut.String(), "0 or more") {
		t.Errorf("--max-findings-per-rule -1: exit %d, %s", code, errOut.String())
	}
	errOut.Reset()
	if code := run(context.Background(), []string{"--max-findings-per-rule", "99999999999999999999", path}, strings.NewReader(""), &bytes.Buffer{}, &errOut); code != 2 || !strings.Contains(errOut.String(), "too large") {
		t.Errorf("--max-findings-per-rule 99999999999999999999: exit %d, %s", code, errOut.String())
	}
	if err := os.WriteFile(filepath.Join(dir, ".factlint.yml"), []byte("max-findings-per-rule: 99999999999999999999\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	errOut.Reset()
	if code := run(context.Background(), []string{path}, strings.NewReader(""), &bytes.Buffer{}, &errOut); code != 2 || !strings.Contains(errOut.String(), "99999999999999999999 is too large") {
		t.Errorf("config max-findings-per-rule: 99999999999999999999: exit %d, %s", code, errOut.String())
	}
}

// TestServeFindingLimitFlag checks that serve refuses a
// --max-findings-per-rule below 1: the service always has a limit.
func TestServeFindingLimitFlag(t *testing.T) {
	for _, v := range []string{"0", "-3"} {
		var errOut bytes.Buffer
		code := run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--max-findings-per-rule", v}, strings.NewReader(""), &bytes.Buffer{}, &errOut)
		if code != 2 || !strings.Contains(errOut.String(), "must be 1 or more") {
			t.Errorf("serve --max-findings-per-rule %s: exit %d, %s", v, code, errOut.String())
		}
	}
}
