package consistency

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// titleDots' storage of a document of more than scratch.MaxPooled tokens
// goes to the side of titleWorks for long documents (PutFor), emptied: its
// map keeps no title (whose text points into the document) and its lists
// of uses serve the next document that long, never a short one. The long
// side drops a value at the second collection after it was put back, so
// collections are stopped while the test asks for it.
func TestLongDocumentTitleWorkServesLongDocuments(t *testing.T) {
	const line = "Mr. Smith met Mr Jones and Dr. Brown.\n"
	doc, lines := ruletest.LongDocument(t, line, 10)
	w := ruletest.ServesLongDocuments(t, &titleWorks, []*lint.Rule{Rule}, doc, line,
		func(w *titleWork) int { return cap(w.cands) }, 2*lines, "candidates")
	if len(w.uses) != 0 {
		t.Errorf("the storage kept %d titles of the document before", len(w.uses))
	}
	room := 0
	for _, us := range w.spare {
		if len(us) != 0 {
			t.Errorf("a spare list holds %d uses", len(us))
		}
		room = max(room, cap(us))
	}
	if room < 2*lines {
		t.Errorf("the largest spare list has room for %d uses, want the %d of Mr", room, 2*lines)
	}
}
