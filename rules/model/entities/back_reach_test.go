package entities

import "testing"

// TestMarkReach checks markReach against the sentences of each pronoun
// and the farBack before it marked one by one, over the invented articles
// and the development corpus's.
func TestMarkReach(t *testing.T) {
	marked := 0
	for _, text := range append(runTexts(), titledArticle) {
		b := builtThrough(t, text, 1) // scanCase lists the pronouns
		got := make([]bool, len(b.doc.Sentences))
		b.markReach(got)
		want := make([]bool, len(b.doc.Sentences))
		for _, p := range b.prons {
			s := int(b.toks[p].Sentence)
			for x := s - farBack; x <= s; x++ {
				if x >= 0 {
					want[x] = true
				}
			}
		}
		for s := range want {
			if got[s] != want[s] {
				t.Fatalf("sentence %d of %d: markReach gives %v, want %v", s, len(want), got[s], want[s])
			}
			if got[s] {
				marked++
			}
		}
		putBuilder(b)
	}
	if marked == 0 {
		t.Fatal("no sentence in reach: the test proves nothing")
	}
}

// TestFarWindow checks what pronouns reads as a pronoun's far reach (the
// events its window holds, wins[p]) against countBack over the events to
// farBack sentences before it, over the invented articles and the
// development corpus's.
func TestFarWindow(t *testing.T) {
	var events []event
	forwardHook = func(_ *builder, evs []event) { events = append(events[:0], evs...) }
	defer func() { forwardHook = nil }()
	checked, nonEmpty := 0, 0
	for _, text := range append(runTexts(), titledArticle) {
		events = events[:0]
		b := builtThrough(t, text, 6) // through pronouns
		if len(b.prons) > 0 && len(b.wins) != len(b.prons) {
			t.Fatalf("%d windows for %d pronouns", len(b.wins), len(b.prons))
		}
		for p, w := range b.wins[:len(b.prons)] {
			s := int(b.toks[b.prons[p]].Sentence)
			if got, want := int(w.hi-w.lo), countBack(events, int(w.hi), maxReach, s-farBack); got != want {
				t.Fatalf("pronoun %d: its window holds %d events, countBack %d", p, got, want)
			}
			checked++
			if w.hi > w.lo {
				nonEmpty++
			}
		}
		putBuilder(b)
	}
	if checked == 0 || nonEmpty == 0 {
		t.Fatalf("%d pronouns checked, %d windows not empty: the test proves nothing", checked, nonEmpty)
	}
}
