package unintroduced

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestFindingWords: the messages joined from their parts read as the
// fmt.Sprintf formats they replace, for every finding of the test articles
// and of a page whose names go beyond ASCII.
func TestFindingWords(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	type article struct{ name, src string }
	var articles []article
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		clean, _ := linttest.Prepare(t, src) // the test's own notes, not the article's
		articles = append(articles, article{f, string(clean)})
	}
	articles = append(articles, article{"beyond ASCII", "Talks resume\n\nJosé Ñúñez Bérénger, the envoy, arrived on Monday. " +
		"Officials said Berenjer would meet the minister. \"We will see,\" said Bérénjer.\n"})
	var n, beyondASCII int
	for _, a := range articles {
		doc, err := lint.Parse(a.name, []byte(a.src), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		diags, err := lint.Check(doc, []*lint.Rule{entities.Rule, Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range diags {
			if d.Rule != Rule.Name {
				continue
			}
			n++
			if len(d.Related) != 1 || len(d.Fixes) != 1 || len(d.Fixes[0].Edits) != 1 {
				t.Fatalf("%s: finding %q has related %+v and fixes %+v, want one of each", a.name, d.Message, d.Related, d.Fixes)
			}
			word, surname := a.src[d.Span.Start:d.Span.End], d.Fixes[0].Edits[0].NewText
			name, ok := strings.CutSuffix(d.Related[0].Message, " is introduced here")
			if !ok {
				t.Fatalf("%s: related %q", a.name, d.Related[0].Message)
			}
			if strings.IndexFunc(word+surname+name, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
				beyondASCII++
			}
			line := doc.Lines.Line(d.Related[0].Span.Start)
			msg := fmt.Sprintf("%q is not introduced by full name; it is probably %s (line %d)", word, name, line)
			fix := fmt.Sprintf("Use %q as on line %d", surname, line)
			if d.Message != msg || d.Fixes[0].Message != fix {
				t.Errorf("%s: finding %q with fix %q, want %q with %q", a.name, d.Message, d.Fixes[0].Message, msg, fix)
			}
		}
	}
	if n < 3 || beyondASCII == 0 {
		t.Errorf("%d findings, %d beyond ASCII: want some of each", n, beyondASCII)
	}
}
