package convention_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/title/convention"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, convention.Rule)
}

func TestConfigTitles(t *testing.T) {
	cfg := &lint.Config{Titles: []lint.TitleEntry{{Country: "Canada", Wrong: "Secretary of State", Right: "Foreign Affairs Minister"}}}
	linttest.Run(t, "testdata/config", cfg, convention.Rule)
}

// TestSeed checks the seed article of the project brief: the U.S. "defense
// Minister" of the headline and the "Ministry of Justice" of line 23.
func TestSeed(t *testing.T) {
	src, err := os.ReadFile("../../../seeds/000_cbba7123a7b556d8.txt")
	if err != nil {
		t.Skip("seed not present")
	}
	doc, err := lint.Parse("seed.txt", src, lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, []*lint.Rule{convention.Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, d := range diags {
		line := doc.Lines.Line(d.Span.Start)
		text := string(src[d.Span.Start:d.Span.End])
		got[fmt.Sprintf("%d:%s", line, text)] = true
		if len(d.Fixes) == 0 {
			t.Errorf("line %d %q: no fix offered", line, text)
		}
		t.Logf("%d: %q %s", line, text, d.Message)
	}
	for _, want := range []string{"1:defense Minister", "23:Ministry of Justice"} {
		if !got[want] {
			t.Errorf("seed: %s not reported", want)
		}
	}
	if len(got) > 3 {
		t.Errorf("seed: %d findings, want the headline's (twice) and line 23's", len(got))
	}
}
