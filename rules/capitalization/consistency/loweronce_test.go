package consistency_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/capitalization/consistency"
)

// TestLowerOnceBeforeName: a given name in lower case once ("alan
// Brodie") whose word is capitalised elsewhere ("Lord Alan Sugar") is
// reported as capitalised elsewhere, which the candidates' filter in
// lowered keeps by its single lower-case use (lw.lower == 1); without that
// clause the finding is another one, "looks like a first name in lower
// case" (found by rvwarm: no other test told the two apart).
func TestLowerOnceBeforeName(t *testing.T) {
	src := "Budget news\n\nThe talks were chaired by Lord Alan Sugar on Monday.\n\nLater the Chancellor met alan Brodie in London.\n"
	doc, err := lint.Parse("a.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, []*lint.Rule{consistency.Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || !strings.Contains(diags[0].Message, `"alan" is capitalised "Alan" elsewhere`) {
		var got []string
		for _, d := range diags {
			got = append(got, d.Message)
		}
		t.Fatalf("got %q, want one finding that \"alan\" is capitalised \"Alan\" elsewhere", got)
	}
}
