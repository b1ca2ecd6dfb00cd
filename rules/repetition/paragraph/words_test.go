package paragraph

import (
	"fmt"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestFindingWords: the messages joined from copyWords read as the
// fmt.Sprintf formats they replace, for a repeated headline and a repeated
// paragraph.
func TestFindingWords(t *testing.T) {
	para := "The lanes will open in March after a long consultation with residents."
	src := "Council approves three new bus lanes\n\n" + para + "\n\n"
	for range 12 {
		src += "Another paragraph, this one different from the rest " + fmt.Sprint(len(src)) + ".\n\n"
	}
	src += "Council approves three new bus lanes\n\n" + para + "\n"
	d, err := lint.Parse("x.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(d, []*lint.Rule{Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		fmt.Sprintf("the %s is repeated verbatim (first on line %d)", "headline", 1):  fmt.Sprintf("Delete the repeated %s", "headline"),
		fmt.Sprintf("the %s is repeated verbatim (first on line %d)", "paragraph", 3): fmt.Sprintf("Delete the repeated %s", "paragraph"),
	}
	if len(diags) != len(want) {
		t.Fatalf("%d findings, want %d: %+v", len(diags), len(want), diags)
	}
	for _, g := range diags {
		fix, ok := want[g.Message]
		if !ok || len(g.Fixes) != 1 || g.Fixes[0].Message != fix {
			t.Errorf("finding %q with fixes %+v, want one of %q", g.Message, g.Fixes, want)
		}
	}
}
