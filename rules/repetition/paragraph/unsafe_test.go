package paragraph_test

import (
	"os"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/repetition/paragraph"
)

// TestUnsafeFix applies the unsafe fix and checks that the copy goes with
// its blank line, leaving the original in place.
func TestUnsafeFix(t *testing.T) {
	raw, err := os.ReadFile("testdata/headline.txt")
	if err != nil {
		t.Fatal(err)
	}
	src, _ := linttest.Prepare(t, raw)
	doc, err := lint.Parse("headline.txt", src, lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, []*lint.Rule{paragraph.Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || diags[0].Fixes[0].Safe {
		t.Fatalf("want one diagnostic with an unsafe fix, got %+v", diags)
	}
	if safe := lint.FixEdits(diags, false); len(safe) != 0 {
		t.Fatalf("safe fixes applied: %v", safe)
	}
	out, err := lint.ApplyEdits(src, lint.FixEdits(diags, true))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/headline.unsafe")
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(want) {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}
