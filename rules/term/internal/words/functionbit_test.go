package words

import "testing"

// TestFunctionBit checks FunctionBit against FunctionPacked on the function
// words, other words, and the values roleBytes gives words it cannot test
// (all ones) or that are empty (zero).
func TestFunctionBit(t *testing.T) {
	var heads []uint64
	for w := range Function {
		heads = append(heads, leBytes(w))
	}
	for _, w := range []string{"midterm", "thee", "th", "an't", "although", "alt", "z", "whatever", "rates", "The"} {
		heads = append(heads, leBytes(w))
	}
	heads = append(heads, 0, ^uint64(0))
	for _, h := range heads {
		want := uint8(0)
		if FunctionPacked(h) {
			want = 1
		}
		if got := FunctionBit(h); got != want {
			t.Errorf("FunctionBit(%x) = %d, want %d", h, got, want)
		}
	}
	if FunctionBit(^uint64(0)) != 0 {
		t.Error("FunctionBit(all ones) = 1")
	}
}
