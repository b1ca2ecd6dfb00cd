package entities

import (
	"testing"
	"unsafe"

	"github.com/factlint/factlint/lint"
)

// TestRunBytesTitlePages checks that runBytes counts the pages that hold
// the titles, not only the titles of this document: putBuilder keeps a
// long article's pages (truncate(0)) for the next long document, so a
// document of few titles after one of many holds them all, and keepRuns
// must weigh them (here the runs take 0.40 of the tokens' memory and the
// empty title pages another 0.15).
func TestRunBytesTitlePages(t *testing.T) {
	run, tok, title := int(unsafe.Sizeof(nameRun{})), int(unsafe.Sizeof(lint.Token{})), int(unsafe.Sizeof(Title{}))
	n := maxPooledTokens + 1
	b := &builder{toks: make([]lint.Token, n)}
	b.names = make([]nameRun, 0, int(0.40*float64(n*tok))/run)
	for range int(0.15*float64(n*tok)) / title {
		b.titles.push() // (an earlier document's titles)
	}
	b.titles.truncate(0)
	want := cap(b.names)*run + len(b.titles.pages)*pageLen*title
	if got := b.runBytes(); got != want {
		t.Errorf("runBytes = %d with %d empty pages of titles, want %d", got, len(b.titles.pages), want)
	}
	if b.keepRuns() {
		t.Errorf("keepRuns kept runs and title pages taking %.2f of the tokens' memory", float64(want)/float64(n*tok))
	}
}
