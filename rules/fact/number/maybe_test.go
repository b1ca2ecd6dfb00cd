package number

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestMayBeCoversTables checks nextCount's filter against the tables: every
// number word and counted noun, as a token in lower case, capitalised or in
// capitals, passes mayBe, and a word in neither table is turned away.
func TestMayBeCoversTables(t *testing.T) {
	var b strings.Builder
	for w := range numberWords {
		b.WriteString(w + " " + strings.ToUpper(w[:1]) + w[1:] + " " + strings.ToUpper(w) + " ")
	}
	doc, err := lint.Parse("n.txt", []byte(b.String()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for i := range doc.Tokens {
		tok := &doc.Tokens[i]
		if tok.Kind == lint.Word && numberTable.Has(tok.Text) {
			checked++
			if !mayBe(tok, numberFolds, numberSieve) {
				t.Errorf("mayBe turns the number word %q away", tok.Text)
			}
		}
	}
	for w := range countedNouns {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			tok := lint.Token{Kind: lint.Word, Text: form, Fold: lint.FoldHash(form)}
			if form != strings.ToLower(form) && form[1:] != strings.ToLower(form[1:]) {
				tok.Flags |= lint.InnerCapOrNonASCII
			}
			checked++
			if !mayBe(&tok, nounFolds, nounSieve) {
				t.Errorf("mayBe turns the counted noun %q away", form)
			}
		}
	}
	if checked < len(numberWords)+len(countedNouns) {
		t.Fatalf("only %d forms checked", checked)
	}
	for _, w := range []string{"the", "Council", "said"} {
		tok := lint.Token{Kind: lint.Word, Text: w, Fold: lint.FoldHash(w)}
		if mayBe(&tok, numberFolds, numberSieve) && mayBe(&tok, nounFolds, nounSieve) {
			t.Errorf("mayBe lets %q through both filters", w)
		}
	}
}
