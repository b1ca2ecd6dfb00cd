package lint

import "testing"

// TestPhrase: Phrase makes each run of ASCII white space one space and
// leaves everything else, a no-break space among it, as Slice gives it.
func TestPhrase(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Berlin film festival", "Berlin film festival"},
		{"Berlin film\nfestival", "Berlin film festival"},
		{"Berlin film\r\nfestival", "Berlin film festival"},
		{"All\n  England\tclub", "All England club"},
		{"two  spaces", "two spaces"},
		{"10\u00a0km", "10\u00a0km"},
		{"10\u00a0 km", "10\u00a0 km"},
		{"end \n", "end "},
		{"", ""},
	} {
		d := &Document{Text: c.text}
		if got := d.Phrase(Span{0, len(c.text)}); got != c.want {
			t.Errorf("Phrase(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
