package words

import "testing"

// TestKeySumLetters checks KeySumLetters against KeySum and Letters.
func TestKeySumLetters(t *testing.T) {
	for _, w := range []string{
		"", "-", "a", "Z", "year", "Year-Old", "24", "e-mail", "co-op", "U.S.", "don't",
		"café", "naïve-ish", "Ünited", "x\u2010y", "A1-b2-C3", "@#[`{",
	} {
		s, n := KeySumLetters(w)
		ws, _ := KeySum(w)
		if s != ws || n != Letters(w) {
			t.Errorf("KeySumLetters(%q) = %v %d, want %v %d", w, s, n, ws, Letters(w))
		}
	}
}
