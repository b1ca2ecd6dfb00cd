package agreement

import (
	"sync"

	"github.com/factlint/factlint/internal/longpool"
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/model/entities"
)

// resolvers keeps resolvers between documents: their per-token arrays and
// candidate lists are reused, so that a document costs no allocation
// proportional to its length (those arrays were most of the rule's
// garbage).
var resolvers = sync.Pool{New: func() any { return new(resolver) }}

// bigResolvers holds the resolver of a document of more than
// scratch.MaxPooled tokens (a 10 MB article), for the next document that
// long only: short documents never take it and so never keep its arrays
// alive (from resolvers they did, for as long as documents came), and it
// is dropped when no long document follows soon. It is a longpool.Slot,
// not a sync.Pool, which finds a value only on the processor that put it
// back: on two processors the 10 MB article's resolver was allocated
// afresh for most checks of it.
var bigResolvers longpool.Slot[resolver]

// getResolver returns a resolver for a document of n tokens, pooled when
// one is free.
func getResolver(n int) *resolver {
	if n > scratch.MaxPooled {
		if r := bigResolvers.Get(); r != nil {
			return r
		}
	}
	return resolvers.Get().(*resolver)
}

// release hands r back to the pool. Pointers into the document are cleared
// so that the pool keeps no document alive.
func (r *resolver) release() {
	clear(r.cands)
	if !r.tmpCleared {
		clear(r.tmp)
	}
	clear(r.antes)
	clear(r.namedOther)
	clear(r.firsts)
	clear(r.tgender)
	clear(r.gmemo)
	r.m, r.doc = nil, nil
	if cap(r.lastAt) > scratch.MaxPooled { // (lastAt has an entry a token)
		bigResolvers.Put(r)
		return
	}
	resolvers.Put(r)
}

// reset prepares a pooled resolver for the document of m.
func (r *resolver) reset(m *entities.Model, n int) {
	r.m = m
	n0 := 0
	if m != nil {
		n0 = len(m.Entities)
	}
	r.plainG = scratch.Zeroed(r.plainG, n0)
	r.inq = scratch.Zeroed(r.inq, n)
	r.flagged = scratch.Zeroed(r.flagged, n)
	r.used = scratch.Zeroed(r.used, n)
	r.titles = r.titles[:0]
	// slot is not cleared: a token's entry is read only when its bit of
	// occupied is set (put, hasCand), so the entries left by the last
	// document are never seen. On a long page clearing it was a fifth of
	// the memory the resolver cleared for each document.
	r.slot = scratch.Resized(r.slot, n)
	r.occupied = scratch.Zeroed(r.occupied, (n+63)/64)
	r.lastAt = scratch.Zeroed(r.lastAt, n)
	r.cands = r.cands[:0]
	r.tmp = r.tmp[:0]
	r.tmpCleared = false
	r.antes = r.antes[:0]
	r.indexed = false
	r.promTok = [3]int{}
	for g := range r.byGender {
		r.byGender[g] = r.byGender[g][:0]
	}
	r.firstOf = [3]int{}
	r.firstsBuilt = false
	r.speechQ = -1
}
