package entities

import "testing"

// TestNeedsLower compares needsLower, which reads eight or four bytes at a
// time, with a byte-by-byte test for every byte at every place of words of
// one to seventeen bytes.
func TestNeedsLower(t *testing.T) {
	slow := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
				return true
			}
		}
		return false
	}
	for n := 0; n <= 17; n++ {
		base := []byte("abcdefghijklmnopq"[:n])
		if needsLower(string(base)) {
			t.Fatalf("needsLower(%q) = true", base)
		}
		for p := 0; p < n; p++ {
			for c := 0; c < 256; c++ {
				w := append([]byte(nil), base...)
				w[p] = byte(c)
				if got, want := needsLower(string(w)), slow(string(w)); got != want {
					t.Fatalf("needsLower(%q) = %v, want %v", w, got, want)
				}
			}
		}
	}
}
