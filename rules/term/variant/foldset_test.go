package variant

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestFoldSets: openers and closers hold the function words openForm turns a
// pair away for, in any case, and no other word.
func TestFoldSets(t *testing.T) {
	tok := func(s string) *lint.Token { return &lint.Token{Text: s, Kind: lint.Word, Fold: lint.FoldHash(s)} }
	for w := range words.Function {
		for _, s := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if got, want := openers.has(tok(s)), w != "per" && w != "under"; got != want {
				t.Errorf("openers.has(%q) = %v", s, got)
			}
			if got, want := closers.has(tok(s)), !words.Particles[w]; got != want {
				t.Errorf("closers.has(%q) = %v", s, got)
			}
		}
	}
	for _, s := range []string{"percent", "cent", "way", "thee", "th", "", "über", "The's", "midterm", "onto-"} {
		if openers.has(tok(s)) && !words.Function[strings.ToLower(s)] {
			t.Errorf("openers.has(%q)", s)
		}
		if closers.has(tok(s)) && !words.Function[strings.ToLower(s)] {
			t.Errorf("closers.has(%q)", s)
		}
	}
	// a token whose Fold is a function word's but whose text is not
	if f := tok("the"); openers.has(&lint.Token{Text: "thy", Fold: f.Fold}) {
		t.Error("openers.has compares the text")
	}
}
