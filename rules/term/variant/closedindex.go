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
// (closedFolds relies on it too), so only the words of that key's FoldHash
// are tested, with the walk's own tests (which tell apart the words of
// two keys whose hashes collide).
//
// The words are chained by cell and hash in one slice, which the next run
// reuses: a table of key strings and a slice per key made some 3,000
// allocations per 1 MB article, more than half the rule's.
type closedIndex struct {
	read  []uint64         // per cell, a bit: its bucket is indexed
	heads map[uint64]int32 // per indexKey, its last word's entry + 1 (0: none)
	ents  []indexEnt
	key   []byte
	reads int // the bucket words walked (those skipped unread too), by walkClosed too (TestClosedIndex bounds them)
	// used is set when a run has marked read or filled heads: only then
	// has reset anything to clear (an article of news length asks no
	// index, and 4 KB of bits cleared for each was a good share of its
	// run).
	used bool
}

// indexEnt is a bucket word (its index in plains) and the entry of the
// word before it of its indexKey + 1 (0: none).
type indexEnt struct{ e, next int32 }

// indexKey is the index's key of the words of cell c whose key's FoldHash
// is fold.
func indexKey(c uint16, fold uint32) uint64 { return uint64(c)<<32 | uint64(fold) }

// reset empties the index for a run.
func (x *closedIndex) reset() {
	if x.read == nil {
		x.read = make([]uint64, bucketCells/64)
	}
	if x.used {
		clear(x.read)
		clear(x.heads)
		x.used = false
	}
	x.ents = x.ents[:0]
	x.reads = 0
}

// chain returns the entry + 1 of the last word of cell c's bucket whose
// key's FoldHash is fold (0: none); the words before it are chained by
// their next.
func (x *closedIndex) chain(sc *buffers, plains []plain, toks []lint.Token, c uint16, fold uint32) int32 {
	if x.heads == nil {
		x.heads = map[uint64]int32{}
	}
	x.used = true
	if x.read[c/64]&(1<<(c%64)) == 0 {
		x.read[c/64] |= 1 << (c % 64)
		for e := sc.lastClosed(c); e >= 0; e = sc.decode(plains[e].next) {
			x.reads++
			if int(e) >= len(toks) {
				continue // markHyphenPairs' sentinel: the walk's tests turn it away (its klen is no word's)
			}
			// A bucket holds every fast word of its cell, each time it
			// occurs (some 350 occurrences a key at 10 MB), and the
			// tokens of the words read here lie at random in the
			// article: the walk's tests are asked of the plain first.
			// An ASCII word of fewer than five bytes is no closed form
			// (mayJoin turns it away) and is left out unread, and the
			// key of an ASCII word with no possessive is its bytes
			// lower-cased, whose FoldHash the lexer gave (Token.Fold).
			facts := plains[e].facts
			if uint8(facts>>56) == asciiWord && uint32(facts>>16) < 5 {
				continue
			}
			t := &toks[e]
			fold := t.Fold
			if facts>>48 != 0 {
				x.key = words.AppendKey(x.key[:0], words.StripPossessive(t.Text))
				fold = lint.FoldHashBytes(x.key)
			}
			k := indexKey(c, fold)
			x.ents = append(x.ents, indexEnt{e, x.heads[k]})
			x.heads[k] = int32(len(x.ents))
		}
	}
	return x.heads[indexKey(c, fold)]
}

// walkIndexed is walkClosed over the words of the bucket whose key has the
// FoldHash fold of the pair's joined key (sc.key, which joinsClosed has
// set), with its tests.
func (sc *buffers) walkIndexed(plains []plain, toks []lint.Token, pa, pb *plain, a, b string, ascii bool, klen int32, fold uint32) bool {
	joined := true
	x := &sc.closed
	for i := x.chain(sc, plains, toks, cellOf(klen, pa.first(), pb.last()), fold); i > 0; i = x.ents[i-1].next {
		e := x.ents[i-1].e
		if c := &plains[e]; c.mayJoin(pa, pb, klen) && sc.joinedAs(toks, c, e, a, b, ascii, &joined) {
			return true
		}
	}
	return false
}
