package consistency

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestEdges: odd articles do not panic (a lower-case word first, a name at
// the very end, a lone honorific, markup).
func TestEdges(t *testing.T) {
	for _, src := range []string{
		"lufthansa Lufthansa",
		"x\n\nthe bank of England and the Bank of England",
		"Mr",
		"Mr bakley",
		"- lufthansa, Lufthansa.",
		"Head\n\nSaid Mr okonjo\n\nMr",
		"# Title\n\n* bank of England\n* Bank of England",
	} {
		for _, f := range []lint.Format{lint.FormatText, lint.FormatMarkdown, lint.FormatHTML} {
			d, err := lint.Parse("x", []byte(src), f)
			if err != nil {
				continue
			}
			if _, err := lint.Check(d, []*lint.Rule{Rule}, nil); err != nil {
				t.Errorf("%q: %v", src, err)
			}
		}
	}
}
