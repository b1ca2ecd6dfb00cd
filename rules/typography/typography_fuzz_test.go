package typography_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/typography/apostrophe"
	"github.com/factlint/factlint/rules/typography/dash"
	"github.com/factlint/factlint/rules/typography/quotes"
	"github.com/factlint/factlint/rules/typography/spacing"
)

// FuzzRules runs the four typography rules on arbitrary text, Markdown and
// HTML, seeded with their test articles and the edges their byte-level
// checks read (a hyphen, stop, comma or mark at the very start or end,
// a contraction cut short): they must never panic, and every diagnostic
// and fix must lie within the document.
func FuzzRules(f *testing.F) {
	names, _ := filepath.Glob("*/testdata/*.*")
	for _, n := range names {
		if src, err := os.ReadFile(n); err == nil && len(src) < 4000 && filepath.Ext(n) != ".golden" {
			src, _ = linttest.Prepare(f, src)
			f.Add(string(src), uint8(0))
		}
	}
	for _, s := range []string{"a-I", "ab-I'", "x-that’", "box-yet", "cities-I l", "O‘", "D‘A", "4´s", "4‘", "2′s",
		"ab.I", "ab.A ", "ab,a", "4m,x", "ab.US", "x.PDF", "ab.II", "-", "‘", "U2’s", "1's", "a -- b – c - d"} {
		f.Add(s, uint8(0))
		f.Add("<p>"+s+"</p>", uint8(2))
		f.Add("- "+s, uint8(1))
	}
	rules := []*lint.Rule{apostrophe.Rule, dash.Rule, quotes.Rule, spacing.Rule}
	f.Fuzz(func(t *testing.T, s string, format uint8) {
		name := [...]string{"a.txt", "a.md", "a.html"}[format%3]
		doc, err := lint.Parse(name, []byte(s), lint.FormatOf(name))
		if err != nil {
			return
		}
		diags, err := lint.Check(doc, rules, nil)
		if err != nil {
			t.Fatal(err)
		}
		inside := func(sp lint.Span) bool { return sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(doc.Src) }
		for _, d := range diags {
			if !inside(d.Span) {
				t.Fatalf("%s: span %v outside the document of %d bytes", d.Rule, d.Span, len(doc.Src))
			}
			for _, fx := range d.Fixes {
				for _, e := range fx.Edits {
					if !inside(e.Span) {
						t.Fatalf("%s: edit %v outside the document of %d bytes", d.Rule, e.Span, len(doc.Src))
					}
				}
			}
		}
	})
}
