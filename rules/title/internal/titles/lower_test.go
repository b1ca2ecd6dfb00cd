package titles

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// TestLowerMatchesLowerWord: lower, which finds an ASCII word's lower
// case among the tables' words by the token's Fold, returns what
// lowerWord returns of its text, for every token of the title rules' test
// articles and of words of the tables in every case.
func TestLowerMatchesLowerWord(t *testing.T) {
	texts := append(ruletest.Articles(t, "../../convention/testdata", 100), ruletest.Articles(t, "../../conflict/testdata", 0)...)
	texts = append(texts, "Minister minister MINISTER mInister Home Secretary of for Of The Human Services services-led "+
		"Défense café 2024 Well-known don't U.S. Party party's Union")
	found := 0
	for _, text := range texts {
		known, _ := lowerTokens(t, text)
		found += known
	}
	if found < 100 {
		t.Errorf("only %d words of the tables met: the comparison proves little", found)
	}
}

// lowerTokens parses text and checks that lower(t) is lowerWord(t.Text)
// for each of its tokens. It returns how many are words of the tables
// (knownLower), and how many of those are capitalised.
func lowerTokens(t *testing.T, text string) (known, capitalised int) {
	t.Helper()
	doc, err := lint.Parse("lower.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	for i := range doc.Tokens {
		tk := &doc.Tokens[i]
		got, want := lower(tk), lowerWord(tk.Text)
		if got != want {
			t.Fatalf("lower(%q) = %q, lowerWord %q", tk.Text, got, want)
		}
		if _, ok := knownLower()[got]; ok {
			known++
			if tk.Has(lint.Capitalized) {
				capitalised++
			}
		}
	}
	return known, capitalised
}
