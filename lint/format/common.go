package format

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

// ToolName and ToolURI name factlint in the formats that describe the tool.
const (
	ToolName = "factlint"
	ToolURI  = "https://github.com/factlint/factlint"
)

// oneLine makes s safe for a line-oriented format: every line end (CRLF, LF,
// CR, U+2028, U+2029, NEL) becomes one space, and other control characters
// (which could drive a terminal) become U+FFFD. Tabs stay. Invalid UTF-8 is
// replaced. It returns s itself when nothing needs to change.
func oneLine(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || (r != '\t' && unicode.IsControl(r)) || r == '\u2028' || r == '\u2029' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			b.WriteByte(' ')
			n = 2
		case r == '\r', r == '\n', r == '\u0085', r == '\u2028', r == '\u2029':
			b.WriteByte(' ')
		case r == '\t':
			b.WriteByte('\t')
		case r == utf8.RuneError, unicode.IsControl(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// clampSpan keeps a span inside src, with Start <= End.
func clampSpan(sp lint.Span, n int) lint.Span {
	if sp.Start < 0 {
		sp.Start = 0
	}
	if sp.Start > n {
		sp.Start = n
	}
	if sp.End < sp.Start {
		sp.End = sp.Start
	}
	if sp.End > n {
		sp.End = n
	}
	return sp
}

// pos is a resolved span: 1-based start and end (end exclusive) positions.
type pos struct {
	Line, Col, EndLine, EndCol int
}

func position(lt *lint.LineTable, sp lint.Span, unit lint.ColumnUnit) pos {
	s, e := lt.Position(sp.Start, unit), lt.Position(sp.End, unit)
	if e.Line < s.Line || (e.Line == s.Line && e.Column < s.Column) {
		e = s
	}
	return pos{s.Line, s.Column, e.Line, e.Column}
}

// severityWord is the severity as printed; unknown severities print as warning.
func severityWord(s lint.Severity) string {
	switch s {
	case lint.Error, lint.Warning, lint.Info:
		return s.String()
	}
	return lint.Warning.String()
}

// printable reports whether a result has a document to print diagnostics against.
func printable(r *lint.FileResult) bool {
	return r != nil && r.Err == nil && r.Doc != nil && r.Doc.Lines != nil
}
