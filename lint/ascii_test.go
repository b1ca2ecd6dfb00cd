package lint

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// hasHigh reports whether s holds a byte at or above 0x80.
func hasHigh(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// TestDocumentASCII checks Document.ASCII: never set on a text with a byte
// beyond ASCII (an entity of an ASCII Markdown or HTML source may decode
// into one), always set on plain text of ASCII bytes, and the position of
// invalid UTF-8 after an ASCII prefix still reported (Parse validates from
// the first byte beyond ASCII on).
func TestDocumentASCII(t *testing.T) {
	cases := []struct {
		src    string
		format Format
		want   bool
	}{
		{"Plain words, said Mr Smith.\n", FormatText, true},
		{"Caf\u00e9 society.\n", FormatText, false},
		{"Long enough to read eight bytes at a time before the dash \u2013 here.\n", FormatText, false},
		{"\ufeffA headline\n", FormatText, false}, // (the mark is left out of Text: unset says nothing)
		{"A&nbsp;space and &#8217; a quote.\n", FormatMarkdown, false},
		{"<p>A&nbsp;space</p>\n", FormatHTML, false},
		{"<p>A plain paragraph &amp; more.</p>\n", FormatHTML, true},
		{"# Title\n\nA *plain* paragraph.\n", FormatMarkdown, true},
	}
	for _, c := range cases {
		d, err := Parse("x", []byte(c.src), c.format)
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		if d.ASCII != c.want {
			t.Errorf("%q (%v): ASCII %v, want %v", c.src, c.format, d.ASCII, c.want)
		}
		if d.ASCII && hasHigh(d.Text) {
			t.Errorf("%q (%v): ASCII set on text %q", c.src, c.format, d.Text)
		}
		d.Release()
	}
	// Random texts of ASCII with now and then a character beyond it, at
	// every distance from an eight-byte boundary.
	r := rand.New(rand.NewPCG(7, 7))
	pieces := []string{"word ", "Name ", "a", "&nbsp;", "&amp;", "\u00e9", "\u2019", "\n\n", ". ", "<b>x</b> "}
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		sb.WriteString("x")
		for k := r.IntN(40); k > 0; k-- {
			p := pieces[r.IntN(len(pieces))]
			if p[0] >= utf8.RuneSelf && r.IntN(3) != 0 {
				p = "z"
			}
			sb.WriteString(p)
		}
		src := sb.String()
		for _, f := range []Format{FormatText, FormatMarkdown, FormatHTML} {
			d, err := Parse("x", []byte(src), f)
			if err != nil {
				continue
			}
			if d.ASCII && hasHigh(d.Text) {
				t.Fatalf("%q (%v): ASCII set on text %q", src, f, d.Text)
			}
			if f == FormatText && !hasHigh(src) && !d.ASCII {
				t.Fatalf("%q: ASCII plain text not marked", src)
			}
			d.Release()
		}
	}
	for pre := 0; pre < 20; pre++ {
		src := strings.Repeat("a", pre) + "\xc3("
		if _, err := Parse("x", []byte(src), FormatText); err == nil || !strings.Contains(err.Error(), "column "+strconv.Itoa(pre+1)) {
			t.Errorf("invalid UTF-8 after %d ASCII bytes: %v", pre, err)
		}
	}
	for _, s := range []string{"", "abc", "abcdefgh", "abcdefgh\u00e9", "abcdefghijklmn\u00e9o", "\u00e9"} {
		want := strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf })
		if want < 0 {
			want = len(s)
		}
		if got := asciiLen(s); got != want {
			t.Errorf("asciiLen(%q) = %d, want %d", s, got, want)
		}
		if got := asciiLen([]byte(s)); got != want {
			t.Errorf("asciiLen([]byte(%q)) = %d, want %d", s, got, want)
		}
	}
}

// TestASCIILen checks asciiLen, which reads 32 bytes a turn and then eight,
// against a byte-at-a-time reading: texts of every length up to 100 with a
// byte beyond ASCII at every offset or none, so that the first such byte
// falls in every turn of each loop and at every place within a turn.
func TestASCIILen(t *testing.T) {
	for n := 0; n <= 100; n++ {
		for at := -1; at < n; at++ {
			b := []byte(strings.Repeat("abcdefg ", 13)[:n])
			want := n
			if at >= 0 {
				b[at] = 0x80 | byte(at)
				want = at
			}
			if got := asciiLen(b); got != want {
				t.Fatalf("asciiLen of %d bytes with a high byte at %d = %d, want %d", n, at, got, want)
			}
			if got := asciiLen(string(b)); got != want {
				t.Fatalf("asciiLen of the string of %d bytes with a high byte at %d = %d, want %d", n, at, got, want)
			}
		}
	}
}
