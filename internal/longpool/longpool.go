// Package longpool keeps the buffers of one long document (some megabytes
// of text) for the next long document.
//
// A sync.Pool keeps what is put back in the slot of the processor (P) that
// put it, and a Get on another processor does not look there: a short
// article is checked in well under a millisecond, on the processor it
// started on, but the check of a 10 MB article takes seconds, and the
// goroutine has mostly moved to the other processor by the time the next
// long document asks. With its buffers in sync.Pools the scaling
// benchmark's 10 MB article allocated about 265 MB per check (of six) on
// two processors, and about 175 MB on one, where every Get found them.
//
// A Slot holds one value for any processor. Like a sync.Pool it does not
// keep it forever: a value nobody took again is dropped at the second
// garbage collection after it was put back (the collector runs at least
// every two minutes), so the buffers of a long document that no other
// long document follows go back to the collector.
//
// Three users keep a sync.Pool for short documents beside a Slot for
// long ones: rules/internal/scratch.Pool, lint's token storage and the
// entity model's store. They are not one generic two-sided pool because
// what they share is a three-way switch on a size; what differs is most
// of their code. scratch.Pool is declared by its zero value in nine
// packages, so its bounds cannot be fields, and it keeps nothing on the long
// side until asked with GetFor; lint picks the side by the document's
// bytes and the bound by its tokens' room, and tests the storage it takes
// from either side (GetIf); the model never takes a short store for a
// long document, and its tests turn pooling off. (Tried in the eighteenth
// session on paper: a Pool with the bounds as fields saved some ten lines
// in lint and the model, none in scratch, and needed options for the rest.)
package longpool

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// keptCollections is the number of collections a value may wait in a
// Slot: it is dropped at the second one, as sync.Pool drops its victims.
const keptCollections = 2

// Slot holds at most one *T for the next long document. The zero Slot is
// empty and ready.
type Slot[T any] struct {
	mu  sync.Mutex
	x   *T
	age int // collections since x was put back
	// listed is set once the slot is in the list that each collection
	// ages.
	listed bool
}

// Get returns the value put back last and empties the slot, or nil.
func (s *Slot[T]) Get() *T {
	s.mu.Lock()
	x := s.x
	s.x = nil
	s.mu.Unlock()
	return x
}

// GetIf is Get for a caller that can use the value only when ok reports
// true of it (ok is called with the slot locked): else the value stays in
// the slot for the next Get, no younger than it was (a caller that cannot
// use it does not keep it alive), and GetIf returns nil.
func (s *Slot[T]) GetIf(ok func(*T) bool) *T {
	s.mu.Lock()
	defer s.mu.Unlock()
	x := s.x
	if x == nil || !ok(x) {
		return nil
	}
	s.x = nil
	return x
}

// Put keeps x for the next Get, in the place of the value the slot held.
func (s *Slot[T]) Put(x *T) {
	s.mu.Lock()
	s.x, s.age = x, 0
	listed := s.listed
	s.listed = true
	s.mu.Unlock()
	if !listed {
		slots.add(s)
	}
}

// collected ages the value of the slot by one collection and drops it
// once it has waited keptCollections.
func (s *Slot[T]) collected() {
	s.mu.Lock()
	if s.x != nil {
		if s.age++; s.age >= keptCollections {
			s.x = nil
		}
	}
	s.mu.Unlock()
}

// ager is a Slot of any type, as the list of slots holds it.
type ager interface{ collected() }

// slotList lists every Slot that has held a value: slots are package
// variables, a few per rule, so the list stays short and is never
// pruned.
type slotList struct {
	mu   sync.Mutex
	list []ager
	once sync.Once // arms the first tick
}

var slots slotList

func (l *slotList) add(s ager) {
	l.once.Do(armTick)
	l.mu.Lock()
	l.list = append(l.list, s)
	l.mu.Unlock()
}

// collections counts the garbage collections seen (for the tests). It is
// counted last, once the slots are aged and the next tick is armed, so
// that a test that sees it change knows the ages it checks are settled and
// that its next runtime.GC frees the new tick (counted first, a test read
// an age not yet changed, or collected before the tick existed and waited
// for a collection that never came).
var collections atomic.Uint64

// tick is an object that nothing references, so that the collector frees
// it at its next cycle and runs its cleanup, which ages every slot and
// makes the next tick. (It has a pointer so that it is not one of the
// tiny objects the allocator packs together, whose cleanups may wait for
// their neighbours.)
type tick struct{ _ *int }

func armTick() {
	runtime.AddCleanup(new(tick), func(struct{}) { onCollection() }, struct{}{})
}

// onCollection ages the slots after a collection and arms the next tick.
func onCollection() {
	slots.mu.Lock()
	list := slots.list
	slots.mu.Unlock()
	for _, s := range list {
		s.collected()
	}
	armTick()
	collections.Add(1)
}
