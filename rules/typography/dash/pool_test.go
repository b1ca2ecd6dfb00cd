package dash

import (
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
	doc, lines := ruletest.LongDocument(t, "Yes \u2013 no a b c d e f g.\n", 10)
	ruletest.ServesLongDocuments(t, &founds, []*lint.Rule{variety.Rule, Rule}, doc, "Yes \u2013 no. Maybe -- not.\n",
		func(buf *found) int { return cap(buf.uses) }, lines, "dashes")
}
