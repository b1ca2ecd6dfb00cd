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

// Every word of ASCII letters and digits, of each case pattern and of one
// to ten bytes, before a space or a mark, takes scanPlain's turns; each
// token is what the general reader makes of it, with the FoldHash of its
// text and SpaceBefore after white space, and no text is left without a
// token.
func TestPlainWordsAsGeneralReader(t *testing.T) {
	var b strings.Builder
	for _, w := range []string{"a", "I", "an", "An", "AN", "aN", "a1", "A1", "1a", "1A", "12", "the", "The", "THE", "tHe", "iPhone",
		"mayor", "Mayor", "MAYOR", "MaYoR", "mayors", "Mayors1", "seventy", "Seventy", "SEVENTY", "sevenTy", "eighteen", "Eighteen",
		"EIGHTEEN", "nineteens", "Nineteens", "NINETEENS", "tenletters", "he", "hw", "ht", "w", "We", "zebra", "Zz", "zZ"} {
		for _, after := range []string{" ", ". ", ", ", "; ", "  ", ") ", "-", "'", "\t", "\x01 "} {
			b.WriteString(w + after)
		}
	}
	text := b.String() + "and the end of the text"
	d, err := Parse("t", []byte("Headline\n\n"+text+"\n"), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, d)
	if len(d.Blocks) != 2 {
		t.Fatalf("%d blocks, want 2", len(d.Blocks))
	}
	s := d.Text[:d.Blocks[1].Span.End]
	prev := d.Blocks[1].Span.Start
	for k, tk := range d.Tokens[d.Blocks[1].FirstToken:] {
		i := tk.Span.Start
		if strings.Trim(s[prev:i], " \t") != "" {
			t.Errorf("no token for %q before %q", s[prev:i], tk.Text)
		}
		prev = tk.Span.End
		end, kind, f := otherToken(s, i)
		if tk.Kind == Word || tk.Kind == Number {
			f |= joinerFlag(s[i:end])
		}
		if k > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
			f |= SpaceBefore
		}
		const read = Capitalized | AllCaps | InnerCapOrNonASCII | HyphenOrApostrophe | SpaceBefore
		if end != tk.Span.End || kind != tk.Kind || f != tk.Flags&read || tk.Fold != FoldHash(tk.Text) {
			t.Errorf("token %q %v flags %b fold %x; the general reader reads %q %v flags %b fold %x",
				tk.Text, tk.Kind, tk.Flags&read, tk.Fold, s[i:end], kind, f, FoldHash(s[i:end]))
		}
	}
}
