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

// TestShortClosedForms: a closed word of fewer than five bytes joins no
// open pair (the buckets the pairs look in hold the short words too, which
// the walk must pass over), while one of five bytes does.
func TestShortClosedForms(t *testing.T) {
	count := func(text string) int {
		doc, err := lint.Parse("short", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		diags, err := lint.Check(doc, []*lint.Rule{variant.Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range diags {
			if d.Rule == variant.Rule.Name {
				n++
			}
		}
		return n
	}
	if n := count("The xray was clear. A second xray followed. Then an x ray of the arm was taken."); n != 0 {
		t.Errorf("x ray beside xray: %d findings, want none (a closed form of four bytes)", n)
	}
	if n := count("The email was clear. A second email followed. Then an e mail of the list was sent."); n == 0 {
		t.Error("e mail beside email: no finding (a closed form of five bytes)")
	}
}
