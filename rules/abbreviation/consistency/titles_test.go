package consistency

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// titleCandidates lists every title or month token that a walk over all
// tokens would count for a key that has a dotted use (the only keys that
// can be mixed), in order: a line-ending point, a street's St., a month.
func TestTitleCandidatesCoverWalk(t *testing.T) {
	texts := append([]string{
		"Mr. Hallam met Mr Tran and Mrs Lee.\n\nDr Ames, Dr. Bell and Prof Ott spoke on Jan. 5 and Feb 3.",
		"Mr.\nSmith met Mr Jones. St. Louis and St Andrews, Main St. The Gen Lee\n\nSept 9 and Dec. 4.",
		"Mrs Mr. Mrx Mr Mr.Xx St.Louis Mt Everest Mt. Fuji Jan 5 Jan.5 Capt. Kirk",
	}, ruletest.Articles(t, "testdata", 200)...)
	checked := 0
	for _, s := range texts {
		ruletest.Findings(t, Rule.Name, s, func(p *lint.Pass) {
			toks := p.Doc.Tokens
			f := pointFacts(p.Doc.Text)
			got := titleCandidates(p.Doc, &f)
			if !slices.IsSorted(got) {
				t.Errorf("%.60q…: candidates %v not in order", s, got)
			}
			uses := map[string][]int{}
			dotted := map[string]bool{}
			for i := range toks {
				tk := &toks[i]
				if tk.Kind != lint.Word || !styleShape(tk.Text) {
					continue
				}
				key, form := tk.Text, notBeforeName
				switch kind := styleWords[tk.Text]; {
				case kind == titleWord || placeTitles[tk.Text] && saintAt(toks, i):
					form = styleForm(toks, i, titleWord)
				case kind == monthWord:
					key, form = "month", monthForm(toks, i)
				}
				if form == notBeforeName {
					continue
				}
				uses[key] = append(uses[key], i)
				dotted[key] = dotted[key] || form == withPoint
			}
			for key, is := range uses {
				for _, i := range is {
					if !dotted[key] {
						continue
					}
					if !slices.Contains(got, i) {
						t.Errorf("%.60q…: %s at token %d not a candidate", s, key, i)
					}
					checked++
				}
			}
		})
	}
	if checked == 0 {
		t.Error("no title with a dotted use found: the test proves nothing")
	}
}

// TestTokenAtFrom: tokenAtFrom, asked offsets in order from the token it
// last returned, returns what Document.TokenAt returns, at every offset of
// a text and at offsets far apart (fails when its gallop skips the token or
// its search stops short).
func TestTokenAtFrom(t *testing.T) {
	text := strings.Repeat("Mr. Smith met Ms Jones,  at 9 a.m. in   Paris.\n\n", 40)
	d, err := lint.Parse("t.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	for _, stride := range []int{1, 3, 17, 250, len(text)} {
		tok := 0
		for off := 0; off <= len(text); off += stride {
			tok = tokenAtFrom(d, tok, off)
			if want := d.TokenAt(off); tok != want {
				t.Fatalf("stride %d, offset %d: token %d, TokenAt %d", stride, off, tok, want)
			}
		}
	}
}
