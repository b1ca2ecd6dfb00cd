package entities

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// forwardScan is forwardEvent as it was before setForward's table: the
// sentence read from events[hi] to its end.
func (b *builder) forwardScan(events []event, i, hi int, g Gender) int {
	s := int(b.toks[i].Sentence)
	for k := hi; k < len(events) && int(events[k].sent) == s; k++ {
		c := &events[k]
		if c.noun && c.kindOf() == Person && (c.genderOf() == Unknown || c.genderOf() == g) || i-b.doc.Sentences[s].FirstToken <= 4 && b.isPerson(c) {
			return k
		}
	}
	return -1
}

// TestForwardEvent checks forwardEvent (setForward's table) against the
// scan of the sentence for every pronoun, at every event of its sentence
// and the next, and both genders, over the invented articles, the
// development corpus's and a page of one endless sentence.
func TestForwardEvent(t *testing.T) {
	endless := strings.Repeat("Mr Smith and Ms Jones and the judge said he and she and the woman and her lawyer and ", 40)
	checked, found := 0, 0
	forwardHook = func(b *builder, events []event) {
		for _, i32 := range b.prons {
			i := int(i32)
			s := b.toks[i].Sentence
			for hi := range events {
				if d := events[hi].sent - s; d < -1 || d > 1 {
					continue
				}
				for _, g := range []Gender{Male, Female, Unknown} {
					got, want := b.forwardEvent(events, i, int(s), hi, g), b.forwardScan(events, i, hi, g)
					if got != want {
						t.Fatalf("pronoun at token %d, events from %d, %v: forwardEvent gives %d, the scan %d", i, hi, g, got, want)
					}
					checked++
					if got >= 0 {
						found++
					}
				}
			}
		}
	}
	defer func() { forwardHook = nil }()
	for _, text := range append(runTexts(), titledArticle, endless) {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		Build(doc, nil)
	}
	if found == 0 || found == checked {
		t.Fatalf("%d of %d checks found a forward event: the test proves nothing", found, checked)
	}
}
