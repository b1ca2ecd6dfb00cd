package format_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/format"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// myFormats are the formats this package's golden tests cover (html has its own).
var myFormats = []string{"text", "short", "json", "sarif", "github", "rdjsonl"}

// The test articles are invented copy: curly quotes, accented names, an
// emoji, CJK characters, a tab, CRLF line ends.
const bridgeArticle = "Mayor Zoë Brontë opens the new harbour bridge\r\n" +
	"\r\n" +
	"Crowds cheered as Mayor Zoë Brontë cut the ribbon on Saturday. “It’s a bridge for\r\n" +
	"everyone,” she said 🎉 before the first tram crossed.\r\n" +
	"\r\n" +
	"The €40m crossing, designed by Søren Ågård, took three years to build. Bronte´s office\r\n" +
	"said the the tolls would be scrapped.\r\n" +
	"\r\n" +
	"\tCouncillor José Núñez said: “We waited 30% longer, but it was worth it.”\r\n"

const festivalArticle = "---\ntitle: Festival ends\n---\n\n" +
	"The 🎉 festival in 東京 closed on Sunday, said Zoë´s aide.\n"

var testDoc = "## What it does\nFinds %s.\n\n## Why it matters\nReaders notice.\n\n## Example\nx\n\n## Use instead\ny\n\n## Options\nNone.\n\n## Fix safety\nSafe.\n"

func testRules() []*lint.Rule {
	run := func(*lint.Pass) (any, error) { return nil, nil }
	mk := func(name, summary string, sev lint.Severity) *lint.Rule {
		return &lint.Rule{Name: name, Summary: summary, Doc: strings.Replace(testDoc, "%s", summary, 1), Severity: sev, Run: run}
	}
	return []*lint.Rule{
		mk("typography-apostrophe", "an accent or backtick used as an apostrophe", lint.Warning),
		mk("repetition-word", "a word typed twice", lint.Error),
		mk("name-variant", "a name spelt two ways", lint.Warning),
		mk("typography-percent", "per cent written as a sign", lint.Info),
		{Name: "model-entities", Summary: "the entity model", Doc: testDoc, ResultOnly: true, Run: run},
	}
}

// span finds the nth (0-based) occurrence of sub in src.
func span(t testing.TB, src, sub string, nth int) lint.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(src[off:], sub)
		if j < 0 {
			t.Fatalf("%q: occurrence %d not found", sub, nth)
		}
		if i == nth {
			return lint.Span{Start: off + j, End: off + j + len(sub)}
		}
		off += j + len(sub)
	}
}

func parse(t testing.TB, path, src string) *lint.Document {
	t.Helper()
	doc, err := lint.Parse(path, []byte(src), lint.FormatOf(path))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// testResults is a fixed run over three files: one with five findings, one
// with one, one that could not be read, and one clean file.
func testResults(t testing.TB) []*lint.FileResult {
	a := bridgeArticle
	bronte := span(t, a, "Bronte", 0)
	tt := span(t, a, "the the tolls", 0)
	the := lint.Span{Start: tt.Start + 3, End: tt.Start + 7} // " the": the second "the" with its space
	multi := lint.Span{Start: span(t, a, "cut the ribbon", 0).Start, End: span(t, a, "crossed.", 0).End}
	bridge := []lint.Diagnostic{
		{Rule: "typography-percent", Class: "typography", Severity: lint.Info,
			Span:    span(t, a, "“It’s a bridge", 0),
			Message: "a quotation that runs over two lines,\nkept as one: 100% so, col:1,2"},
		{Rule: "name-variant", Class: "name", Severity: lint.Warning,
			Span:    bronte,
			Message: "“Bronte” is spelt “Brontë” elsewhere",
			Related: []lint.Related{
				{Span: span(t, a, "Brontë", 0), Message: "“Brontë” in the headline"},
				{Span: span(t, a, "Brontë", 1), Message: "and here"},
			},
			Fixes: []lint.Fix{{Message: "Use “Brontë” as in the headline", Edits: []lint.Edit{{Span: bronte, NewText: "Brontë"}}, Safe: false}}},
		{Rule: "typography-apostrophe", Class: "typography", Severity: lint.Warning,
			Span:    span(t, a, "´", 0),
			Message: "´ (acute accent) is used as an apostrophe; write ’",
			Fixes:   []lint.Fix{{Message: "Replace with ’", Edits: []lint.Edit{{Span: span(t, a, "´", 0), NewText: "’"}}, Safe: true}}},
		{Rule: "repetition-word", Class: "repetition", Severity: lint.Error,
			Span:    lint.Span{Start: the.Start + 1, End: the.End},
			Message: "“the” is typed twice",
			Related: []lint.Related{{Span: lint.Span{Start: tt.Start, End: tt.Start + 3}, Message: "the first “the”"}},
			Fixes:   []lint.Fix{{Message: "Delete the second “the”", Edits: []lint.Edit{{Span: the, NewText: ""}}, Safe: true}}},
		{Rule: "typography-percent", Class: "typography", Severity: lint.Info,
			Span:    lint.Span{Start: span(t, a, "30%", 0).Start, End: span(t, a, "30%", 0).End},
			Message: "write “30 per cent” in running text",
			Fixes: []lint.Fix{{Message: "Write “per cent”", Safe: true, Edits: []lint.Edit{
				{Span: span(t, a, "%", 0), NewText: " per cent"}}}}},
		{Rule: "repetition-word", Class: "repetition", Severity: lint.Error,
			Span:    multi,
			Message: "a span over two lines",
		},
	}
	b := festivalArticle
	festival := []lint.Diagnostic{
		{Rule: "typography-apostrophe", Class: "typography", Severity: lint.Warning,
			Span:    span(t, b, "´", 0),
			Message: "´ (acute accent) is used as an apostrophe; write ’",
			Fixes:   []lint.Fix{{Message: "Replace with ’", Edits: []lint.Edit{{Span: span(t, b, "´", 0), NewText: "’"}}, Safe: true}}},
	}
	return []*lint.FileResult{
		{Path: "news/bridge, harbour.txt", Doc: parse(t, "news/bridge, harbour.txt", a), Diags: lint.SortDiagnostics(bridge)},
		{Path: "news/broken.txt", Err: errors.New("invalid UTF-8 at line 1, column 3")},
		{Path: "news/clean.txt", Doc: parse(t, "news/clean.txt", "Nothing to see\r\n\r\nAll is well.\r\n")},
		{Path: "news/festival.md", Doc: parse(t, "news/festival.md", b), Diags: festival},
	}
}

func render(t testing.TB, name string, opts format.Options, results []*lint.FileResult) []byte {
	t.Helper()
	fac, ok := format.Get(name)
	if !ok {
		t.Fatalf("format %q is not registered", name)
	}
	f := fac(opts)
	var buf bytes.Buffer
	if err := f.Begin(&buf); err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if err := f.File(&buf, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.End(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", file)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./lint/format -update rewrites it)\n--- got ---\n%s\n--- want ---\n%s", file, got, want)
	}
}

func TestGolden(t *testing.T) {
	opts := format.Options{Rules: testRules(), Version: "1.2.3-test"}
	for _, name := range myFormats {
		t.Run(name, func(t *testing.T) {
			results := testResults(t)
			got := render(t, name, opts, results)
			golden(t, name+".golden", got)
			again := render(t, name, opts, testResults(t))
			if !bytes.Equal(got, again) {
				t.Errorf("%s output differs between two runs over the same results", name)
			}
		})
	}
	t.Run("text-color", func(t *testing.T) {
		o := opts
		o.Color = true
		golden(t, "text-color.golden", render(t, "text", o, testResults(t)))
	})
}

func TestEmptyRun(t *testing.T) {
	opts := format.Options{Rules: testRules()}
	clean := []*lint.FileResult{{Path: "a.txt", Doc: parse(t, "a.txt", "Headline\n\nBody.\n")}}
	want := map[string]string{"text": "", "short": "", "json": "[]\n", "github": "", "rdjsonl": ""}
	for name, w := range want {
		if got := string(render(t, name, opts, clean)); got != w {
			t.Errorf("%s on a clean run = %q, want %q", name, got, w)
		}
	}
	out := render(t, "sarif", opts, clean)
	validateSARIF(t, out)
	var log struct {
		Runs []struct {
			Results []any `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out, &log); err != nil || len(log.Runs) != 1 || log.Runs[0].Results == nil || len(log.Runs[0].Results) != 0 {
		t.Errorf("sarif on a clean run: want one run with an empty results array, got %s (%v)", out, err)
	}
}

func TestNoColorCodesWithoutColor(t *testing.T) {
	for _, name := range myFormats {
		if out := render(t, name, format.Options{Rules: testRules()}, testResults(t)); bytes.Contains(out, []byte("\x1b[")) {
			t.Errorf("%s prints colour codes without Options.Color", name)
		}
	}
	if out := render(t, "text", format.Options{Color: true}, testResults(t)); !bytes.Contains(out, []byte("\x1b[")) {
		t.Error("text prints no colour with Options.Color")
	}
}

// TestShortOneLinePerFinding checks the contract vim and VS Code rely on.
func TestShortOneLinePerFinding(t *testing.T) {
	results := testResults(t)
	n := 0
	for _, r := range results {
		n += len(r.Diags)
	}
	out := string(render(t, "short", format.Options{}, results))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != n {
		t.Fatalf("short printed %d lines for %d findings:\n%s", len(lines), n, out)
	}
	for _, l := range lines {
		if strings.ContainsAny(l, "\r") || !strings.HasPrefix(l, "news/") || !strings.HasSuffix(l, "]") {
			t.Errorf("short line not of the form path:line:col: severity: message [rule]: %q", l)
		}
	}
}

// TestJSONMatchesPositions checks json columns against the line table and
// the text the gold files of the corpus would cut with Python slicing.
func TestJSONMatchesPositions(t *testing.T) {
	results := testResults(t)
	var got []format.JSONDiagnostic
	if err := json.Unmarshal(render(t, "json", format.Options{}, results), &got); err != nil {
		t.Fatal(err)
	}
	var want []lint.Diagnostic
	var srcs []string
	for _, r := range results {
		if r.Doc != nil {
			for _, d := range r.Diags {
				want = append(want, d)
				srcs = append(srcs, string(r.Doc.Src))
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("json has %d findings, want %d", len(got), len(want))
	}
	for i, g := range got {
		d := want[i]
		if g.Line != g.EndLine {
			continue
		}
		lines := strings.Split(strings.ReplaceAll(srcs[i], "\r\n", "\n"), "\n")
		runes := []rune(lines[g.Line-1])
		cut := string(runes[g.Column-1 : g.EndColumn-1])
		if wantText := srcs[i][d.Span.Start:d.Span.End]; cut != wantText {
			t.Errorf("json %s at %d:%d-%d cuts %q, the span is %q", g.Rule, g.Line, g.Column, g.EndColumn, cut, wantText)
		}
	}
}
