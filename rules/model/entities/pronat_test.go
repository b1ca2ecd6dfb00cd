package entities

import "testing"

// TestPronAt checks what scanCase records of each pronoun for markReach,
// reachBacking and pronouns (pronAt) against the pronoun's token: its
// sentence, and the gender and case of its word in lower case (and that
// word, which pronouns reads from the form), over a text with every form (in
// lower case, capitalised at a sentence start, beyond ASCII) and the
// invented articles and the development corpus's.
func TestPronAt(t *testing.T) {
	extra := "He said she knew him. She met his wife and her son; hers was late. Himself, he said. His lawyer said herself. HE Herself. Ｈe came. She, he and her.\n"
	seen := map[Gender]int{}
	for _, text := range append(runTexts(), extra) {
		b := builtThrough(t, text, 1) // scanCase lists the pronouns
		if len(b.pronAt) != len(b.prons) {
			t.Fatalf("%d pronoun facts for %d pronouns", len(b.pronAt), len(b.prons))
		}
		for p, i32 := range b.prons {
			tk := &b.toks[i32]
			lw := b.lowerTok(int(i32), tk.Text)
			f := pronounFormOf(lw)
			g := f.g
			if got := b.pronAt[p]; got.sent != tk.Sentence || got.form() != f || got.form().word() != lw {
				t.Fatalf("pronoun %q at token %d: facts sentence %d, form %v (%q); want %d, %v (%q)", tk.Text, i32, got.sent, got.form(), got.form().word(), tk.Sentence, f, lw)
			}
			seen[g]++
		}
		putBuilder(b)
	}
	if seen[Male] == 0 || seen[Female] == 0 {
		t.Fatalf("pronouns seen by gender %v: the test proves little", seen)
	}
}
