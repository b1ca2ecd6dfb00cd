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
