package entities

import "testing"

// TestClassPairMay checks that the inline prefilter never turns away a
// word mayBeClassWord lets through, for every first and last byte and
// lengths around the class words' (and a letter beyond ASCII inside).
func TestClassPairMay(t *testing.T) {
	mids := []string{"", "a", "ab", "abcd", "abcdefgh", "é", "aéb", "abcdefghijklmnopqrstuvwxyzabcdefgh"}
	rejected := 0
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d++ {
			if classPairMay(byte(c), byte(d)) {
				continue
			}
			rejected++
			for _, m := range mids {
				s := string([]byte{byte(c)}) + m + string([]byte{byte(d)})
				if mayBeClassWord(s, true) {
					t.Fatalf("classPairMay(%#x, %#x) = false, but mayBeClassWord(%q) = true", c, d, s)
				}
			}
		}
	}
	// The filter must reject something, or it is no filter: most letter pairs.
	if rejected < 26*26/2 {
		t.Fatalf("classPairMay rejects only %d byte pairs", rejected)
	}
	for _, w := range []string{"minister", "leader", "Spokesman", "company"} {
		if mayBeClassWord(w, true) && !classPairMay(w[0], w[len(w)-1]) {
			t.Errorf("classPairMay rejects %q", w)
		}
	}
}
