package agreement_test

import (
	"os"
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
// must never panic, and every diagnostic and fix must lie within the
// document.
func FuzzRule(f *testing.F) {
	linttest.Fuzz(f, "testdata/*", []string{"said he", "he", "\n\n\nLiu said he\n", "Ms Liu said that he", "A\n\nMs Grace Liu told reporters he",
		"Ms Grace Liu, who, said he", "Ms Grace Liu's, said he hoped", "The head teacher who\n\nMs Grace Liu said he hoped she"}, agreement.Rule)
}
