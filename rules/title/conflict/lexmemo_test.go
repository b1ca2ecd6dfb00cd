package conflict

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

// TestLexMemo: lexMemo answers each question as the lexicon does, asked
// in any order, again and again, across the growth of its table and after
// a reset (fails when a question's bit or its asked bit is mixed up with
// another's, when an answer is lost as the table grows, or when a reset
// keeps the last document's answers).
func TestLexMemo(t *testing.T) {
	words := []string{"Officials", "Sunday", "Mattis", "John", "Mary", "Brown", "Blair", "Moscow", "Rose", "Will",
		"Hope", "Smith", "Jordan", "Paris", "Straw", "Green", "Said", "Minister", "Dr", "Angela", "Merkel", "Bush",
		"Foreign", "Mark", "May", "Lee", "the", "Zzyzx", "José", "Müller", "O'Brien", "Jean-Luc"}
	ask := map[uint8]func(string) bool{lexCommon: lexicon.IsCommonWord, lexFirst: lexicon.IsFirstName, lexProper: lexicon.IsProperName}
	var m lexMemo
	for round := range 3 {
		for k, w := range words {
			// Each round asks the questions in another order.
			for _, q := range [][3]uint8{{lexCommon, lexFirst, lexProper}, {lexProper, lexCommon, lexFirst}, {lexFirst, lexProper, lexCommon}}[(k+round)%3] {
				if got, want := m.is(w, lint.FoldHash(w), q), ask[q](w); got != want {
					t.Fatalf("round %d: question %d of %q: %v, the lexicon %v", round, q, w, got, want)
				}
			}
		}
		if m.set.n != len(words) {
			t.Fatalf("round %d: %d words kept, want %d", round, m.set.n, len(words))
		}
		if round == 1 {
			m.set.reset()
			// A word of the last document is asked afresh.
			if e := m.set.slot("Brown", lint.FoldHash("Brown")); e.used || e.lex != 0 {
				t.Fatalf("after reset: Brown still kept (%+v)", *e)
			}
		}
	}
}
