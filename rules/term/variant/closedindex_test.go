package variant

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestClosedIndex checks, on a long article of many distinct compounds of
// one shape (a co-xxxxxx, coxxxxxx and co xxxxxx: the closed words share a
// few cells), that joinsClosed answers as the walk over the bucket does and
// reads each bucket word about once, not once for every pair whose joined
// key is a closed word's (176,658 reads for 45,001 tokens here without the index).
func TestClosedIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, 6)
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		return string(b)
	}
	text := "Compounds\n\n"
	for range 3000 {
		w := word()
		text += fmt.Sprintf("A co-%s and co%s and co %s. The Co%s's and the co %s. ", w, w, w, w, w)
	}
	doc, err := lint.Parse("long", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	toks := doc.Tokens
	sc := &buffers{}
	sc.newBuckets(len(toks))
	plains, cands := sc.readWords(doc)
	cands = sc.readSlowWords(doc, plains, cands)
	_ = cands
	sc.patchSlowPairs(toks, plains)
	if !sc.long {
		t.Fatal("the article is not long")
	}
	hits := make([]int32, len(toks))
	sc.closedKeys(plains, toks, hits)
	sc.joinMemo = map[string]bool{}
	joins := 0
	for k := 1; k < len(toks); k++ {
		if pairs(toks, plains, k) && sc.joinsClosed(plains[:len(plains)+1], toks, k) {
			joins++
		}
	}
	if reads := sc.closed.reads; reads > len(toks)+1 {
		t.Errorf("%d bucket words read for %d tokens, want at most one each", reads, len(toks))
	}
	if joins < 6000 {
		t.Errorf("%d pairs join a closed word, want 6,000 or more (co xxxxxx twice for each xxxxxx)", joins)
	}
	for k := 1; k < len(toks); k++ {
		if !pairs(toks, plains, k) {
			continue
		}
		long := sc.joinsClosed(plains[:len(plains)+1], toks, k)
		sc.long = false
		walk := sc.joinsClosed(plains[:len(plains)+1], toks, k)
		sc.long = true
		if long != walk {
			t.Errorf("%q %q: joinsClosed of a long article says %v, the walk %v", toks[k-1].Text, toks[k].Text, long, walk)
		}
	}
}
