package variant_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/variant"
)

// TestEdgeTexts runs the rule over short and odd texts (other hyphens, a
// lone old, an age at the start or end, closed forms beside apostrophes):
// it must not panic and must report within the text.
func TestEdgeTexts(t *testing.T) {
	texts := []string{
		"old", "olds", "-old", "year old", "5 year old", "5-year old", "5 year-old",
		"17\u2010year\u2010old and 17\u2010year old", "a 5-year-old and a 5-year\u2010old",
		"yearold", "Yearold.", "the wellknown's", "x wellknown", "Wellknown", "-year-old 3",
		"A 17-year-old. Old", "five-year-old five year old", "10\u00a0year old, 10-year-old",
		"café-year-old, 5-yéar old and 5-year-old", "a b-c d-e-f g-h-old-year-old",
	}
	for _, text := range texts {
		for _, f := range []lint.Format{lint.FormatText, lint.FormatMarkdown, lint.FormatHTML} {
			doc, err := lint.Parse("edge", []byte(text), f)
			if err != nil {
				t.Fatalf("%q: %v", text, err)
			}
			_, err = lint.RunRule(doc, variant.Rule, nil, nil, func(d lint.Diagnostic) {
				if d.Span.Start < 0 || d.Span.End > len(doc.Src) || d.Span.Start > d.Span.End {
					t.Errorf("%q: finding outside the text: %+v", text, d)
				}
			})
			if err != nil {
				t.Errorf("%q: %v", text, err)
			}
		}
	}
}
