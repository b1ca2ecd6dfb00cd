package variant

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// readText parses text and reads its words as run does before it looks
// for variants: the plain words, the forms, the slow words' forms and,
// in an article of news length, their pairs patched (run leaves a long
// article's pair cells as readWords wrote them: a slow word's is noPair
// there).
func readText(t *testing.T, text string) (*lint.Document, *buffers, []plain, []cand) {
	t.Helper()
	doc, err := lint.Parse("long", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	sc := &buffers{}
	sc.newBuckets(len(doc.Tokens))
	plains, cands := sc.readWords(doc)
	cands = sc.readSlowWords(doc, plains, cands)
	if sc.long {
		sc.refillLong(plains, doc.Tokens)
	} else {
		sc.patchSlowPairs(doc.Tokens, plains)
	}
	return doc, sc, plains, cands
}

// joinsClosedAsWalk returns joinsClosed's answer for the pair ending at
// token k of a long article, after checking it against the walk over the
// bucket that a short article takes.
func joinsClosedAsWalk(t *testing.T, sc *buffers, toks []lint.Token, plains []plain, k int) bool {
	t.Helper()
	long := sc.joinsClosed(plains[:len(plains)+1], toks, k)
	sc.long = false
	walk := sc.joinsClosed(plains[:len(plains)+1], toks, k)
	sc.long = true
	if long != walk {
		t.Errorf("%q %q: joinsClosed of a long article says %v, the walk %v", toks[k-1].Text, toks[k].Text, long, walk)
	}
	return long
}
