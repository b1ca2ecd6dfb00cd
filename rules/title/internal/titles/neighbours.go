package titles

import "github.com/factlint/factlint/lint"

// FoldFilter is a set of token texts by Fold that may err towards yes (a
// Bloom filter of two bits a text, as the lead sieves are): a walk over
// every token asks it with two bit tests and reads no text.
type FoldFilter struct{ folds foldSieve }

// Add puts w in the filter (in any ASCII case: Folds ignore it).
func (f *FoldFilter) Add(w string) { f.folds.addHash(lint.FoldHash(w)) }

// Has reports whether a token whose Fold this is may be in the filter:
// never false for one that is.
func (f *FoldFilter) Has(fold uint32) bool { return f.folds.has(fold) }

// AddTitleNeighbours puts in the filter every text for which
// MayEndTitleToken, MayEndTitleDotToken or IsAppointVerb may be true: the
// words a title's holder may follow ("Education Secretary Brown", "Gov.
// Dan Patrick", "confirmed Jane Roe").
func (f *FoldFilter) AddTitleNeighbours() {
	for k, bits := range titleEndsLead.folds {
		f.folds[k] |= bits // the same two bits of each Fold: the union of the sets
	}
	for w := range titleEndsDot {
		f.Add(w)
	}
	for w := range appointVerbs {
		f.Add(w)
	}
}
