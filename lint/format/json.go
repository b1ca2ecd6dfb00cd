package format

import (
	"encoding/json"
	"io"

	"github.com/factlint/factlint/lint"
)

func init() { Register("json", func(Options) Formatter { return &jsonFormat{} }) }

// JSONDiagnostic is one finding in the json format.
type JSONDiagnostic struct {
	Path      string        `json:"path"`
	Line      int           `json:"line"`
	Column    int           `json:"column"`
	EndLine   int           `json:"end_line"`
	EndColumn int           `json:"end_column"`
	Rule      string        `json:"rule"`
	Class     string        `json:"class"`
	Severity  string        `json:"severity"`
	Message   string        `json:"message"`
	Related   []JSONRelated `json:"related"`
	Fixes     []JSONFix     `json:"fixes"`
}

// JSONRelated is a related span.
type JSONRelated struct {
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Message   string `json:"message"`
}

// JSONFix is a suggested fix.
type JSONFix struct {
	Message string     `json:"message"`
	Safe    bool       `json:"safe"`
	Edits   []JSONEdit `json:"edits"`
}

// JSONEdit is one text edit.
type JSONEdit struct {
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	NewText   string `json:"new_text"`
}

// JSONDiagnostics converts one file's diagnostics (columns in code points).
func JSONDiagnostics(r *lint.FileResult) []JSONDiagnostic {
	out := make([]JSONDiagnostic, 0, len(r.Diags))
	for i := range r.Diags {
		out = append(out, jsonDiagnostic(r, &r.Diags[i]))
	}
	return out
}

// jsonDiagnostic converts one diagnostic of r.
func jsonDiagnostic(r *lint.FileResult, d *lint.Diagnostic) JSONDiagnostic {
	lt := r.Doc.Lines
	s, e := lt.Position(d.Span.Start, lint.CodePoints), lt.Position(d.Span.End, lint.CodePoints)
	jd := JSONDiagnostic{Path: r.Path, Line: s.Line, Column: s.Column, EndLine: e.Line, EndColumn: e.Column,
		Rule: d.Rule, Class: d.Class, Severity: d.Severity.String(), Message: d.Message,
		Related: []JSONRelated{}, Fixes: []JSONFix{}}
	for _, rel := range d.Related {
		s, e := lt.Position(rel.Span.Start, lint.CodePoints), lt.Position(rel.Span.End, lint.CodePoints)
		jd.Related = append(jd.Related, JSONRelated{Path: r.Path, Line: s.Line, Column: s.Column, EndLine: e.Line, EndColumn: e.Column, Message: rel.Message})
	}
	for _, f := range d.Fixes {
		jf := JSONFix{Message: f.Message, Safe: f.Safe, Edits: []JSONEdit{}}
		for _, ed := range f.Edits {
			s, e := lt.Position(ed.Span.Start, lint.CodePoints), lt.Position(ed.Span.End, lint.CodePoints)
			jf.Edits = append(jf.Edits, JSONEdit{Line: s.Line, Column: s.Column, EndLine: e.Line, EndColumn: e.Column, NewText: ed.NewText})
		}
		jd.Fixes = append(jd.Fixes, jf)
	}
	return jd
}

type jsonFormat struct{ n int }

func (f *jsonFormat) Begin(w io.Writer) error { _, err := io.WriteString(w, "["); return err }

func (f *jsonFormat) File(w io.Writer, r *lint.FileResult) error {
	if !printable(r) { // files with errors are reported on stderr by the caller
		return nil
	}
	// One diagnostic at a time: a file's findings are not converted all
	// at once (that held a second copy of every finding while printing).
	for i := range r.Diags {
		b, err := json.MarshalIndent(jsonDiagnostic(r, &r.Diags[i]), "  ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n  "
		if f.n == 0 {
			sep = "\n  "
		}
		f.n++
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

func (f *jsonFormat) End(w io.Writer) error {
	end := "\n]\n"
	if f.n == 0 {
		end = "]\n"
	}
	_, err := io.WriteString(w, end)
	return err
}
