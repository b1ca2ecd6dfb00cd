package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
)

// findings runs check over src and lists its diagnostics.
func findings(t *testing.T, src string, withApostrophes bool) []string {
	t.Helper()
	doc, err := lint.Parse("a.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	r := &lint.Rule{Name: Rule.Name, Severity: lint.Warning, Run: func(p *lint.Pass) (any, error) {
		check(p, withApostrophes)
		return nil, nil
	}}
	var out []string
	if _, err := lint.RunRule(doc, r, nil, map[*lint.Rule]any{}, func(d lint.Diagnostic) {
		out = append(out, fmt.Sprint(d.Span, " ", d.Message))
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// In copy without curly marks, leaving the apostrophes out changes nothing.
func TestApostrophesNeededOnlyWithCurlyMarks(t *testing.T) {
	texts := []string{
		"It's \"open\n\nDon't stop.\" she said.\n\n\"Yes\" it's \"closed",
		"A \"quote\n\nO'Neill's \"reply\n\n\"Next\"",
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if dev, ok := corpus.Dev(); ok {
		more, _ := filepath.Glob(filepath.Join(dev, "articles", "*.txt"))
		files = append(files, more[:min(len(more), 100)]...)
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, string(b))
	}
	straight := strings.NewReplacer("“", "\"", "”", "\"", "’", "'", "‘", "'")
	reported := 0
	for _, s := range texts {
		s = straight.Replace(s)
		if strings.IndexByte(s, 0xE2) >= 0 {
			continue // another curly character: the shortcut is not taken
		}
		full, short := findings(t, s, true), findings(t, s, false)
		if !slices.Equal(full, short) {
			t.Errorf("%.60q…: with apostrophes %q, without %q", s, full, short)
		}
		reported += len(full)
	}
	if reported == 0 {
		t.Error("no finding in any text: the comparison proves nothing")
	}
}
