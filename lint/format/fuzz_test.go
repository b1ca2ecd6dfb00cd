package format_test

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/format"
)

// clampOff maps any int into [0, n].
func clampOff(v, n int) int {
	if v < 0 {
		v = -(v + 1)
	}
	return v % (n + 1)
}

// unescapeGitHub reverses GitHub's workflow-command escaping.
func unescapeGitHub(s string) string {
	return strings.NewReplacer("%25", "%", "%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",").Replace(s)
}

// FuzzFormats: any message, any span (clamped into the document), any
// related span and fix give valid JSON, SARIF that validates, one-line
// workflow commands with GitHub's escaping, one rdjsonl object and one short
// line per finding, and never a panic or a terminal escape in text.
func FuzzFormats(f *testing.F) {
	f.Add("Headline\r\n\r\nZoë´s “bridge” 🎉 opened.\r\n", "msg: 100%, done\nnext", "news/a, b.txt", 10, 12, 0, 8, "’", uint8(2))
	f.Add("Title\n\n\tTabs\tand 東京 text\u202e here.\n", "", "x.md", -5, 1<<30, 3, 3, "", uint8(0))
	f.Add("A\rB\rC", "\x1b[31mred\r", "::weird,path::", 0, 0, 1, 5, "a\nb", uint8(3))
	f.Fuzz(func(t *testing.T, src, msg, path string, start, end, relStart, relEnd int, newText string, sev uint8) {
		doc, err := lint.Parse(path, []byte(src), lint.FormatOf(path))
		if err != nil {
			doc, err = lint.Parse(path, []byte("Headline\n\nBody text.\n"), lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
		}
		n := len(doc.Src)
		sp := lint.Span{Start: clampOff(start, n), End: clampOff(end, n)}
		if sp.End < sp.Start {
			sp.Start, sp.End = sp.End, sp.Start
		}
		rel := lint.Span{Start: clampOff(relStart, n), End: clampOff(relEnd, n)}
		if rel.End < rel.Start {
			rel.Start, rel.End = rel.End, rel.Start
		}
		d := lint.Diagnostic{Rule: "typography-apostrophe", Class: "typography", Severity: lint.Severity(sev % 4),
			Span: sp, Message: msg,
			Related: []lint.Related{{Span: rel, Message: msg}},
			Fixes:   []lint.Fix{{Message: msg, Safe: sev%2 == 0, Edits: []lint.Edit{{Span: rel, NewText: newText}}}}}
		results := []*lint.FileResult{{Path: path, Doc: doc, Diags: []lint.Diagnostic{d}}}
		opts := format.Options{Rules: testRules()}

		var js []format.JSONDiagnostic
		if err := json.Unmarshal(render(t, "json", opts, results), &js); err != nil || len(js) != 1 {
			t.Fatalf("json: %v, %d findings", err, len(js))
		}
		if utf8.ValidString(msg) && js[0].Message != msg {
			t.Errorf("json message %q, want %q", js[0].Message, msg)
		}
		if err := sarifError(render(t, "sarif", opts, results)); err != nil {
			t.Fatalf("sarif: %v", err)
		}

		gh := string(render(t, "github", opts, results))
		if strings.Count(gh, "\n") != 1 || !strings.HasSuffix(gh, "\n") || strings.ContainsRune(gh, '\r') {
			t.Fatalf("github: not one line: %q", gh)
		}
		gh = strings.TrimSuffix(gh, "\n")
		cmd, rest, ok := strings.Cut(gh, " ")
		if !ok || (cmd != "::error" && cmd != "::warning" && cmd != "::notice") {
			t.Fatalf("github: bad command %q", gh)
		}
		props, data, ok := strings.Cut(rest, "::")
		if !ok {
			t.Fatalf("github: no :: before the message: %q", gh)
		}
		if got := unescapeGitHub(data); got != msg {
			t.Errorf("github message unescapes to %q, want %q", got, msg)
		}
		var file string
		for _, kv := range strings.Split(props, ",") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || strings.ContainsAny(v, ":,\r\n") {
				t.Fatalf("github: property %q not escaped in %q", kv, gh)
			}
			if k == "file" {
				file = unescapeGitHub(v)
			}
		}
		if file != path {
			t.Errorf("github file=%q, want %q", file, path)
		}

		rd := render(t, "rdjsonl", opts, results)
		lines := bytes.Split(bytes.TrimSuffix(rd, []byte("\n")), []byte("\n"))
		if len(lines) != 1 || !json.Valid(lines[0]) {
			t.Fatalf("rdjsonl: want one JSON line, got %q", rd)
		}
		var rdd format.RDDiagnostic
		if err := json.Unmarshal(lines[0], &rdd); err != nil || rdd.Location.Range.Start.Line < 1 || rdd.Location.Range.Start.Column < 1 {
			t.Fatalf("rdjsonl: %v %+v", err, rdd)
		}

		short := string(render(t, "short", opts, results))
		if strings.Count(short, "\n") != 1 || !strings.HasSuffix(short, "\n") || strings.ContainsRune(short, '\r') {
			t.Fatalf("short: not one line: %q", short)
		}
		text := string(render(t, "text", opts, results))
		// text counts columns in code points, short in bytes (for vim):
		// apart from the column, text's first line is the short line.
		if firstLine, _, _ := strings.Cut(text, "\n"); dropColumn(firstLine) != dropColumn(strings.TrimSuffix(short, "\n")) {
			t.Errorf("text does not start with the short line:\n%s\n%s", text, short)
		}
		if strings.ContainsAny(text, "\x1b\r") {
			t.Errorf("text prints a control character: %q", text)
		}
	})
}

// dropColumn removes the column from "path:line:col: rest", looking for the
// first ":digits:digits:" group after the path.
func dropColumn(s string) string {
	return columnRe.ReplaceAllString(s, ":$1:")
}

var columnRe = regexp.MustCompile(`:(\d+):\d+:`)
