package variety

import (
	"runtime/debug"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
)

// The stop list of a document of more than scratch.MaxPooled tokens goes
// to the side of stopLists for long documents (PutFor): it serves the next
// document that long and never a short one. (Put back by its own length,
// far less than the document's, it went to the sync.Pool, where on two
// processors the next check of a 10 MB article seldom found it.) The long
// side drops a value at the second collection after it was put back, so
// collections are stopped while the test asks for it.
func TestLongDocumentStopsServeLongDocuments(t *testing.T) {
	const line = "The colour a b c d e f g h.\n"
	doc, lines := ruletest.LongDocument(t, line, 10)
	ruletest.ServesLongDocuments(t, &stopLists, []*lint.Rule{Rule}, doc, line,
		func(s *[]int32) int { return cap(*s) }, lines, "tokens")
}

// A Result's Words go back to wordLists when lint.Check recycles it,
// cleared, and a long document's serve the next document that long (its
// words are listed in them) and never a short one (PutFor). The long side drops a value at the second
// collection after it was put back, so collections are stopped while the
// test asks for it.
func TestRecycledWordsServeLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const line = "The colour of the programme was grey, a b c d.\n"
	doc, lines := ruletest.LongDocument(t, line, 12)
	n := len(doc.Tokens)
	wordLists.GetFor(n) // (a pool keeps long documents' values once asked GetFor)
	var res *Result
	var words []varcon.Occurrence
	probe := &lint.Rule{Name: "zzz-variety-probe", ResultOnly: true, Requires: []*lint.Rule{Rule}, Run: func(p *lint.Pass) (any, error) {
		res = lint.ResultOf[*Result](p, Rule)
		words = res.Words
		return nil, nil
	}}
	if _, err := lint.Check(doc, []*lint.Rule{Rule, probe}, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	if len(words) < 3*lines {
		t.Fatalf("%d words for %d lines, want three a line", len(words), lines)
	}
	if res.Words != nil {
		t.Error("a recycled Result still has its Words")
	}
	for i := range words {
		if words[i] != (varcon.Occurrence{}) {
			t.Fatalf("recycled word %d holds %+v", i, words[i])
		}
	}
	res.Recycle() // a second call does nothing
	if res.Words != nil || words[0] != (varcon.Occurrence{}) {
		t.Fatal("a second Recycle changed the result or its words")
	}
	// The next check of a document that long lists its words in that array.
	first := words
	if _, err := lint.Check(doc, []*lint.Rule{Rule, probe}, &lint.Config{}); err != nil {
		t.Fatal(err)
	}
	if len(words) != len(first) || &words[0] != &first[0] {
		t.Fatal("the next check of the long document listed its words in a new array")
	}
	if buf := wordLists.GetFor(1000); cap(*buf) >= len(words) {
		t.Fatalf("a short document took the words of a long one (room for %d)", cap(*buf))
	}
	if buf := wordLists.GetFor(n); cap(*buf) < len(words) || &(*buf)[:1][0] != &words[0] {
		t.Fatalf("the next long document took room for %d words, not the long one's", cap(*buf))
	}
}
