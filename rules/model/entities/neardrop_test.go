package entities

import "testing"

// TestNearMissDropPairs: the pairs Spelling turns away are compared
// further only when one word is the other with a letter dropped (see
// mayDrop), inside (unknownDrop: Lewis, Lwis; sharedFirstDrop: Bill
// Thompson, Bill Thomson) or at the end (unknownDrop through finalDrop:
// Khodorkovsky, Khodorkovsk); each still makes its near miss, whichever of
// the two words is the shorter one of the pair.
func TestNearMissDropPairs(t *testing.T) {
	for _, c := range []struct{ text, word, ref string }{
		{"The former oil tycoon Mikhail Khodorkovsky lost his appeal.\n\nThe ruling means Khodorkovsk will stay in a prison colony.\n\nKhodorkovsky was arrested in 2003.\n", "Khodorkovsk", "Khodorkovsky"},
		{"The winger Harry Lewis scored twice on Saturday.\n\nLwis said the team had played well.\n\nLewis will start again next week.\n", "Lwis", "Lewis"},
	} {
		_, m := buildText(t, c.text)
		found := false
		for _, nm := range m.NearMisses {
			if nm.Word == c.word && nm.RefWord == c.ref {
				found = true
			}
		}
		if !found {
			t.Errorf("no near miss %s for %s in %q: %+v", c.word, c.ref, c.text, m.NearMisses)
		}
	}
	for _, c := range []struct {
		a, c string
		want bool
	}{
		{"lewis", "lwis", true},
		{"lwis", "lewis", true},
		{"khodorkovsk", "khodorkovsky", true}, // (a pair holds the shorter word first)
		{"khodorkovsky", "khodorkovsk", true},
		{"evan", "evans", false}, // a final s: another name (see finalDrop)
		{"smith", "smyth", false},
	} {
		if got := mayDrop(c.a, c.c); got != c.want {
			t.Errorf("mayDrop(%q, %q) = %v, want %v", c.a, c.c, got, c.want)
		}
	}
}
