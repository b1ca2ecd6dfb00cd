package lint

import "testing"

// wordFlagCase is a word and whether its token carries the flag tested.
type wordFlagCase struct {
	word string
	want bool
}

// checkWordFlag parses each case's word, followed by each of a few tails,
// in plain text, Markdown and HTML, and checks that its token carries flag
// exactly when the case wants it, whichever path of the tokenizer reads it,
// and that no punctuation (a spaced hyphen among it) carries it.
func checkWordFlag(t *testing.T, flag TokenFlag, name string, cases []wordFlagCase) {
	t.Helper()
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
						if tk.Kind == Punct && tk.Has(flag) {
							t.Errorf("%s %q: punctuation %q has %s", doc.name, doc.src, tk.Text, name)
						}
						continue
					}
					found = true
					if got := tk.Has(flag); got != c.want {
						t.Errorf("%s %q: %q has %s %v, want %v", doc.name, doc.src, tk.Text, name, got, c.want)
					}
				}
				if !found {
					t.Errorf("%s %q: no token %q", doc.name, doc.src, c.word)
				}
			}
		}
	}
}

// InnerCapOrNonASCII is set on the words and numbers with a capital after
// their first byte or a byte beyond ASCII.
func TestInnerCapOrNonASCII(t *testing.T) {
	checkWordFlag(t, InnerCapOrNonASCII, "InnerCapOrNonASCII", []wordFlagCase{
		{"council", false}, {"Council", false}, {"councillors", false}, {"Councillorship", false},
		{"NASA", true}, {"iPhone", true}, {"McDonald", true}, {"MacDonald", true}, {"eBay", true},
		{"abcdefgH", true}, {"abcdefghI", true}, {"abcdefghijklmnopQ", true}, {"Abcdefghijklmnopq", false},
		{"café", true}, {"Zoë", true}, {"Łódź", true}, {"naïve", true},
		{"1999", false}, {"1,000", false}, {"3D", true}, {"4gb", false}, {"G7", false}, {"A1", false},
		{"don't", false}, {"Don't", false}, {"DON'T", true}, {"well-known", false}, {"Well-Known", true},
		{"al-Rashid", true}, {"U.S.", true}, {"p.m.", false}, {"it’s", true}, {"Smith's", false},
	})
}

// HyphenOrApostrophe is set on the words and numbers that hold an ASCII
// - or ': the fast ASCII loop's joined words and the general path's words
// beyond ASCII alike.
func TestHyphenOrApostrophe(t *testing.T) {
	checkWordFlag(t, HyphenOrApostrophe, "HyphenOrApostrophe", []wordFlagCase{
		{"council", false}, {"Council", false}, {"NASA", false}, {"1999", false}, {"1,000", false},
		{"U.S.", false}, {"p.m.", false}, {"café", false},
		{"don't", true}, {"DON'T", true}, {"well-known", true}, {"Well-Known", true},
		{"10-year-old", true}, {"2004-05", true}, {"rock'n'roll", true}, {"O'Neill", true},
		{"Smith's", true}, {"al-Rashid", true}, {"État-major", true}, {"Zoë's", true},
		{"it’s", false}, {"Mathis´s", false}, {"abcdefghij-klmnop", true},
	})
}
