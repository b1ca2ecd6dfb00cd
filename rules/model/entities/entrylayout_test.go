package entities

import (
	"testing"
	"unsafe"
)

// TestEntryLayout checks the layout the passes' cache behaviour rests on:
// a word's entry (lexInfo) is one cache line of 64 bytes, and the fields
// of its cold record read for the names of every document (the stamps of
// nearMisses and group, pair, kind2, fold) lie in the record's first 64
// bytes, before its other strings.
func TestEntryLayout(t *testing.T) {
	if n := unsafe.Sizeof(lexInfo{}); n != 64 {
		t.Errorf("lexInfo is %d bytes, want 64 (one cache line)", n)
	}
	// A page of a million distinct words keeps two million cold records
	// and a million name runs: they stay small.
	if n := unsafe.Sizeof(lexCold{}); n > 96 {
		t.Errorf("lexCold is %d bytes, want at most 96", n)
	}
	if n := unsafe.Sizeof(nameRun{}); n > 176 {
		t.Errorf("nameRun is %d bytes, want at most 176", n)
	}
	var c lexCold
	if end := unsafe.Offsetof(c.fold) + unsafe.Sizeof(c.fold); end > 64 {
		t.Errorf("lexCold's per-document fields and fold end at byte %d, want at most 64", end)
	}
	for _, f := range []uintptr{unsafe.Offsetof(c.lower), unsafe.Offsetof(c.country), unsafe.Offsetof(c.title), unsafe.Offsetof(c.nameGender)} {
		if f < unsafe.Offsetof(c.fold) {
			t.Errorf("a field read for few words (offset %d) comes before fold (%d)", f, unsafe.Offsetof(c.fold))
		}
	}
}
