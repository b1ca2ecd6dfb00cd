package agreement

import (
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/model/entities"
)

// resolvers keeps resolvers between documents: their per-token arrays and
// candidate lists are reused, so that a document costs no allocation
// proportional to its length (those arrays were most of the rule's
// garbage). newResolver takes one with GetFor, so that the resolver of a
// document of more than scratch.MaxPooled tokens (a 10 MB article) serves
// only the next document that long: short documents never keep its
// arrays alive (from a sync.Pool of all resolvers they did, for as long as
// documents came), and on two processors it is found again (a sync.Pool's
// was allocated afresh for most checks of the 10 MB article).
var resolvers scratch.Pool[resolver]

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
	resolvers.Put(r, cap(r.inq)) // (inq has an entry a token)
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
	r.used = scratch.Zeroed(r.used, (n+63)/64)
	r.titles = r.titles[:0]
	// slot is not cleared: a token's entry is read only when its bit of
	// occupied is set (put, hasCand), so the entries left by the last
	// document are never seen. On a long page clearing it was a fifth of
	// the memory the resolver cleared for each document.
	r.slot = scratch.Resized(r.slot, n)
	r.occupied = scratch.Zeroed(r.occupied, (n+63)/64)
	r.endBits = scratch.Zeroed(r.endBits, (n+63)/64)
	r.spread = 0
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
