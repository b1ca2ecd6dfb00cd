package consistency_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/capitalization/consistency"
)

// FuzzRule runs capitalization-consistency on arbitrary text, Markdown and
// HTML, seeded with the test articles and the edges its neighbour reads
// meet (a bracket or honorific at either end, a name cut short, a place
// word alone): no panic, and every span and fix edit within the document.
func FuzzRule(f *testing.F) {
	names, _ := filepath.Glob("testdata/*.txt")
	for _, n := range names {
		if src, err := os.ReadFile(n); err == nil && len(src) < 4000 {
			src, _ = linttest.Prepare(f, src)
			f.Add(string(src), uint8(0))
		}
	}
	for _, s := range []string{"(MPC)", "a (AB)", "A b C (ABC)", "x mr", "mr. A", "Sir john", "the A b Office",
		"South africa", "united", "x united States", "Liam hughes", "the foreign Secretary", "& b (B)", "(Bs)",
		"A\n\nb C (BC)", "tel Aviv", "new"} {
		f.Add(s, uint8(0))
		f.Add("<p>"+s+"</p>", uint8(2))
		f.Add("# H\n\n"+s, uint8(1))
	}
	rules := []*lint.Rule{consistency.Rule}
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
