package conflict

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// TestLongDocumentWorkServesLongDocuments checks that the work of a
// document of more than scratch.MaxPooled tokens, whose lists grow with its
// capitals rather than its tokens, is kept for the next document that long,
// and that a short one does not take it.
func TestLongDocumentWorkServesLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // (a collection would empty the pool)
	// Capitalised pairs and a titled name in each line, and filler words,
	// so that the document is long without many names.
	line := "Acme chairman Jo Roe met New York officials." + strings.Repeat(" a b c d e f g h i j.", 10) + "\n"
	doc, lines := ruletest.LongDocument(t, line, 100)
	n := len(doc.Tokens)
	works.GetFor(n) // (a pool keeps long documents' values once asked GetFor)
	if _, err := lint.Check(doc, []*lint.Rule{Rule}, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	// A short document's work, put back as earlier tests leave theirs, may
	// serve the next short document: only the long one's must not.
	if w := getWork(1000); cap(w.caps) >= lines {
		t.Fatalf("a short document took the work of a long one (room for %d capitals)", cap(w.caps))
	}
	if w := getWork(n); cap(w.caps) < lines {
		t.Errorf("the next long document took room for %d capitals, not the long one's work (%d lines)", cap(w.caps), lines)
	}
}
