package number

import (
	"slices"
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
			if !mayBe(&tok, &countFolds, nounSieve) {
				t.Errorf("mayBe turns the counted noun %q away", form)
			}
		}
	}
	if checked < len(numberWords)+len(countedNouns) {
		t.Fatalf("only %d forms checked", checked)
	}
	for _, w := range []string{"the", "Council", "said"} {
		tok := lint.Token{Kind: lint.Word, Text: w, Fold: lint.FoldHash(w)}
		if mayBe(&tok, numberFolds, numberSieve) && mayBe(&tok, &countFolds, nounSieve) {
			t.Errorf("mayBe lets %q through both filters", w)
		}
	}
}

// TestNextCountVisitsEveryPair checks the walk over every second token:
// from every start, it stops at each token that countAt takes, in order,
// whether the number stands at an odd or an even place, beside another
// count or at the end of the text.
func TestNextCountVisitsEveryPair(t *testing.T) {
	src := "Police arrested 14 people. Twelve men and three women were charged, 7 suspects\n\n" +
		"fled; FOUR officers, 2 3 people, ten jobs and İ 12 staff. The 9 firms 5 shops six homes 40 miners"
	d, err := lint.Parse("x.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	toks := d.Tokens
	var want []int
	for k := range toks {
		if countAt(toks, k) {
			want = append(want, k)
		}
	}
	odd, even := 0, 0
	for _, k := range want {
		if k%2 == 1 {
			odd++
		} else {
			even++
		}
	}
	if odd < 3 || even < 3 {
		t.Fatalf("counts at %v: the text no longer tests both places", want)
	}
	for from := 0; from <= len(toks); from++ {
		var got []int
		for k := nextCount(toks, from); k >= 0; k = nextCount(toks, k+1) {
			got = append(got, k)
		}
		var exp []int
		for _, k := range want {
			if k >= from {
				exp = append(exp, k)
			}
		}
		if !slices.Equal(got, exp) {
			t.Fatalf("from %d: stops %v, want %v", from, got, exp)
		}
	}
}
