package entities

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestWarmSums checks that warmThe and warmEvents read what their
// comments say (the sum of the fields named there), the ends of the
// token array included.
func TestWarmSums(t *testing.T) {
	const n = 10
	toks := make([]lint.Token, n)
	for k := range toks {
		toks[k] = lint.Token{Text: strings.Repeat("x", k+1), Flags: lint.TokenFlag(100 + k), Sentence: int32(1000 + k), Block: int32(10 * k)}
	}
	the := []int32{0, 4, n - 1}
	want := uint(0)
	for _, i := range the {
		want += uint(10 * i)
		if i+1 < n {
			want += uint(i+2) + uint(10*(i+1))
		}
	}
	if got := warmThe(toks, the); got != want {
		t.Errorf("warmThe = %d, want %d", got, want)
	}
	e := &Entity{Mentions: []Mention{{Span: lint.Span{Start: 7}}, {Span: lint.Span{Start: 70}}}}
	evs := []event{
		{tok: 0, last: 1},                               // subject test to do, first token
		{tok: 3, last: n - 1, subj: 1},                  // done: its tokens are not read
		{tok: 5, last: 6, ent: 1, mi: 1},                // and its mention
		{tok: 2, last: 2, ent: 1, noun: true, subj: -1}, // a noun: no mention
	}
	want = uint(1000) + uint(100+2)
	want += uint(1005) + uint(100+4) + uint(100+7) + 70
	if got := warmEvents(toks, []*Entity{e}, evs); got != want {
		t.Errorf("warmEvents = %d, want %d", got, want)
	}
}

// TestWarmSameModel builds the models of the invented articles, and of
// a long page of titled people, pronouns and "the minister", with the
// passes' warming off and with it on for every document (warmFrom 0, so
// that the batches start at every offset): warming reads and changes
// nothing, so the models are the same.
func TestWarmSameModel(t *testing.T) {
	var long strings.Builder
	for i := range 3*warmBatch + 7 {
		fmt.Fprintf(&long, "Harbour minister Daniel Kes%c%c opened the terminal. He said the minister was glad, and the 41-year-old Ana Lo%c spoke after her.\n\n", 'a'+i%26, 'a'+i/26%26, 'a'+i%26)
	}
	texts := append(runTexts(), titledArticle, long.String())
	defer func() { warmFrom = warmMinTokens }()
	warmed := 0
	for _, text := range texts {
		var dumps [2]string
		for k, from := range []int{math.MaxInt, 0} {
			warmFrom = from
			doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			dumps[k] = DumpFull(doc, Build(doc, nil))
		}
		if dumps[0] != dumps[1] {
			t.Fatalf("warming changed the model of %.60q:\n%s\n%s", text, dumps[0], dumps[1])
		}
		if strings.Contains(dumps[0], `"Reach":[{`) {
			warmed++
		}
	}
	if warmed == 0 {
		t.Fatal("no article had a pronoun with candidates: the test proves nothing")
	}
}
