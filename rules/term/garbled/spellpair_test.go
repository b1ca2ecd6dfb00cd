package garbled

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/spelling/variety"
)

// naiveSpellingPair is the question spellIndex answers, read from all of
// spelling-variety's Words (as the rule did before the index).
func naiveSpellingPair(r *variety.Result, a, b string) bool {
	for i := range r.Words {
		o := &r.Words[i]
		if o.Entry == nil || o.Lower != a && o.Lower != b {
			continue
		}
		other := b
		if o.Lower == b {
			other = a
		}
		if o.Entry.ReplacedBy(other) {
			return true
		}
	}
	return false
}

// TestSpellIndex checks spellIndex's answers against a reading of all the
// Words, on an article that mixes spellings, and bounds the Words it reads:
// once to build, then only those of the two words asked about. Reading all
// the Words at each question (the rule before the index) reads here 400
// questions times the 4,000-odd Words.
func TestSpellIndex(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Defence plans\n\nThe defence budget and the defense budget grew. The colour of the color guard faded. ")
	for i := range 1000 {
		fmt.Fprintf(&sb, "The centre held %d. Colour. Honour. Favour. ", i)
	}
	doc, err := lint.Parse("a.txt", []byte(sb.String()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	results, err := lint.RuleResults(doc, []*lint.Rule{variety.Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	pairs := [][2]string{{"defence", "defense"}, {"defense", "defence"}, {"colour", "color"}, {"color", "colour"},
		{"centre", "center"}, {"honour", "honor"}, {"favour", "favor"}, {"colour", "colour"}, {"budget", "budgets"},
		{"centre", "central"}, {"guard", "gourd"}, {"defence", "colour"}}
	asked := 0
	probe := &lint.Rule{Name: "test-probe", ResultOnly: true, Requires: []*lint.Rule{variety.Rule}, Run: func(p *lint.Pass) (any, error) {
		r := lint.ResultOf[*variety.Result](p, variety.Rule)
		if r == nil || len(r.Words) < 4000 {
			t.Fatalf("spelling-variety's result: %v", r)
		}
		var x spellIndex
		x.reset()
		for range 400 / len(pairs) {
			for _, pr := range pairs {
				asked++
				if got, want := x.pair(p, pr[0], pr[1]), naiveSpellingPair(r, pr[0], pr[1]); got != want {
					t.Errorf("pair(%q, %q) = %v, want %v", pr[0], pr[1], got, want)
				}
			}
		}
		if !x.pair(p, "defence", "defense") || x.pair(p, "budget", "defence") {
			t.Error("defence and defense are one word in two spellings; budget and defence are not")
		}
		if limit := len(r.Words) + 4*asked; x.reads > limit {
			t.Errorf("%d questions read %d Words, want at most %d (the Words once, and a few per question)", asked, x.reads, limit)
		}
		return nil, nil
	}}
	if _, err := lint.RunRule(doc, probe, nil, results, nil); err != nil {
		t.Fatal(err)
	}
	if asked == 0 {
		t.Fatal("the probe asked nothing")
	}
}
