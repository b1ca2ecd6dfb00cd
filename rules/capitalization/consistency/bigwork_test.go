package consistency

import (
	"runtime/debug"
	"testing"

	"github.com/factlint/factlint/rules/internal/scratch"
)

// The work of a document of more than scratch.MaxPooled tokens keeps its
// room for the next document that long, which takes it (release would let
// go of lists past maxPooledLow), and a short document does not take it.
func TestLongDocumentWorkServesLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // (a collection would empty bigWork)
	long := scratch.MaxPooled + 1
	sc := getWork(long)
	sc.capsAt = make([]capital, 0, maxPooledLow+1)
	sc.mids = make([]capital, 3, maxPooledLow+1)
	sc.phrases["Acme"] = 1
	sc.releaseFor(long)
	if short := getWork(1000); cap(short.capsAt) > maxPooledLow || cap(short.mids) > maxPooledLow {
		t.Fatalf("a short document took the work of a long one (room for %d capitals)", cap(short.capsAt))
	}
	next := getWork(long)
	if cap(next.capsAt) != maxPooledLow+1 || cap(next.mids) != maxPooledLow+1 {
		t.Fatalf("the next long document took room for %d capitals and %d in mid-sentence, not the long one's work", cap(next.capsAt), cap(next.mids))
	}
	if len(next.mids) != 0 || len(next.phrases) != 0 {
		t.Errorf("the long document's work was not emptied: %d capitals in mid-sentence, %d phrases", len(next.mids), len(next.phrases))
	}
	// A list past scratch.MaxBigPooled (a page of little but capitals) is
	// let go, as release lets go of it.
	next.capIdx = make([]int32, 0, scratch.MaxBigPooled+1)
	next.releaseFor(long)
	if w := getWork(long); cap(w.capIdx) > maxPooledLow || cap(w.capsAt) > maxPooledLow {
		t.Errorf("the work of a document of %d capitals was kept (room for %d)", cap(next.capIdx), cap(w.capIdx))
	}
}
