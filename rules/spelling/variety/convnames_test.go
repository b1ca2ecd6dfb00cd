package variety

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestConventionNamesInMessage: a finding names the house conventions the
// article shows, not examples it may not have (the seed story, with no Mr,
// per cent or £3bn, was told it had them).
func TestConventionNamesInMessage(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Talks resume\n\nMr Smith said prices rose 5 per cent on 6 November. The center will open.\n",
			"British conventions (Mr without a point, per cent, the day before the month)", "£3bn"},
		{"Talks resume\n\nMr. Smith said prices rose 5 percent on Nov. 6. The centre will open, Mr. Jones said.\n",
			"American conventions (Mr. with a point, percent, Jan. 5)", "U.S."},
		{"Talks resume\n\nMr Smith walked towards the center, and afterwards said so.\n",
			"British conventions (Mr without a point, towards, afterwards)", "whilst"},
	} {
		doc, err := lint.Parse("a.txt", []byte(c.text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		diags, err := lint.Check(doc, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(diags) != 1 {
			t.Fatalf("%q: %d findings, want 1: %v", c.text, len(diags), diags)
		}
		if m := diags[0].Message; !strings.Contains(m, c.want) || strings.Contains(m, c.not) {
			t.Errorf("%q: message %q, want it to name %s and not %s", c.text, m, c.want, c.not)
		}
	}
}
