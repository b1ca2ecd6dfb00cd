package format

import (
	"bufio"
	"io"

	"github.com/factlint/factlint/lint"
)

func init() { Register("short", func(Options) Formatter { return shortFormat{} }) }

// shortFormat prints exactly one line per finding,
// path:line:col: severity: message [rule], which vim's default errorformat
// and VS Code's $gcc problem matcher read. Nothing else is printed.
//
// Columns count UTF-8 bytes, as gcc and go vet print them and as vim's %c
// reads them: a code-point column would put vim's cursor on the wrong
// character of any line with an accent or curly quote before the finding.
type shortFormat struct{}

func (shortFormat) Begin(io.Writer) error { return nil }
func (shortFormat) End(io.Writer) error   { return nil }

func (shortFormat) File(w io.Writer, r *lint.FileResult) error {
	if !printable(r) {
		return nil
	}
	bw := bufio.NewWriter(w)
	path := oneLine(r.Path)
	for _, d := range r.Diags {
		p := position(r.Doc.Lines, clampSpan(d.Span, len(r.Doc.Src)), lint.Bytes)
		writeHeader(bw, path, p, d, nil)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// writeHeader writes "path:line:col: severity: message [rule]" without the
// line end; st colours it when not nil.
func writeHeader(w *bufio.Writer, path string, p pos, d lint.Diagnostic, st *styles) {
	loc := path + ":" + itoa(p.Line) + ":" + itoa(p.Col) + ":"
	sev := severityWord(d.Severity) + ":"
	msg := oneLine(d.Message)
	rule := "[" + oneLine(d.Rule) + "]"
	if st != nil {
		loc = st.loc.Sprint(loc)
		sev = st.severity(d.Severity).Sprint(sev)
		msg = st.message.Sprint(msg)
		rule = st.rule.Sprint(rule)
	}
	w.WriteString(loc)
	w.WriteByte(' ')
	w.WriteString(sev)
	w.WriteByte(' ')
	w.WriteString(msg)
	w.WriteByte(' ')
	w.WriteString(rule)
}
