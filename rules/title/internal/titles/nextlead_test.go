package titles

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// TestNextLeadMatchesWalk checks nextLead, two tokens a turn, against a
// walk a token at a time, from every token of the title rules' test
// articles (odd and even distances to a lead, leads side by side, the
// last token).
func TestNextLeadMatchesWalk(t *testing.T) {
	m := DefaultMatcher()
	texts := append(ruletest.Articles(t, "../../convention/testdata", 20), ruletest.Articles(t, "../../conflict/testdata", 0)...)
	texts = append(texts, "Defence Secretary", "the Defence Secretary Home Secretary", "x")
	leads := 0
	for _, text := range texts {
		doc, err := lint.Parse("lead.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		toks := doc.Tokens
		for i := 0; i <= len(toks); i++ {
			want := i
			for want < len(toks) && !(m.lead.hasToken(&toks[want]) && toks[want].Kind == lint.Word) {
				want++
			}
			if got := m.nextLead(toks, i); got != want {
				t.Fatalf("nextLead(%d) = %d, the walk %d (%.40q)", i, got, want, text)
			}
			if want == i && i < len(toks) {
				leads++
			}
		}
	}
	if leads < 50 {
		t.Fatalf("only %d leads", leads)
	}
}
