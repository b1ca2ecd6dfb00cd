package longpool

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

type buf struct{ b []byte }

// collect runs a garbage collection and waits until the slots have seen
// it (the cleanup that ages them runs on a goroutine of its own).
func collect(t *testing.T) {
	t.Helper()
	n := collections.Load()
	runtime.GC()
	for deadline := time.Now().Add(5 * time.Second); collections.Load() == n; {
		if time.Now().After(deadline) {
			t.Fatal("no collection was seen within 5 seconds")
		}
		time.Sleep(time.Millisecond)
	}
}

// quiet stops the collections the test does not make (the pacer's and
// the two-minute one) for the rest of the test, and settles any already
// made: a slot is listed and a collection seen, so no cleanup of an
// earlier collection is pending to age the values the test puts back.
func quiet(t *testing.T) {
	t.Helper()
	percent := debug.SetGCPercent(-1)
	t.Cleanup(func() { debug.SetGCPercent(percent) })
	var s Slot[buf]
	s.Put(&buf{})
	collect(t)
}

// A value put back is the next Get's, from any goroutine, and only one
// Get's.
func TestSlotGetPut(t *testing.T) {
	var s Slot[buf]
	if s.Get() != nil {
		t.Fatal("an empty slot returned a value")
	}
	x := &buf{b: make([]byte, 10)}
	s.Put(x)
	got := make(chan *buf)
	go func() { got <- s.Get() }()
	if g := <-got; g != x {
		t.Fatalf("Get on another goroutine = %p, want the value put back (%p)", g, x)
	}
	if s.Get() != nil {
		t.Fatal("a second Get returned the value again")
	}
}

// A value nobody takes again is dropped at the second collection after it
// was put back, and a value taken and put back again waits anew.
func TestSlotDropsAfterTwoCollections(t *testing.T) {
	quiet(t)
	var s Slot[buf]
	x := &buf{}
	s.Put(x)
	collect(t)
	if g := s.Get(); g != x {
		t.Fatal("the value was dropped at the first collection")
	}
	s.Put(x)
	collect(t)
	collect(t)
	if s.Get() != nil {
		t.Fatal("the value was still kept after two collections")
	}
	// A value put back after a collection waits two more.
	s.Put(x)
	collect(t)
	s.Put(s.Get())
	collect(t)
	if s.Get() != x {
		t.Fatal("a value put back again was dropped before two collections")
	}
}

// GetIf takes the value only when ok accepts it; a value it leaves stays
// for the next Get and ages as if nobody had asked for it.
func TestSlotGetIf(t *testing.T) {
	quiet(t)
	var s Slot[buf]
	no := func(*buf) bool { return false }
	yes := func(*buf) bool { return true }
	if s.GetIf(yes) != nil {
		t.Fatal("an empty slot returned a value")
	}
	x := &buf{}
	s.Put(x)
	if s.GetIf(no) != nil {
		t.Fatal("GetIf returned a value its test refused")
	}
	if s.GetIf(yes) != x {
		t.Fatal("GetIf did not return the value its test accepts")
	}
	if s.Get() != nil {
		t.Fatal("GetIf left the value it returned in the slot")
	}
	s.Put(x)
	collect(t)
	if s.GetIf(no) != nil {
		t.Fatal("GetIf returned a value its test refused")
	}
	collect(t)
	if s.Get() != nil {
		t.Fatal("a value GetIf refused waited more than two collections")
	}
}
