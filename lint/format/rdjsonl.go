package format

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/factlint/factlint/lint"
)

func init() { Register("rdjsonl", func(Options) Formatter { return rdjsonlFormat{} }) }

// rdjsonlFormat writes reviewdog's rdjsonl: one Diagnostic object a line.
// Columns count UTF-8 bytes, as reviewdog expects; range ends are exclusive.
type rdjsonlFormat struct{}

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
	End   rdPosition `json:"end"`
}

type rdLocation struct {
	Path  string  `json:"path"`
	Range rdRange `json:"range"`
}

type rdSuggestion struct {
	Range rdRange `json:"range"`
	Text  string  `json:"text"`
}

type rdRelated struct {
	Message  string     `json:"message,omitempty"`
	Location rdLocation `json:"location"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type rdCode struct {
	Value string `json:"value"`
}

// RDDiagnostic is one line of rdjsonl.
type RDDiagnostic struct {
	Message          string         `json:"message"`
	Location         rdLocation     `json:"location"`
	Severity         string         `json:"severity"`
	Source           rdSource       `json:"source"`
	Code             rdCode         `json:"code"`
	Suggestions      []rdSuggestion `json:"suggestions,omitempty"`
	RelatedLocations []rdRelated    `json:"related_locations,omitempty"`
}

func (rdjsonlFormat) Begin(io.Writer) error { return nil }
func (rdjsonlFormat) End(io.Writer) error   { return nil }

func (rdjsonlFormat) File(w io.Writer, r *lint.FileResult) error {
	if !printable(r) {
		return nil
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw) // one object a line; Encode ends it with \n
	enc.SetEscapeHTML(false)
	lt, n := r.Doc.Lines, len(r.Doc.Src)
	rng := func(sp lint.Span) rdRange {
		p := position(lt, clampSpan(sp, n), lint.Bytes)
		return rdRange{Start: rdPosition{p.Line, p.Col}, End: rdPosition{p.EndLine, p.EndCol}}
	}
	for _, d := range r.Diags {
		sev := "WARNING"
		switch d.Severity {
		case lint.Error:
			sev = "ERROR"
		case lint.Info:
			sev = "INFO"
		}
		rd := RDDiagnostic{
			Message:  d.Message,
			Location: rdLocation{Path: r.Path, Range: rng(d.Span)},
			Severity: sev,
			Source:   rdSource{Name: ToolName, URL: ToolURI},
			Code:     rdCode{Value: d.Rule},
		}
		// reviewdog applies all suggestions of a diagnostic together: give
		// the edits of the first fix.
		if len(d.Fixes) > 0 {
			for _, e := range d.Fixes[0].Edits {
				rd.Suggestions = append(rd.Suggestions, rdSuggestion{Range: rng(e.Span), Text: e.NewText})
			}
		}
		for _, rel := range d.Related {
			rd.RelatedLocations = append(rd.RelatedLocations, rdRelated{Message: rel.Message, Location: rdLocation{Path: r.Path, Range: rng(rel.Span)}})
		}
		if err := enc.Encode(rd); err != nil {
			return err
		}
	}
	return bw.Flush()
}
