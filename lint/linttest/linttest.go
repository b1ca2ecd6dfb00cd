// Package linttest runs rules over test articles with inline expectations.
//
// A test article is a real-looking article (.txt, .md or .html) in a rule's
// testdata folder. An expectation sits at the end of the line it is about:
//
//	Mathis´s remarks came after Trump … // want typography-apostrophe:"´"
//
// Each `rule:"text"` pair says that the rule reports a diagnostic on that
// line whose span covers exactly text. Several pairs may follow one `// want`.
// The harness cuts the `// want …` comment off before linting, so line
// numbers and the columns before it are unchanged. The test fails on a
// diagnostic that no expectation matches and on an expectation that nothing
// matched. When NAME.golden exists beside NAME.txt, the article with its
// safe fixes applied must equal it.
package linttest

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

var wantRe = regexp.MustCompile(`([a-z]+(?:-[a-z0-9]+)+):("(?:[^"\\]|\\.)*")`)

type expectation struct {
	line    int
	rule    string
	text    string
	matched bool
}

// Prepare cuts the `// want` comments off src and returns the clean source
// and the expectations.
func Prepare(t testing.TB, src []byte) ([]byte, []*expectation) {
	var out bytes.Buffer
	var exps []*expectation
	lines := bytes.SplitAfter(src, []byte("\n"))
	for i, l := range lines {
		k := bytes.Index(l, []byte(" // want "))
		if k < 0 {
			out.Write(l)
			continue
		}
		rest := string(bytes.TrimRight(l[k+len(" // want "):], "\r\n"))
		ms := wantRe.FindAllStringSubmatch(rest, -1)
		if len(ms) == 0 {
			t.Fatalf("line %d: malformed want comment %q", i+1, rest)
		}
		for _, m := range ms {
			text, err := strconv.Unquote(m[2])
			if err != nil {
				t.Fatalf("line %d: bad quoted text %s: %v", i+1, m[2], err)
			}
			exps = append(exps, &expectation{line: i + 1, rule: m[1], text: text})
		}
		out.Write(l[:k])
		if bytes.HasSuffix(l, []byte("\r\n")) {
			out.WriteString("\r\n")
		} else if bytes.HasSuffix(l, []byte("\n")) {
			out.WriteString("\n")
		}
	}
	return out.Bytes(), exps
}

// Run lints every article in dir (files ending .txt, .md, .html) with the
// given rules (and the rules they require) and checks the expectations.
// Only diagnostics of the listed rules are compared.
func Run(t *testing.T, dir string, cfg *lint.Config, rules ...*lint.Rule) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		switch filepath.Ext(f) {
		case ".txt", ".md", ".html":
		default:
			continue
		}
		n++
		f := f
		t.Run(filepath.Base(f), func(t *testing.T) { RunFile(t, f, cfg, rules...) })
	}
	if n == 0 {
		t.Fatalf("no test articles in %s", dir)
	}
}

// RunFile checks one test article.
func RunFile(t *testing.T, path string, cfg *lint.Config, rules ...*lint.Rule) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src, exps := Prepare(t, raw)
	doc, err := lint.Parse(path, src, lint.FormatOf(path))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	diags, err := lint.Check(doc, rules, cfg)
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	under := map[string]bool{}
	for _, r := range rules {
		under[r.Name] = true
		noDuplicates(t, doc, r, cfg)
	}
	for _, d := range diags {
		if !under[d.Rule] {
			continue
		}
		line := doc.Lines.Line(d.Span.Start)
		text := string(doc.Src[d.Span.Start:d.Span.End])
		found := false
		for _, e := range exps {
			if !e.matched && e.line == line && e.rule == d.Rule && e.text == text {
				e.matched, found = true, true
				break
			}
		}
		if !found {
			p := doc.Lines.Position(d.Span.Start, lint.CodePoints)
			t.Errorf("%s:%d:%d: unexpected %s:%q: %s", filepath.Base(path), p.Line, p.Column, d.Rule, text, d.Message)
		}
	}
	for _, e := range exps {
		if !e.matched {
			t.Errorf("%s:%d: expected %s:%q, not reported", filepath.Base(path), e.line, e.rule, e.text)
		}
	}
	golden := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden"
	if want, err := os.ReadFile(golden); err == nil {
		fixed, err := lint.ApplyEdits(doc.Src, lint.FixEdits(filterRules(diags, under), false))
		if err != nil {
			t.Fatalf("applying fixes: %v", err)
		}
		if !bytes.Equal(fixed, want) {
			t.Errorf("%s: fixed text differs from %s:\n got: %s\nwant: %s", filepath.Base(path), filepath.Base(golden), fixed, want)
		}
	}
}

// noDuplicates fails the test when rule r reports one finding twice (same
// span and message): Check removes exact duplicates, but past the limit on
// findings it cannot tell a finding left out from the same one reported
// again, and counts it twice.
func noDuplicates(t *testing.T, doc *lint.Document, r *lint.Rule, cfg *lint.Config) {
	t.Helper()
	if r.ResultOnly || (cfg != nil && !cfg.RuleEnabled(r)) {
		return
	}
	results, err := lint.RuleResults(doc, r.Requires, cfg)
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	type key struct {
		span    lint.Span
		message string
	}
	seen := map[key]bool{}
	_, err = lint.RunRule(doc, r, cfg, results, func(d lint.Diagnostic) {
		k := key{d.Span, d.Message}
		if seen[k] {
			p := doc.Lines.Position(d.Span.Start, lint.CodePoints)
			t.Errorf("%s:%d:%d: %s reports %q twice: %s", filepath.Base(doc.Path), p.Line, p.Column, r.Name, doc.Src[d.Span.Start:d.Span.End], d.Message)
		}
		seen[k] = true
	})
	if err != nil {
		t.Fatalf("check: %v", err)
	}
}

func filterRules(ds []lint.Diagnostic, keep map[string]bool) []lint.Diagnostic {
	var out []lint.Diagnostic
	for _, d := range ds {
		if keep[d.Rule] {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}
