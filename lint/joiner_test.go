package lint

import "testing"

// HyphenOrApostrophe is set on the words and numbers that hold an ASCII
// - or ', whichever path of the tokenizer reads them (the fast ASCII loop,
// its joined words, or the general path for words beyond ASCII) and
// whichever reader gives it the text.
func TestHyphenOrApostrophe(t *testing.T) {
	cases := []struct {
		word string
		want bool
	}{
		{"council", false}, {"Council", false}, {"NASA", false}, {"1999", false}, {"1,000", false},
		{"U.S.", false}, {"p.m.", false}, {"café", false},
		{"don't", true}, {"DON'T", true}, {"well-known", true}, {"Well-Known", true},
		{"10-year-old", true}, {"2004-05", true}, {"rock'n'roll", true}, {"O'Neill", true},
		{"Smith's", true}, {"al-Rashid", true}, {"État-major", true}, {"Zoë's", true},
		{"it’s", false}, {"Mathis´s", false}, {"abcdefghij-klmnop", true},
	}
	tails := []string{" today", ", then", ".", ""}
	for _, c := range cases {
		for _, tail := range tails {
			for _, doc := range []struct{ name, src string }{
				{"t.txt", "Head\n\nOn Monday " + c.word + tail + " was seen - or not.\n"},
				{"t.md", "# Head\n\nOn *Monday* " + c.word + tail + " was seen - or not.\n"},
				{"t.html", "<h1>Head</h1><p>On <b>Monday</b> " + c.word + tail + " was seen - or not.</p>"},
			} {
				d := mustParse(t, doc.name, doc.src)
				found := false
				for _, tk := range d.Tokens {
					if tk.Text != c.word {
						if tk.Kind == Punct && tk.Has(HyphenOrApostrophe) {
							t.Errorf("%s %q: punctuation %q has HyphenOrApostrophe", doc.name, doc.src, tk.Text)
						}
						continue
					}
					found = true
					if got := tk.Has(HyphenOrApostrophe); got != c.want {
						t.Errorf("%s %q: %q has HyphenOrApostrophe %v, want %v", doc.name, doc.src, tk.Text, got, c.want)
					}
				}
				if !found {
					t.Errorf("%s %q: no token %q", doc.name, doc.src, c.word)
				}
			}
		}
	}
}
