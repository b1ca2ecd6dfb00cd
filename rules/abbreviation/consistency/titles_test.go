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
			got := titleCandidates(p.Doc, &f, nil)
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

// TestTitleCandidatesLong: titleCandidatesLong, which looks a long
// article's offsets up a batch at a time, lists what titleCandidatesShort
// lists, for words met once, a batch's number of times and across many
// batches, on a page longer than batchMinTokens and on a short one.
func TestTitleCandidatesLong(t *testing.T) {
	for _, long := range []bool{false, true} {
		var src strings.Builder
		src.WriteString("Headline\n\n")
		for i := range 3*hitBatch + 5 {
			src.WriteString("Mr. Smith met Mr Jones and Mrs Lee on Jan. 5.\n\n")
			if i < hitBatch {
				src.WriteString("Dr Ames saw Dr. Bell, not Mr.Xx or Mrx.\n\n")
			}
		}
		src.WriteString("Gen. Lee, once.\n\n")
		for long && len(src.String()) < 6*batchMinTokens {
			src.WriteString("the cat sat on the mat and the dog ran off with it.\n\n")
		}
		d, err := lint.Parse("a.txt", []byte(src.String()), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(d.Tokens) > batchMinTokens; got != long {
			t.Fatalf("long %v: %d tokens", long, len(d.Tokens))
		}
		words := []string{"Mr", "Dr", "Gen", "Jan", "Feb"}
		want := titleCandidatesShort(d, words, nil)
		if len(want) < 4*hitBatch {
			t.Fatalf("long %v: %d candidates: the page no longer exercises the batches", long, len(want))
		}
		if got := titleCandidatesLong(d, words, nil); !slices.Equal(got, want) {
			t.Errorf("long %v: titleCandidatesLong gives %d candidates, titleCandidatesShort %d", long, len(got), len(want))
		}
	}
}

// TestTitleDotsBatches: titleDots, which reads a long article's
// candidates a batch at a time (warmed first), reports every title
// written against the majority over many batches, on a short page and on
// one longer than batchMinTokens.
func TestTitleDotsBatches(t *testing.T) {
	const dotted, plain = 3*hitBatch + 5, hitBatch + 3
	for _, long := range []bool{false, true} {
		var src strings.Builder
		src.WriteString("Headline\n\n")
		for i := range dotted {
			src.WriteString("Mr. Smith met the team.\n\n")
			if i < plain {
				src.WriteString("Mr Jones met the team.\n\n")
			}
		}
		for long && len(src.String()) < 6*batchMinTokens {
			src.WriteString("the cat sat on the mat and the dog ran off with it.\n\n")
		}
		d, err := lint.Parse("a.txt", []byte(src.String()), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(d.Tokens) > batchMinTokens; got != long {
			t.Fatalf("long %v: %d tokens", long, len(d.Tokens))
		}
		diags, err := lint.Check(d, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, dg := range diags {
			if strings.HasPrefix(dg.Message, `"Mr" is written with a point elsewhere`) {
				n++
			}
		}
		if n != plain {
			t.Errorf("long %v: %d titles reported without their point, want %d (of %d findings)", long, n, plain, len(diags))
		}
	}
}

// TestWarm checks that warm reads the kind, first byte and block kind of
// each candidate and the kind of the token after it, and no token past
// the end.
func TestWarm(t *testing.T) {
	const n = 10
	d := &lint.Document{}
	for k := range n {
		// Each token's fields say which token it is: Kind k, text one
		// byte 20+k, block k (whose kind is 2k).
		d.Tokens = append(d.Tokens, lint.Token{Kind: lint.TokenKind(k), Text: string(rune(20 + k)), Block: int32(k)})
		d.Blocks = append(d.Blocks, lint.Block{Kind: lint.BlockKind(2 * k)})
	}
	cands := []int{0, 4, n - 1}
	want := uint(0)
	for _, i := range cands {
		want += uint(i) + uint(2*i) + uint(20+i)
		if i+1 < n {
			want += uint(i + 1)
		}
	}
	if got := warm(d, cands); got != want {
		t.Errorf("warm = %d, want %d", got, want)
	}
}
