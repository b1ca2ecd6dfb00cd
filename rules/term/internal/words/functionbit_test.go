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

// FunctionBit is 1 exactly for the packed function words of Function, on
// every word of one to three lower-case letters and every function word
// with one byte changed (FunctionPacked, which TestFunctionBit compares
// with, is FunctionBit itself); zero, which no word packs to, is left out.
func TestFunctionBitWords(t *testing.T) {
	var ws []string
	for a := 'a'; a <= 'z'; a++ {
		ws = append(ws, string(a))
		for b := 'a'; b <= 'z'; b++ {
			ws = append(ws, string(a)+string(b))
			for c := 'a'; c <= 'z'; c++ {
				ws = append(ws, string(a)+string(b)+string(c))
			}
		}
	}
	for w := range Function {
		for i := range len(w) {
			for _, c := range []byte{'a', 'e', 's', 'T', '\'', 0xc3} {
				ws = append(ws, w[:i]+string([]byte{c})+w[i+1:])
			}
		}
	}
	for _, w := range ws {
		want := uint8(0)
		if Function[w] {
			want = 1
		}
		if got := FunctionBit(leBytes(w)); got != want {
			t.Errorf("FunctionBit(%q) = %d, want %d", w, got, want)
		}
	}
}

// FunctionSlot finds every function word, each in a slot of its own, and
// answers as FunctionBit does of other words.
func TestFunctionSlot(t *testing.T) {
	seen := map[int]string{}
	for w := range Function {
		s, ok := FunctionSlot(FunctionSlots(), leBytes(w))
		if !ok {
			t.Errorf("FunctionSlot(%q) not found", w)
		}
		if o, dup := seen[s]; dup {
			t.Errorf("FunctionSlot(%q) = %d, the slot of %q", w, s, o)
		}
		seen[s] = w
	}
	for _, w := range []string{"thee", "tha", "percent", "x", "zzzzzzzz", "The", "thE", "of\x00"} {
		if _, ok := FunctionSlot(FunctionSlots(), leBytes(w)); ok != (FunctionBit(leBytes(w)) == 1) {
			t.Errorf("FunctionSlot(%q) = %v, FunctionBit says otherwise", w, ok)
		}
	}
}
