package entities

import (
	"strconv"
	"testing"
	"unsafe"
)

// TestEntryLayout checks the layout the passes' cache behaviour rests on:
// a word's entry (lexInfo) and its cold record (lexCold, read for the
// names of every document: nearMisses and group read a folded form's,
// classify a two-word name's) are each one cache line of 64 bytes; the
// fields read for few words are apart (lexRare).
func TestEntryLayout(t *testing.T) {
	if strconv.IntSize != 64 {
		t.Skip("the layout is measured for 64-bit platforms")
	}
	if n := unsafe.Sizeof(lexInfo{}); n != 64 {
		t.Errorf("lexInfo is %d bytes, want 64 (one cache line)", n)
	}
	if n := unsafe.Sizeof(lexCold{}); n != 64 {
		t.Errorf("lexCold is %d bytes, want 64 (one cache line)", n)
	}
	// A page of a million distinct words keeps two million records and a
	// million name runs: they stay small.
	if n := unsafe.Sizeof(lexRare{}); n > 32 {
		t.Errorf("lexRare is %d bytes, want at most 32", n)
	}
	if n := unsafe.Sizeof(nameRun{}); n > 112 {
		t.Errorf("nameRun is %d bytes, want at most 112", n)
	}
}
