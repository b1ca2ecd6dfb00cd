package entities

import (
	"testing"
	"unsafe"
)

// TestEntryLayout checks the layout the passes' cache behaviour rests on:
// a word's entry (lexInfo) is one cache line of 64 bytes, and the fields
// of its cold record read together for a word new to a document lie in
// one cache line whatever the record's index (the records are 96 bytes,
// every other one starting half way into a line), before its other
// strings.
func TestEntryLayout(t *testing.T) {
	if n := unsafe.Sizeof(lexInfo{}); n != 64 {
		t.Errorf("lexInfo is %d bytes, want 64 (one cache line)", n)
	}
	// A page of a million distinct words keeps two million cold records
	// and a million name runs: they stay small.
	size := unsafe.Sizeof(lexCold{})
	if size > 96 {
		t.Errorf("lexCold is %d bytes, want at most 96", size)
	}
	if n := unsafe.Sizeof(nameRun{}); n > 176 {
		t.Errorf("nameRun is %d bytes, want at most 176", n)
	}
	var c lexCold
	type field struct {
		name      string
		off, size uintptr
	}
	f := func(name string, off, size uintptr) field { return field{name, off, size} }
	groups := [][]field{
		// A folded form: nearMisses' nameWord, group's surname list and
		// entities.
		{f("fnw", unsafe.Offsetof(c.fnw), 4), f("fnwGen", unsafe.Offsetof(c.fnwGen), 4),
			f("sur", unsafe.Offsetof(c.sur), 4), f("surGen", unsafe.Offsetof(c.surGen), 4),
			f("full", unsafe.Offsetof(c.full), 4), f("fullGen", unsafe.Offsetof(c.fullGen), 4),
			f("single", unsafe.Offsetof(c.single), 4), f("singleGen", unsafe.Offsetof(c.singleGen), 4)},
		// A word: nearMisses' fold and mask, classify's two-word name.
		{f("fold", unsafe.Offsetof(c.fold), unsafe.Sizeof(c.fold)), f("foldMask", unsafe.Offsetof(c.foldMask), 4),
			f("pair", unsafe.Offsetof(c.pair), unsafe.Sizeof(c.pair)), f("kind2", unsafe.Offsetof(c.kind2), unsafe.Sizeof(c.kind2))},
	}
	for _, g := range groups {
		lo, hi := g[0].off, g[0].off+g[0].size
		for _, x := range g {
			lo, hi = min(lo, x.off), max(hi, x.off+x.size)
		}
		// The records of a slice whose start a large allocation aligns
		// start at every multiple of size modulo 64.
		for i := uintptr(0); i < 64; i++ {
			start := i * size % 64
			if (start+lo)/64 != (start+hi-1)/64 {
				t.Errorf("fields %v (bytes %d to %d) of record %d straddle two cache lines", g, lo, hi, i)
				break
			}
		}
	}
	for _, off := range []uintptr{unsafe.Offsetof(c.lower), unsafe.Offsetof(c.country), unsafe.Offsetof(c.title), unsafe.Offsetof(c.nameGender)} {
		if off < unsafe.Offsetof(c.fold) {
			t.Errorf("a field read for few words (offset %d) comes before fold (%d)", off, unsafe.Offsetof(c.fold))
		}
	}
}
