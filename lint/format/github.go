package format

import (
	"bufio"
	"io"
	"strings"

	"github.com/factlint/factlint/lint"
)

func init() { Register("github", func(Options) Formatter { return githubFormat{} }) }

// githubFormat writes GitHub Actions workflow commands, one line each:
//
//	::warning file=a.txt,line=3,col=12,endLine=3,endColumn=13,title=typography-apostrophe::message
//
// error, warning and notice (for info). Columns count code points; endColumn
// is exclusive, as in every factlint format.
type githubFormat struct{}

func (githubFormat) Begin(io.Writer) error { return nil }
func (githubFormat) End(io.Writer) error   { return nil }

func (githubFormat) File(w io.Writer, r *lint.FileResult) error {
	if !printable(r) {
		return nil
	}
	bw := bufio.NewWriter(w)
	file := GitHubProperty(r.Path)
	for _, d := range r.Diags {
		p := position(r.Doc.Lines, clampSpan(d.Span, len(r.Doc.Src)), lint.CodePoints)
		cmd := "warning"
		switch d.Severity {
		case lint.Error:
			cmd = "error"
		case lint.Info:
			cmd = "notice"
		}
		bw.WriteString("::" + cmd + " file=" + file +
			",line=" + itoa(p.Line) + ",col=" + itoa(p.Col) +
			",endLine=" + itoa(p.EndLine) + ",endColumn=" + itoa(p.EndCol) +
			",title=" + GitHubProperty(d.Rule) + "::" + GitHubData(d.Message) + "\n")
	}
	return bw.Flush()
}

var (
	ghData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// GitHubData escapes a workflow command's message as GitHub's runner
// expects: % as %25, CR as %0D, LF as %0A.
func GitHubData(s string) string { return ghData.Replace(s) }

// GitHubProperty escapes a workflow command's property value: as
// GitHubData, and also : as %3A and , as %2C.
func GitHubProperty(s string) string { return ghProperty.Replace(s) }
