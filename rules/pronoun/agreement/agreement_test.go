package agreement_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/lint"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/pronoun/agreement"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, agreement.Rule)
}

// TestLikelyAntecedent checks the related span: in the seed, the "she" that
// stands for a country points at Russia, named in its own sentence, not at
// the dateline's Washington.
func TestLikelyAntecedent(t *testing.T) {
	src, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	src, _ = linttest.Prepare(t, src)
	doc, err := lint.Parse("seed.txt", src, lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, []*lint.Rule{agreement.Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range diags {
		if string(doc.Src[d.Span.Start:d.Span.End]) != "she" {
			continue
		}
		found = true
		if len(d.Related) == 0 {
			t.Fatalf("no related span on %q", d.Message)
		}
		if got := string(doc.Src[d.Related[0].Span.Start:d.Related[0].Span.End]); got != "Russia" {
			t.Errorf("likely antecedent = %q, want Russia (%s)", got, d.Message)
		}
	}
	if !found {
		t.Fatal("the seed's she is not reported")
	}
}

// FuzzRule runs the rule on arbitrary text, Markdown and HTML, seeded with
// the test articles and sentences the speaker resolver reads closely: it
// must never panic, and every diagnostic must lie within the document.
func FuzzRule(f *testing.F) {
	names, _ := filepath.Glob("testdata/*")
	for _, n := range names {
		if src, err := os.ReadFile(n); err == nil && len(src) < 4000 {
			src, _ = linttest.Prepare(f, src)
			f.Add(string(src), uint8(0))
		}
	}
	for _, s := range []string{"said he", "he", "\n\n\nLiu said he\n", "Ms Liu said that he", "A\n\nMs Grace Liu told reporters he",
		"Ms Grace Liu, who, said he", "Ms Grace Liu's, said he hoped", "The head teacher who\n\nMs Grace Liu said he hoped she"} {
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
		diags, err := lint.Check(doc, []*lint.Rule{agreement.Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range diags {
			if d.Span.Start < 0 || d.Span.End > len(doc.Src) || d.Span.Start > d.Span.End {
				t.Fatalf("span %v outside the document of %d bytes", d.Span, len(doc.Src))
			}
		}
	})
}
