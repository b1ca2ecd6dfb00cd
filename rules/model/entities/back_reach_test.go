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

// farReachArticle has pronouns whose near reach holds no person: at the
// document's start, after a sentence naming more people than a reach
// holds (its window full), across blocks, and at the end.
const farReachArticle = `He opened the terminal.

Anna Berg, Carl Dahl, Eva Falk, Gustav Holm, Ida Jonsson, Karl Lund, Maja Nord, Olof Persson, Rut Sjoberg, Tor Udd, Vera Wik, Axel Bengtsson, Cecilia Dahlin, Erik Fors, Greta Hedin, Ivar Janson and Lena Moller met on Monday. The weather was cold. It rained.

The ferry was late. Then she spoke. The boats were full. The dock was wet.

Anna Berg arrived. It was noon. It was dark. The bus came. The train came. It snowed. Later his car left. It was over, and he`

// TestFarReach checks each pronoun's reach where pronouns took the far
// one (Far, or a reach with no person or noun, which the near reach would
// have held) against the events before the pronoun back to farBack
// sentences before it, at most maxReach, nearest first, read afresh from
// the events: the whole reach, not only its length.
func TestFarReach(t *testing.T) {
	var events []event
	forwardHook = func(_ *builder, evs []event) { events = append(events[:0], evs...) }
	defer func() { forwardHook = nil }()
	far, full, empty, atStart := 0, 0, 0, 0
	for _, text := range append(runTexts(), titledArticle, farReachArticle) {
		events = events[:0]
		b := builtThrough(t, text, 6) // through pronouns
		for p := range b.m.Pronouns {
			pr := &b.m.Pronouns[p]
			if !pr.Far && hasPersonOrNoun(pr.Reach) {
				continue // the near reach
			}
			hi := 0
			for hi < len(events) && int(events[hi].tok) < pr.Token {
				hi++
			}
			var want []Candidate
			for k := hi - 1; k >= 0 && len(want) < maxReach && int(events[k].sent) >= pr.Sentence-farBack; k-- {
				want = append(want, b.candidate(&events[k]))
			}
			if len(pr.Reach) != len(want) || pr.Far != (len(want) > 0) {
				t.Fatalf("pronoun %q at %d: far reach of %d (Far %v), want %d", pr.Text, pr.Span.Start, len(pr.Reach), pr.Far, len(want))
			}
			for k := range want {
				if pr.Reach[k] != want[k] {
					t.Fatalf("pronoun %q at %d: far reach[%d] %q at %d, want %q at %d", pr.Text, pr.Span.Start, k, pr.Reach[k].Text, pr.Reach[k].Token, want[k].Text, want[k].Token)
				}
			}
			far++
			switch {
			case len(want) == maxReach:
				full++
			case len(want) == 0:
				empty++
			case hi == len(want):
				atStart++ // the window reaches the first event
			}
		}
		putBuilder(b)
	}
	if full == 0 || empty == 0 || atStart == 0 {
		t.Fatalf("%d far reaches, %d full, %d empty, %d from the first event: the test proves too little", far, full, empty, atStart)
	}
	t.Logf("%d far reaches, %d full, %d empty, %d from the first event", far, full, empty, atStart)
}
