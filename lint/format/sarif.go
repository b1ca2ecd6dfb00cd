package format

import (
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/factlint/factlint/lint"
)

func init() { Register("sarif", func(o Options) Formatter { return newSARIF(o) }) }

// sarifFormat writes one SARIF 2.1.0 log with one run. SARIF is a single
// JSON document, so results are collected and written at End. Columns count
// Unicode code points (run.columnKind = unicodeCodePoints).
type sarifFormat struct {
	opts    Options
	run     *sarif.Run
	ruleIdx map[string]int
}

func newSARIF(o Options) *sarifFormat {
	version := o.Version
	if version == "" {
		version = "dev"
	}
	run := sarif.NewRunWithInformationURI(ToolName, ToolURI)
	run.Tool.Driver.WithVersion(version)
	run.ColumnKind = "unicodeCodePoints"
	f := &sarifFormat{opts: o, run: run, ruleIdx: map[string]int{}}
	rules := append([]*lint.Rule(nil), o.Rules...)
	sort.Slice(rules, func(i, j int) bool { return rules[i].Name < rules[j].Name })
	for _, r := range rules {
		if r == nil || r.ResultOnly {
			continue
		}
		if _, dup := f.ruleIdx[r.Name]; dup {
			continue
		}
		f.addRule(ruleDescriptor(r))
	}
	return f
}

func (f *sarifFormat) addRule(d *sarif.ReportingDescriptor) int {
	f.ruleIdx[d.ID] = len(f.run.Tool.Driver.Rules)
	f.run.Tool.Driver.Rules = append(f.run.Tool.Driver.Rules, d)
	return f.ruleIdx[d.ID]
}

func ruleDescriptor(r *lint.Rule) *sarif.ReportingDescriptor {
	d := sarif.NewRule(r.Name).WithDescription(r.Summary)
	full := docSection(r.Doc, "What it does")
	if full == "" {
		full = r.Summary
	}
	d.FullDescription = &sarif.MultiformatMessageString{Text: &full}
	if r.Doc != "" {
		doc := r.Doc
		d.Help = &sarif.MultiformatMessageString{Text: &doc, Markdown: &doc}
	}
	if r.Severity != 0 {
		d.DefaultConfiguration = &sarif.ReportingConfiguration{Level: sarifLevel(r.Severity)}
	}
	d.Properties = sarif.Properties{"class": r.Class()}
	return d
}

// docSection returns the text under "## title" in a rule doc, up to the next heading.
func docSection(doc, title string) string {
	i := strings.Index(doc, "## "+title)
	if i < 0 {
		return ""
	}
	rest := doc[i+3+len(title):]
	if j := strings.Index(rest, "\n#"); j >= 0 {
		rest = rest[:j]
	}
	return strings.TrimSpace(rest)
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Info:
		return "note"
	}
	return "warning"
}

// ArtifactURI turns a path into a SARIF artifact URI: a relative path stays
// relative (forward slashes, percent-encoded where a URI needs it), an
// absolute one becomes a file:// URI.
func ArtifactURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) || strings.HasPrefix(p, "/") {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // C:/x -> /C:/x
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

func (f *sarifFormat) Begin(io.Writer) error { return nil }

func (f *sarifFormat) File(_ io.Writer, r *lint.FileResult) error {
	if !printable(r) {
		return nil
	}
	lt := r.Doc.Lines
	n := len(r.Doc.Src)
	uri := ArtifactURI(r.Path)
	region := func(sp lint.Span) *sarif.Region {
		p := position(lt, clampSpan(sp, n), lint.CodePoints)
		return sarif.NewRegion().WithStartLine(p.Line).WithStartColumn(p.Col).WithEndLine(p.EndLine).WithEndColumn(p.EndCol)
	}
	loc := func(sp lint.Span) *sarif.PhysicalLocation {
		return sarif.NewPhysicalLocation().WithArtifactLocation(sarif.NewSimpleArtifactLocation(uri)).WithRegion(region(sp))
	}
	for _, d := range r.Diags {
		idx, ok := f.ruleIdx[d.Rule]
		if !ok {
			idx = f.addRule(sarif.NewRule(d.Rule).WithDescription(d.Rule))
		}
		res := sarif.NewRuleResult(d.Rule).WithRuleIndex(idx).WithLevel(sarifLevel(d.Severity)).
			WithMessage(sarif.NewTextMessage(d.Message)).
			WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(loc(d.Span))})
		for i, rel := range d.Related {
			res.RelatedLocations = append(res.RelatedLocations,
				sarif.NewLocationWithPhysicalLocation(loc(rel.Span)).WithId(i+1).WithMessage(sarif.NewTextMessage(rel.Message)))
		}
		for _, fx := range d.Fixes {
			change := sarif.NewArtifactChange(sarif.NewSimpleArtifactLocation(uri))
			change.Replacements = []*sarif.Replacement{}
			for _, e := range fx.Edits {
				change.WithReplacement(sarif.NewReplacement(region(e.Span)).WithInsertedContent(sarif.NewArtifactContent().WithText(e.NewText)))
			}
			sf := sarif.NewFix().WithDescriptionText(fx.Message).WithArtifactChanges([]*sarif.ArtifactChange{change})
			sf.Properties = sarif.Properties{"safe": fx.Safe}
			res.Fixes = append(res.Fixes, sf)
		}
		f.run.AddResult(res)
	}
	return nil
}

func (f *sarifFormat) End(w io.Writer) error {
	rep, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	rep.AddRun(f.run)
	if err := rep.PrettyWrite(w); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}
