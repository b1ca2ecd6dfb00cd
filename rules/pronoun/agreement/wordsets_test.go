package agreement

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
)

// TestInSetMatchesMaps checks wordSet's has and hasFold against the map
// lookups they replace, for every word of the sets in several cases and
// for words of no set, in every set.
func TestInSetMatchesMaps(t *testing.T) {
	sets := setBits
	if len(sets) > 32 {
		t.Fatalf("%d word sets: setIndex has bits for 32", len(sets))
	}
	var words []string
	for _, set := range sets {
		for w := range set.m {
			words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
		}
	}
	words = append(words, "minister", "Said", "SAID", "sAid", "the", "The", "café", "K\u212Anows")
	for _, set := range sets {
		for _, w := range words {
			tok := lint.Token{Text: w, Fold: lint.FoldHash(w), Kind: lint.Word}
			if w != strings.ToLower(w) && w[1:] != strings.ToLower(w[1:]) || !fold.IsASCII(w) {
				tok.Flags |= lint.InnerCapOrNonASCII
			}
			if got, want := set.has(&tok), set.m[w]; got != want {
				t.Errorf("has(%q) = %v, want %v", w, got, want)
			}
			if got, want := set.hasFold(&tok), fold.Has(set.m, w); got != want {
				t.Errorf("hasFold(%q) = %v, want %v", w, got, want)
			}
		}
	}
}
