package agreement

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
)

// TestInSetMatchesMaps checks inSet and inSetFold against the map lookups
// they replace, for every word of the sets in several cases and for words
// of no set.
func TestInSetMatchesMaps(t *testing.T) {
	sets := []map[string]bool{speechVerbs, thinkVerbs, reportVerbs, adverbs, openers, determiners, boundVerbs, copula}
	var words []string
	for _, set := range sets {
		for w := range set {
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
			if got, want := inSet(set, &tok), set[w]; got != want {
				t.Errorf("inSet(%q) = %v, want %v", w, got, want)
			}
			if got, want := inSetFold(set, &tok), fold.Has(set, w); got != want {
				t.Errorf("inSetFold(%q) = %v, want %v", w, got, want)
			}
		}
	}
}
