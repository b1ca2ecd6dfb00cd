package conflict

import (
	"maps"
	"slices"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// gather, which asks atCapital only about the capitals next to a token of
// neighbours, finds what asking it about every capital finds, on the test
// articles and the development corpus.
func TestGatherMatchesEveryCapital(t *testing.T) {
	found := 0
	for _, s := range ruletest.Articles(t, "testdata", 400) {
		doc, err := lint.Parse("article.txt", []byte(s), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		fast, full := getWork(), getWork()
		fast.gather(doc)
		toks := doc.Tokens
		full.caps, full.cands, full.appos, full.before, full.appts = full.caps[:0], full.cands[:0], full.appos[:0], full.before[:0], full.appts[:0]
		for i := 1; i < len(toks); i++ {
			if t := &toks[i]; t.Flags&lint.Capitalized != 0 && t.Kind == lint.Word {
				// fill's test of the word before, spelled out rather than
				// asked of pairedCapital (which gather asks).
				if p := &toks[i-1]; p.Has(lint.Capitalized) && p.Kind == lint.Word && p.Block == t.Block {
					full.caps = append(full.caps, int32(i))
				}
				full.atCapital(doc, i)
			}
		}
		if !slices.Equal(fast.caps, full.caps) || !slices.Equal(fast.cands, full.cands) || !slices.Equal(fast.appos, full.appos) ||
			!slices.Equal(fast.before, full.before) || !slices.Equal(fast.appts, full.appts) || !maps.Equal(fast.interest.m, full.interest.m) {
			t.Errorf("%.60q…: gather finds %v %v %v %v, every capital %v %v %v %v", s, fast.cands, fast.appos, fast.before, fast.appts, full.cands, full.appos, full.before, full.appts)
		}
		found += len(full.cands) + len(full.appos) + len(full.before) + len(full.appts)
		fast.release()
		full.release()
	}
	if found < 20 {
		t.Errorf("only %d names found: the comparison proves little", found)
	}
}
