package lint

import (
	"strings"
	"testing"
)

// TestWordTable: a word table finds each of its words with its value, and
// no other text, though a word in another case has the same Fold.
func TestWordTable(t *testing.T) {
	for name, m := range map[string]map[string]uint8{"abbreviations": abbreviationWords(), "starters": sentenceStarterWords(),
		"one": {"Mr": 1}, "empty": {}} {
		tab := newWordTable(m)
		for w, v := range m {
			if got := tab.get(FoldHash(w), w); got != v {
				t.Errorf("%s: %q = %d, want %d", name, w, got, v)
			}
			for _, other := range []string{strings.ToLower(w), strings.ToUpper(w), w + "s", w[1:], "x" + w} {
				if _, in := m[other]; !in {
					if got := tab.get(FoldHash(other), other); got != 0 {
						t.Errorf("%s: %q (not in the table) = %d", name, other, got)
					}
				}
			}
		}
		// A text whose Fold matches a word's but which differs.
		if got := tab.get(FoldHash("Mr"), "Ms"); got != 0 {
			t.Errorf("%s: a different text with a word's Fold = %d", name, got)
		}
	}
}
