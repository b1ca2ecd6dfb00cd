package consistency

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestWrappedPhraseMessage: in hard-wrapped copy a phrase that runs over
// a line end is quoted in the message with a space where the line broke
// ("Berlin film festival", not "Berlin film\nfestival"), and its fix
// still recases the word alone.
func TestWrappedPhraseMessage(t *testing.T) {
	text := "Film wins prize\n\n" +
		"The singer, who was at the Berlin film\n" +
		"festival to launch the film, said it was his last.\n\n" +
		"He said the film would be shown at the Berlin Film Festival next year.\n"
	doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, []*lint.Rule{Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 {
		t.Fatalf("%d findings, want 1: %v", len(diags), diags)
	}
	d := diags[0]
	if want := `"Berlin film festival" is capitalised "Berlin Film Festival"`; !strings.HasPrefix(d.Message, want) {
		t.Errorf("message %q, want it to begin %s", d.Message, want)
	}
	if len(d.Fixes) != 1 || len(d.Fixes[0].Edits) != 2 {
		t.Fatalf("fixes %+v, want one fix of two edits (film, festival)", d.Fixes)
	}
	for _, e := range d.Fixes[0].Edits {
		if got := doc.Slice(e.Span); strings.ContainsAny(got, " \n") || !strings.EqualFold(got, e.NewText) {
			t.Errorf("edit of %q to %q", got, e.NewText)
		}
	}
}
