package lint

import (
	"strings"
	"testing"
)

// Words joined by a typographic apostrophe and the typographic punctuation
// of U+2010-U+2027 take tokenize's short cuts (joinedEnd with curly,
// generalPunct); each token is what the general reader (scanWord,
// caseFlags, otherToken) makes of it.
func TestTypographicShortCuts(t *testing.T) {
	text := "“It’s O’Neill’s,” said the ’90s rock’n’roll fan—at 1990’s end… " +
		"DON’T ’em BBC’s well-known mayor’s-office i’ mid’\u200bword it’é x’- ‘quote’ a–b ‐ ‑ ‒ ― ‖ ‗ ‚ ‛ „ ‟ † ‡ • ‣ ․ ‥ ‧."
	for _, format := range []Format{FormatText, FormatMarkdown, FormatHTML} {
		src := "Headline\n\n" + text + "\n"
		if format == FormatHTML {
			src = "<h1>Headline</h1><p>" + text + "</p>"
		}
		d, err := Parse("t", []byte(src), format)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, d)
		var got []string
		for _, tk := range d.Tokens[d.Blocks[1].FirstToken:] {
			got = append(got, tk.Text)
			i := tk.Span.Start
			s := d.Text[:d.Blocks[1].Span.End]
			end, kind, f := otherToken(s, i)
			if tk.Kind == Word || tk.Kind == Number {
				f |= joinerFlag(s[i:end])
			}
			if end != tk.Span.End || kind != tk.Kind || f != tk.Flags&(Capitalized|AllCaps|InnerCapOrNonASCII|HyphenOrApostrophe) {
				t.Errorf("%v: token %q %v flags %b; the general reader reads %q %v flags %b", format, tk.Text, tk.Kind, tk.Flags, s[i:end], kind, f)
			}
		}
		want := "“ It’s O’Neill’s , ” said the ’ 90s rock’n’roll fan — at 1990’s end … DON’T ’ em BBC’s well-known mayor’s-office i ’ mid ’ word it’é x ’ - ‘ quote ’ a – b ‐ ‑ ‒ ― ‖ ‗ ‚ ‛ „ ‟ † ‡ • ‣ ․ ‥ ‧ ."
		if g := strings.Join(got, " "); g != want {
			t.Errorf("%v: tokens\n%s\nwant\n%s", format, g, want)
		}
	}
}
