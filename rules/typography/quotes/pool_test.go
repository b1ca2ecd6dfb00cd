package quotes

import (
	"runtime/debug"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// The lists of a document of more than scratch.MaxPooled tokens go to the
// side of founds for long documents (PutFor): they serve the next document
// that long and never a short one. (Put back by their own length, far
// less than the document's, they went to the sync.Pool, where on two
// processors the next check of a 10 MB article seldom found them.) The
// long side drops a value at the second collection after it was put back,
// so collections are stopped while the test asks for it.
func TestLongDocumentListsServeLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const line = "\"No\" a b c d e f g h.\n"
	doc, lines := ruletest.LongDocument(t, line, 12)
	n := len(doc.Tokens)
	founds.GetFor(n) // (a pool keeps long documents' values once asked GetFor)
	if _, err := lint.Check(doc, []*lint.Rule{Rule}, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	// A short document's lists, put back as earlier tests leave theirs,
	// may serve the next short document: only the long one's must not.
	short, err := lint.Parse("short.txt", []byte("\u201cNo\u201d a b. \"Yes\" c d.\n"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lint.Check(short, []*lint.Rule{Rule}, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	if buf := founds.GetFor(1000); cap(buf.marks) >= 2*lines {
		t.Fatalf("a short document took the lists of a long one (room for %d marks)", cap(buf.marks))
	}
	if buf := founds.GetFor(n); cap(buf.marks) < 2*lines {
		t.Fatalf("the next long document took lists with room for %d marks, not those of the long one", cap(buf.marks))
	}
}
