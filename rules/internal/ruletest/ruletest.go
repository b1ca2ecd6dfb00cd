// Package ruletest helps the tests that compare two ways a rule can run (a
// shortcut and the full walk it stands for) on the same articles.
package ruletest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/scratch"
)

// Findings runs check as the body of a rule named name over a plain-text
// article and lists its diagnostics, each as "span message".
func Findings(t testing.TB, name, src string, check func(*lint.Pass)) []string {
	t.Helper()
	doc, err := lint.Parse("article.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	r := &lint.Rule{Name: name, Severity: lint.Warning, Run: func(p *lint.Pass) (any, error) {
		check(p)
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

// Articles returns the texts of the .txt files in dir and of up to n
// articles of the development corpus, when ../shared has it.
func Articles(t testing.TB, dir string, n int) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if dev, ok := corpus.Dev(); ok {
		more, _ := filepath.Glob(filepath.Join(dev, "articles", "*.txt"))
		files = append(files, more[:min(len(more), n)]...)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// Same runs full and shortcut, two ways of checking, over each text and
// fails the test where their findings differ, or when neither finds
// anything in any text (then the comparison proves nothing).
func Same(t *testing.T, name string, texts []string, full, shortcut func(*lint.Pass)) {
	t.Helper()
	found := 0
	for _, s := range texts {
		a, b := Findings(t, name, s, full), Findings(t, name, s, shortcut)
		if !slices.Equal(a, b) {
			t.Errorf("%.60q…: the full check gives %q, the shortcut %q", s, a, b)
		}
		found += len(a)
	}
	if found == 0 {
		t.Error("no finding in any text: the comparison proves nothing")
	}
}

// LongDocument parses line (a line of about tokensPerLine tokens or more)
// repeated scratch.MaxPooled/tokensPerLine+1 times, and fails unless the
// document has more than scratch.MaxPooled tokens: one whose buffers a
// rule puts back by its length (scratch.Pool.PutFor) go to its pools' side
// for long documents. It returns the document and its number of lines.
func LongDocument(t testing.TB, line string, tokensPerLine int) (*lint.Document, int) {
	t.Helper()
	lines := scratch.MaxPooled/tokensPerLine + 1
	doc, err := lint.Parse("long.txt", []byte(strings.Repeat(line, lines)), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(doc.Tokens); n <= scratch.MaxPooled {
		t.Fatalf("the long document has %d tokens, not more than scratch.MaxPooled", n)
	}
	return doc, lines
}

// ServesLongDocuments checks that the values a rule keeps in pool, put
// back by the length of the document they served (scratch.Pool.PutFor),
// serve the next document as long and never a short one. It checks doc
// (made by LongDocument) and then the short text with rules, and asks the
// pool for a short document's value, whose room (room) must be below
// want, and for a long one's, whose room must be want or more, which it
// returns for the caller's further tests. A pool's long side drops a value
// at the second collection after it was put back, so collections stay
// stopped until the test ends. what names the room in messages ("dashes").
func ServesLongDocuments[T any](t *testing.T, pool *scratch.Pool[T], rules []*lint.Rule, doc *lint.Document, short string, room func(*T) int, want int, what string) *T {
	t.Helper()
	old := debug.SetGCPercent(-1)
	t.Cleanup(func() { debug.SetGCPercent(old) })
	n := len(doc.Tokens)
	pool.GetFor(n) // (a pool keeps long documents' values once asked GetFor)
	if _, err := lint.Check(doc, rules, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	// A short document's value, put back as earlier tests leave theirs,
	// may serve the next short document: only the long one's must not.
	sdoc, err := lint.Parse("short.txt", []byte(short), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lint.Check(sdoc, rules, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	if r := room(pool.GetFor(1000)); r >= want {
		t.Fatalf("a short document took the storage of a long one (room for %d %s)", r, what)
	}
	v := pool.GetFor(n)
	if r := room(v); r < want {
		t.Fatalf("the next long document took storage with room for %d %s, not the long one's", r, what)
	}
	return v
}
