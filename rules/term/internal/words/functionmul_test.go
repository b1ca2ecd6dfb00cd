package words

import "testing"

// TestFunctionMul checks that functionMul files every function word of
// Function in functionTable (no bucket of two holds a third, no word is
// longer than 8 bytes), and names a multiplier that does when Function has
// changed so that it no longer fits.
func TestFunctionMul(t *testing.T) {
	var tab [1024]uint64
	if !fillFunctionTable(&tab, functionMul) {
		for w := range Function {
			if len(w) > 8 {
				t.Fatalf("function word %q is longer than 8 bytes", w)
			}
		}
		t.Fatalf("functionMul puts three function words in a bucket: make it %#x", findFunctionMul())
	}
	for w := range Function {
		if !FunctionPacked(leBytes(w)) {
			t.Errorf("FunctionPacked(%q) = false", w)
		}
	}
	// Broken on purpose: a multiplier of 1 puts every short word in
	// bucket 0, which a third word overflows.
	if fillFunctionTable(&tab, 1) {
		t.Error("fillFunctionTable(1) = true, want false")
	}
}

// findFunctionMul is the first odd multiplier of a fixed sequence that
// spreads the function words over functionTable's buckets.
func findFunctionMul() uint64 {
	var t [1024]uint64
	for m := uint64(0x9e3779b97f4a7c15); ; m += 0x6a09e667f3bcc908 {
		m |= 1
		if fillFunctionTable(&t, m) {
			return m
		}
	}
}
