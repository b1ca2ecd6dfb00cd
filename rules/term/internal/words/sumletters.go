package words

// KeySumLetters returns KeySum(w)'s Sum and Letters(w), in one pass over
// an ASCII w (a word with bytes beyond ASCII is read by both, one after
// the other).
func KeySumLetters(w string) (Sum, int) {
	h, skipped, letters := uint64(0), 0, 0
	for i := 0; i < len(w); i++ {
		c := keyOf[w[i]]
		if c >= 0x80 {
			if c == 0x80 {
				s, _ := keySlow(w)
				return s, Letters(w)
			}
			skipped++ // a hyphen, which keys drop
			continue
		}
		h = h*sumP + uint64(c)
		if c-'a' < 26 { // (keyOf lower-cases the ASCII letters)
			letters++
		}
	}
	return Sum{h, len(w) - skipped}, letters
}
