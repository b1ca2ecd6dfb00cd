package variant

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// closedIndex holds, for a long article, the words of the buckets that
// joinsClosed has asked about, by their key: a cell's bucket is read once,
// at its first question, instead of at every pair whose joined key passes
// the filters. Walking the bucket for every such pair made a page of many
// distinct compounds of one shape (a co-xxxxxx and coxxxxxx and co xxxxxx,
// for thousands of xxxxxx: their closed words share a cell) quadratic:
// 2 MB 3.2 s. A word the walk accepts always has the pair's joined key
// (closedFolds relies on it too), so only the words of that key are
// tested, with the walk's own tests.
type closedIndex struct {
	read  []uint64           // per cell, a bit: its bucket is indexed
	byKey map[string][]int32 // per cell and key (cell's two bytes, key), the words in the bucket
	key   []byte
	reads int // the bucket words read, by walkClosed too (TestClosedIndex bounds them)
}

// reset empties the index for a run.
func (x *closedIndex) reset() {
	if x.read == nil {
		x.read = make([]uint64, bucketCells/64)
	}
	clear(x.read)
	clear(x.byKey)
	x.reads = 0
}

// words returns the words of cell c's bucket whose key is key.
func (x *closedIndex) words(sc *buffers, plains []plain, toks []lint.Token, c uint16, key []byte) []int32 {
	if x.byKey == nil {
		x.byKey = map[string][]int32{}
	}
	if x.read[c/64]&(1<<(c%64)) == 0 {
		x.read[c/64] |= 1 << (c % 64)
		for e := sc.lastClosed(c); e >= 0; e = sc.decode(plains[e].next) {
			x.reads++
			if int(e) >= len(toks) {
				continue // markHyphenPairs' sentinel: the walk's tests turn it away (its klen is no word's)
			}
			x.key = words.AppendKey(append(x.key[:0], byte(c>>8), byte(c)), words.StripPossessive(toks[e].Text))
			x.byKey[string(x.key)] = append(x.byKey[string(x.key)], e)
		}
	}
	x.key = append(append(x.key[:0], byte(c>>8), byte(c)), key...)
	return x.byKey[string(x.key)]
}

// walkIndexed is walkClosed over the words of the bucket whose key is the
// pair's joined key (sc.key, which joinsClosed has set), with its tests.
func (sc *buffers) walkIndexed(plains []plain, toks []lint.Token, pa, pb *plain, a, b string, ascii bool, klen int32) bool {
	joined := true
	for _, e := range sc.closed.words(sc, plains, toks, cellOf(klen, pa.first(), pb.last()), sc.key) {
		if c := &plains[e]; c.mayJoin(pa, pb, klen) && sc.joinedAs(toks, c, e, a, b, ascii, &joined) {
			return true
		}
	}
	return false
}
