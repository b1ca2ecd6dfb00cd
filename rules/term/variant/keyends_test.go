package variant

import (
	"testing"

	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestASCIIKeyEnds checks asciiKeyEnds against the key words.AppendKey
// makes, on words with hyphens at either end, inside, in runs, and none.
func TestASCIIKeyEnds(t *testing.T) {
	for _, w := range []string{
		"", "-", "--", "a", "A", "midterm", "Mid-Term", "mid--term", "-mid-", "--x--",
		"24-year-old", "re-sign", "X-", "-y", "e-mail", "co-op", "T-shirt", "ab-c-d-E",
	} {
		key := words.AppendKey(nil, w)
		klen, first, last, ok := asciiKeyEnds(w)
		if ok != (len(key) > 0) {
			t.Errorf("asciiKeyEnds(%q) ok = %v, key %q", w, ok, key)
			continue
		}
		if !ok {
			continue
		}
		if int(klen) != len(key) || first != key[0]|0x20 || last != key[len(key)-1]|0x20 {
			t.Errorf("asciiKeyEnds(%q) = %d %q %q, key %q", w, klen, first, last, key)
		}
	}
}
