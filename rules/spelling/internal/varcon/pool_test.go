package varcon

import (
	"runtime/debug"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// The scratch space of a document of more than scratch.MaxPooled tokens
// goes to the side of spaces for long documents (PutFor): it serves the
// next document that long and never a short one. (Put back by the length
// of its list, far less than the document's, it went to the sync.Pool,
// where on two processors the next check of a 10 MB article seldom found
// it.) The long side drops a value at the second collection after it was
// put back, so collections are stopped while the test asks for it.
func TestLongDocumentSpaceServesLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const line = "The colour a b c d e f g h.\n"
	doc, lines := ruletest.LongDocument(t, line, 10)
	n := len(doc.Tokens)
	spaces.GetFor(n) // (a pool keeps long documents' values once asked GetFor)
	occ := Scan(doc, nil)
	if len(occ) != lines {
		t.Fatalf("Scan found %d words, want %d", len(occ), lines)
	}
	// A short document's space, put back as earlier tests leave theirs,
	// may serve the next short document: only the long one's must not.
	short, err := lint.Parse("short.txt", []byte(line), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	Scan(short, nil)
	if sc := spaces.GetFor(1000); cap(sc.occ) >= len(occ) {
		t.Fatalf("a short document took the scratch space of a long one (room for %d words)", cap(sc.occ))
	}
	if sc := spaces.GetFor(n); cap(sc.occ) < len(occ) {
		t.Fatalf("the next long document took a list with room for %d words, not the long one's", cap(sc.occ))
	}
}
