package linttest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/lint"
)

// Fuzz is the body of a rule package's fuzz target: it seeds the corpus
// with the test articles that seedGlob matches (their want comments
// removed, .golden files and articles of 4 KB or more left out) and with
// each edge case as plain text, as an HTML paragraph and as a Markdown list
// item, then runs the rules on arbitrary text, Markdown and HTML. No rule
// may panic or fail, and every diagnostic's span and every fix edit must
// lie within the document.
func Fuzz(f *testing.F, seedGlob string, edges []string, rules ...*lint.Rule) {
	names, _ := filepath.Glob(seedGlob)
	for _, n := range names {
		if src, err := os.ReadFile(n); err == nil && len(src) < 4000 && filepath.Ext(n) != ".golden" {
			src, _ = Prepare(f, src)
			f.Add(string(src), uint8(0))
		}
	}
	for _, s := range edges {
		f.Add(s, uint8(0))
		f.Add("<p>"+s+"</p>", uint8(2))
		f.Add("- "+s, uint8(1))
	}
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
