package entities

import (
	"sync"
	"sync/atomic"

	"github.com/factlint/factlint/internal/longpool"
	"github.com/factlint/factlint/lint"
)

// store is the memory of one Model's output: the entities, their
// mentions, the token indices of the mentions, the entity IDs by token,
// the pronouns and their reaches. lint.Check hands a model back through
// Recycle once every rule of the Check has run; the store's arrays are
// then cleared and serve the next document's model instead of being
// allocated (and collected) again: they were most of the model's garbage.
//
// Each field holds the part of its array the last model used (what
// recycling clears); a model's slices point into these arrays, or into
// the chunks that carve hands out: the store keeps the last of each
// (chunks), and those the model outgrew stay with the model.
type store struct {
	ents  []Entity // their Titles, Evidence and Ages keep their arrays too
	ptrs  []*Entity
	ments []Mention
	more  chunks[Mention] // mentions of entities that outgrew their room in ments
	toks  chunks[int]     // Mention.Tokens, carved with their capacity cut
	byTok []uint16
	prons []PronounRef
	cands chunks[Candidate] // the pronouns' reaches
	// Arrays that grow by append in the model, kept empty.
	unres  []Mention
	misses []NearMiss
	nouns  []lint.Span
}

var stores sync.Pool // of *store

// recycleOff turns recycling off (tests compare recycled and fresh runs).
var recycleOff atomic.Bool

// maxStoredTokens bounds what a store in stores may have served, the
// store a short document's model takes: a long document's arrays do not
// serve the short articles after it, and the store of a document longer
// than that goes to bigStores.
const maxStoredTokens = 1 << 17

// maxBigStoredTokens bounds what a store in bigStores may have served:
// the store of a document of DefaultMaxSize (the scaling benchmark's 10 MB
// article of the dev corpus has 2.0 million tokens, 5.2 bytes a token) is
// kept, as lint keeps that document's own storage, and
// only that of a longer, hostile one (one-letter words) is left to the
// collector.
const maxBigStoredTokens = 1 << 22

// bigStores holds the store of a document of more than maxStoredTokens
// tokens, for the next long document only (newModel): a 1 MB article's
// model allocated some 4 MB of fresh arrays each time when such stores
// were dropped, a 10 MB article's some 40 MB. Short documents never take
// it and so never keep it alive, and when no long document follows soon
// it is dropped (see longpool).
var bigStores longpool.Slot[store]

// newModel returns an empty model for a document of ntoks tokens, with a
// store reused when one is free: a long document's from bigStores, a
// short one's from stores.
func newModel(ntoks int) *Model {
	var st *store
	if ntoks > maxStoredTokens {
		st = bigStores.Get()
	} else {
		st, _ = stores.Get().(*store)
	}
	if st == nil || recycleOff.Load() {
		st = new(store)
	}
	m := &Model{st: st}
	st.lend(m)
	return m
}

// Recycle hands the model's memory back for the next document's model and
// empties m. lint.Check calls it once every rule of a Check has run (see
// lint.Recycler): the model, its entities, mentions and pronouns must not
// be read after that. Strings are never reused: a name, title or mention
// text taken from the model stays valid. A second call does nothing; a
// model nobody recycles (Build's caller keeps it) is collected as usual.
func (m *Model) Recycle() {
	st := m.st
	if st == nil {
		return
	}
	st.keepGrown(m)
	*m = Model{}
	served := max(len(st.byTok), st.toks.used(), st.cands.used())
	if recycleOff.Load() || served > maxBigStoredTokens {
		return
	}
	st.clear()
	if served > maxStoredTokens {
		bigStores.Put(st)
		return
	}
	stores.Put(st)
}

// clear empties the arrays of the store so that nothing of the last
// document stays reachable and every element reads zero when reused.
func (st *store) clear() {
	for i := range st.ents {
		e := &st.ents[i]
		clear(e.Titles)
		clear(e.Evidence)
		clear(e.Ages)
		// (Zeroed in place and the lists put back: the composite literal
		// was built beside it and copied, twice the stores.)
		titles, ev, ages := e.Titles[:0], e.Evidence[:0], e.Ages[:0]
		*e = Entity{}
		e.Titles, e.Evidence, e.Ages = titles, ev, ages
	}
	st.ents = st.ents[:0]
	st.ptrs = zeroLen(st.ptrs)
	st.ments = zeroLen(st.ments)
	st.more.reset(true)
	st.toks.reset(false) // no pointers: overwritten before being read
	st.byTok = zeroLen(st.byTok)
	st.prons = zeroLen(st.prons)
	st.cands.reset(true)
}

// keepGrown clears the lists the model grew by append (in the store's
// arrays, or in larger ones, which the store keeps instead).
func (st *store) keepGrown(m *Model) {
	clear(m.Unresolved)
	clear(m.NearMisses)
	if cap(m.Unresolved) > cap(st.unres) {
		st.unres = m.Unresolved[:0]
	}
	if cap(m.NearMisses) > cap(st.misses) {
		st.misses = m.NearMisses[:0]
	}
	if cap(m.FemaleNouns) > cap(st.nouns) {
		st.nouns = m.FemaleNouns[:0]
	}
}

// zeroLen clears s and returns it empty.
func zeroLen[T any](s []T) []T {
	clear(s)
	return s[:0]
}

// take returns n zero elements from the array of *s (a new one when it is
// too small) and makes them *s. A new store's first array is of the exact
// size (a model nobody recycles wastes nothing); an array outgrown gets
// room to spare for the next documents.
func take[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		c := n
		if cap(*s) > 0 {
			c += n / 4
		}
		*s = make([]T, n, c)
	} else {
		*s = (*s)[:n]
	}
	return *s
}

// chunks is the chunk that carve hands out pieces of, and the number of
// elements the model carved from the chunks it outgrew (its slices point
// into them; they are left to the collector with the model).
type chunks[T any] struct {
	cur      []T
	outgrown int
}

// carve returns n elements from the spare room of c's chunk, with their
// capacity cut (an append by a reader cannot overwrite a neighbour); when
// too little is left, a new chunk (twice the last, at least minChunk, at
// most limit unless n needs more) takes its place.
func carve[T any](c *chunks[T], n, limit int) []T {
	if cap(c.cur)-len(c.cur) < n {
		c.outgrown += len(c.cur)
		c.cur = make([]T, 0, min(max(2*cap(c.cur), minChunk, n), max(limit, n)))
	}
	k := len(c.cur)
	c.cur = c.cur[:k+n]
	return c.cur[k : k+n : k+n]
}

// used returns the number of elements the model carved from c.
func (c *chunks[T]) used() int { return c.outgrown + len(c.cur) }

// reset empties c for the next model, its chunk cleared when zero is set
// (its elements hold pointers, which must keep nothing of this document
// alive and read zero when carved again). A model that outgrew its chunk
// leaves one with room for all it carved instead, so that a document as
// long as this one carves from one chunk and allocates none: a 10 MB
// article's model outgrew some 1.5 MB of chunks at each check of it when
// the last chunk was kept as it was. (Keeping the outgrown chunks for the
// next model instead made carve too large to be inlined, and the corpus
// pass 0.5 million instructions dearer.)
func (c *chunks[T]) reset(zero bool) {
	if c.outgrown > 0 {
		c.cur = make([]T, 0, c.used())
		c.outgrown = 0
		return
	}
	if zero {
		clear(c.cur)
	}
	c.cur = c.cur[:0]
}

// minChunk is the least number of elements of a chunk carve makes: a
// short article's pronoun reaches or mention tokens fill a few dozen.
const minChunk = 16

// lend gives the model's append-grown lists the store's empty
// arrays (and takes them back to nil when the document filled none).
func (st *store) lend(m *Model) {
	m.Unresolved, m.NearMisses, m.FemaleNouns = st.unres[:0], st.misses[:0], st.nouns[:0]
}

// settle ends a build: empty lists are nil, as in a model built without a
// store.
func (m *Model) settle() {
	if len(m.Unresolved) == 0 {
		m.Unresolved = nil
	}
	if len(m.NearMisses) == 0 {
		m.NearMisses = nil
	}
	if len(m.FemaleNouns) == 0 {
		m.FemaleNouns = nil
	}
}
