package dash

import (
	"runtime/debug"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/spelling/variety"
)

// The lists of a document of more than scratch.MaxPooled tokens go to the
// side of founds for long documents (PutFor): they serve the next document
// that long and never a short one. (On the stack and grown by append, a
// 10 MB article's were allocated afresh at each check of it.) The long
// side drops a value at the second collection after it was put back, so
// collections are stopped while the test asks for it.
func TestLongDocumentListsServeLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const line = "Yes \u2013 no a b c d e f g.\n"
	doc, lines := ruletest.LongDocument(t, line, 10)
	n := len(doc.Tokens)
	founds.GetFor(n) // (a pool keeps long documents' values once asked GetFor)
	rules := []*lint.Rule{variety.Rule, Rule}
	if _, err := lint.Check(doc, rules, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	short, err := lint.Parse("short.txt", []byte("Yes \u2013 no. Maybe -- not.\n"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lint.Check(short, rules, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	if buf := founds.GetFor(1000); cap(buf.uses) >= lines {
		t.Fatalf("a short document took the lists of a long one (room for %d dashes)", cap(buf.uses))
	}
	if buf := founds.GetFor(n); cap(buf.uses) < lines {
		t.Fatalf("the next long document took lists with room for %d dashes, not those of the long one", cap(buf.uses))
	}
}
