package titles

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// Every text that MayEndTitleToken, MayEndTitleDotToken or IsAppointVerb
// takes passes the filter of AddTitleNeighbours, and so does every word
// added; most other words do not. NextIn finds each token that passes, in
// turn, whether it comes first or second of a pair.
func TestTitleNeighbours(t *testing.T) {
	var f FoldFilter
	f.AddTitleNeighbours()
	f.Add(",")
	tok := func(s string) lint.Token { return lint.Token{Text: s, Fold: lint.FoldHash(s), Kind: lint.Word} }
	var texts []string
	for w := range titleEnds {
		for _, e := range possessiveEndings {
			texts = append(texts, w+e)
		}
	}
	for w := range titleEndsDot {
		texts = append(texts, w)
	}
	for w := range appointVerbs {
		texts = append(texts, w)
	}
	texts = append(texts, ",")
	for _, s := range texts {
		tk := tok(s)
		if (MayEndTitleToken(&tk) || MayEndTitleDotToken(&tk) || IsAppointVerb(&tk) || s == ",") && !f.Has(tk.Fold) {
			t.Errorf("%q is not in the filter", s)
		}
	}
	if len(texts) < 100 {
		t.Fatalf("only %d texts", len(texts))
	}
	others := []string{"said", "year", "the", "it", "week", "election", "time", "people", "country", "today", "of", "and", "a", "to", "in", "that", "was", "he", "she", "for"}
	var passed []string
	for _, w := range others {
		if f.Has(lint.FoldHash(w)) {
			passed = append(passed, w)
		}
	}
	if len(passed) > 2 {
		t.Errorf("other words pass the filter: %q", passed)
	}
}
