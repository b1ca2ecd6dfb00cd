package lint

import "testing"

// InnerCapOrNonASCII is set on the words and numbers with a capital after
// their first byte or a byte beyond ASCII, whichever path of the tokenizer
// reads them and whichever reader gives it the text.
func TestInnerCapOrNonASCII(t *testing.T) {
	cases := []struct {
		word string
		want bool
	}{
		{"council", false}, {"Council", false}, {"councillors", false}, {"Councillorship", false},
		{"NASA", true}, {"iPhone", true}, {"McDonald", true}, {"MacDonald", true}, {"eBay", true},
		{"abcdefgH", true}, {"abcdefghI", true}, {"abcdefghijklmnopQ", true}, {"Abcdefghijklmnopq", false},
		{"café", true}, {"Zoë", true}, {"Łódź", true}, {"naïve", true},
		{"1999", false}, {"1,000", false}, {"3D", true}, {"4gb", false}, {"G7", false}, {"A1", false},
		{"don't", false}, {"Don't", false}, {"DON'T", true}, {"well-known", false}, {"Well-Known", true},
		{"al-Rashid", true}, {"U.S.", true}, {"p.m.", false}, {"it’s", true}, {"Smith's", false},
	}
	tails := []string{" today", ", then", ".", ""}
	for _, c := range cases {
		for _, tail := range tails {
			for _, doc := range []struct{ name, src string }{
				{"t.txt", "Head\n\nOn Monday " + c.word + tail + " was seen.\n"},
				{"t.md", "# Head\n\nOn *Monday* " + c.word + tail + " was seen.\n"},
				{"t.html", "<h1>Head</h1><p>On <b>Monday</b> " + c.word + tail + " was seen.</p>"},
			} {
				d := mustParse(t, doc.name, doc.src)
				found := false
				for _, tk := range d.Tokens {
					if tk.Text != c.word {
						if tk.Kind == Punct && tk.Has(InnerCapOrNonASCII) {
							t.Errorf("%s %q: punctuation %q has InnerCapOrNonASCII", doc.name, doc.src, tk.Text)
						}
						continue
					}
					found = true
					if got := tk.Has(InnerCapOrNonASCII); got != c.want {
						t.Errorf("%s %q: %q has InnerCapOrNonASCII %v, want %v", doc.name, doc.src, tk.Text, got, c.want)
					}
				}
				if !found {
					t.Errorf("%s %q: no token %q", doc.name, doc.src, c.word)
				}
			}
		}
	}
}
