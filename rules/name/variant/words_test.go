package variant

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
// fmt.Sprintf formats they replace, for every finding of the test articles,
// those with a reference on a line of the article and the lexical ones.
func TestFindingWords(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lined, lexical, beyondASCII int
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src, _ = linttest.Prepare(t, src) // the test's own notes, not the article's
		doc, err := lint.Parse(f, src, lint.FormatText)
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
			if len(d.Fixes) != 1 || len(d.Fixes[0].Edits) != 1 {
				t.Fatalf("%s: finding %q has fixes %+v, want one edit", f, d.Message, d.Fixes)
			}
			word, ref := string(src[d.Span.Start:d.Span.End]), d.Fixes[0].Edits[0].NewText
			if strings.IndexFunc(word+ref, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
				beyondASCII++
			}
			var msg, related, fix string
			if len(d.Related) == 0 {
				lexical++
				msg, fix = fmt.Sprintf("%q looks like a misspelling of %q", word, ref), fmt.Sprintf("Use %q", ref)
			} else {
				lined++
				line := doc.Lines.Line(d.Related[0].Span.Start)
				msg = fmt.Sprintf("%q looks like a misspelling of %q, as the name is spelt on line %d", word, ref, line)
				related = fmt.Sprintf("spelt %q here", ref)
				fix = fmt.Sprintf("Use %q as on line %d", ref, line)
				if d.Related[0].Message != related {
					t.Errorf("%s: related %q, want %q", f, d.Related[0].Message, related)
				}
			}
			if d.Message != msg || d.Fixes[0].Message != fix {
				t.Errorf("%s: finding %q with fix %q, want %q with %q", f, d.Message, d.Fixes[0].Message, msg, fix)
			}
		}
	}
	if lined == 0 || lexical == 0 || beyondASCII == 0 {
		t.Errorf("%d findings with a line, %d lexical, %d beyond ASCII: want some of each", lined, lexical, beyondASCII)
	}
}
