package words

import "testing"

// TestFunctionMul checks that functionMul files every function word of
// Function in functionTable (no slot holds two, none is in slot 0, no word
// is longer than 8 bytes) and that zero reads as a function word, and
// names a multiplier that does when Function has changed so that it no
// longer fits.
func TestFunctionMul(t *testing.T) {
	var tab FunctionTable
	if !fillFunctionTable(&tab, functionMul) {
		for w := range Function {
			if len(w) > 8 {
				t.Fatalf("function word %q is longer than 8 bytes", w)
			}
		}
		t.Fatalf("functionMul puts two function words in a slot: make it %#x", findFunctionMul())
	}
	for w := range Function {
		if !FunctionPacked(leBytes(w)) {
			t.Errorf("FunctionPacked(%q) = false", w)
		}
	}
	if FunctionBit(0) != 1 {
		t.Error("FunctionBit(0) = 0, want 1: slot 0 holds a word")
	}
	// Broken on purpose: a multiplier of 1 puts every word of up to six
	// bytes in slot 0, which a second word overflows.
	if fillFunctionTable(&tab, 1) {
		t.Error("fillFunctionTable(1) = true, want false")
	}
}

// findFunctionMul is the first odd multiplier of a fixed sequence that
// spreads the function words over functionTable's slots, one a slot,
// slot 0 left empty.
func findFunctionMul() uint64 {
	var t FunctionTable
	for m := uint64(0x9e3779b97f4a7c15); ; m += 0x6a09e667f3bcc908 {
		m |= 1
		if fillFunctionTable(&t, m) {
			return m
		}
	}
}
