package quotes

import (
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
	doc, lines := ruletest.LongDocument(t, "\"No\" a b c d e f g h.\n", 12)
	ruletest.ServesLongDocuments(t, &founds, []*lint.Rule{Rule}, doc, "\u201cNo\u201d a b. \"Yes\" c d.\n",
		func(buf *found) int { return cap(buf.marks) }, 2*lines, "marks")
}
