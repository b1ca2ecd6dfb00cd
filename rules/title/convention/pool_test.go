package convention

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// TestLongDocumentListsServeLongDocuments checks that the lists of matches
// and evidence of a document of more than scratch.MaxPooled tokens are kept
// for the next document that long, and that a short one does not take them.
func TestLongDocumentListsServeLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // (a collection would empty the pools)
	// A title and a place in each line, and filler words, so that the
	// document is long without many matches to check.
	line := "The defense minister, Jo Roe, flew to Paris in France." + strings.Repeat(" a b c d e f g h i j.", 10) + "\n"
	doc, lines := ruletest.LongDocument(t, line, 100)
	n := len(doc.Tokens)
	// (A pool keeps long documents' values once asked GetFor.)
	matchBufs.GetFor(n)
	evidenceBufs.GetFor(n)
	if _, err := lint.Check(doc, []*lint.Rule{Rule}, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	// A short document's lists, put back as earlier tests leave theirs,
	// may serve the next short document: only the long one's must not.
	if m, e := matchBufs.GetFor(1000), evidenceBufs.GetFor(1000); cap(*m) >= lines || cap(*e) >= lines {
		t.Fatalf("a short document took the lists of a long one (room for %d matches, %d evidence)", cap(*m), cap(*e))
	}
	if m := matchBufs.GetFor(n); cap(*m) < lines {
		t.Errorf("the next long document took room for %d matches, not those of the long one (%d)", cap(*m), lines)
	}
	if e := evidenceBufs.GetFor(n); cap(*e) < lines {
		t.Errorf("the next long document took room for %d evidence, not that of the long one (%d)", cap(*e), lines)
	}
}
