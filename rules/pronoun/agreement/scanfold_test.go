package agreement

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestNounFoldsCoverNouns checks scanRange's quick test against nounOf: an
// ASCII word with no capital after its first byte that nounOf finds has a
// Fold that nounFolds may hold, and a holder to be passes mayBePostToBe.
func TestNounFoldsCoverNouns(t *testing.T) {
	checked := 0
	for w := range nouns {
		if !isASCIILower(w) {
			continue
		}
		title := strings.ToUpper(w[:1]) + w[1:]
		for _, form := range []string{w, title, w + "'s", title + "'s", w + "'S"} {
			if _, ok := nounOf(form); !ok {
				continue
			}
			checked++
			if !nounFolds.Has(lint.FoldHash(form)) {
				t.Errorf("nounOf finds %q but nounFolds turns its Fold away", form)
			}
		}
		for _, form := range []string{w + "-elect", title + "-Designate"} {
			if _, ok := postToBe(form); ok && !mayBePostToBe(form) {
				t.Errorf("postToBe takes %q but mayBePostToBe turns it away", form)
			}
		}
	}
	if checked < len(nouns) {
		t.Fatalf("only %d forms checked for %d nouns", checked, len(nouns))
	}
	for _, s := range []string{"woman", "Spokesman's", "government"} {
		if !nounFolds.Has(lint.FoldHash(s)) {
			t.Errorf("nounFolds turns %q away", s)
		}
	}
	if mayBePostToBe("statement") || mayBePostToBe("re-elected") {
		t.Error("mayBePostToBe lets a word without a post's hyphen through")
	}
}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
