package variety

import (
	"runtime/debug"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// The stop list of a document of more than scratch.MaxPooled tokens goes
// to the side of stopLists for long documents (PutFor): it serves the next
// document that long and never a short one. (Put back by its own length,
// far less than the document's, it went to the sync.Pool, where on two
// processors the next check of a 10 MB article seldom found it.) The long
// side drops a value at the second collection after it was put back, so
// collections are stopped while the test asks for it.
func TestLongDocumentStopsServeLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const line = "The colour a b c d e f g h.\n"
	doc, lines := ruletest.LongDocument(t, line, 10)
	n := len(doc.Tokens)
	stopLists.GetFor(n) // (a pool keeps long documents' values once asked GetFor)
	if _, err := lint.Check(doc, []*lint.Rule{Rule}, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	// A short document's list, put back as earlier tests leave theirs,
	// may serve the next short document: only the long one's must not.
	short, err := lint.Parse("short.txt", []byte(line), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lint.Check(short, []*lint.Rule{Rule}, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	if s := stopLists.GetFor(1000); cap(*s) >= lines {
		t.Fatalf("a short document took the stop list of a long one (room for %d tokens)", cap(*s))
	}
	if s := stopLists.GetFor(n); cap(*s) < lines {
		t.Fatalf("the next long document took a list with room for %d tokens, not the long one's", cap(*s))
	}
}
