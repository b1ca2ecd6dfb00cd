package lint

import (
	"bytes"
	"math"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are small inputs that reach the readers' edge cases.
var fuzzSeeds = []string{
	"Headline\n\nBy Jo Bloggs\n\n   LONDON - Mr. Smith met\nthe U.S. envoy at 5 p.m. \"We will,\" he said.\n",
	"\ufeffTitle\r\n\r\nOne\r\ntwo.\r\rThree.\r",
	"<!-- factlint-disable spelling -- x -->\n<!-->\nText",
	"---\ntitle: \"A \\u00e9 \\\"b\\\"\"\n---\n# H\n\n> q *e* [l](u) `c` <a@b.c> &amp; \\* ![i](j)\n\n- a\n  - b\n\n```\ncode\n```\n",
	"+++\ntitle = 'x'\n+++\ntext <!-- c --> more\nsetext\n===\n",
	"<html><head><title>T &amp; U</title></head><body><article><h1>H</h1><p>a<b>b</b>&#8217;c<br>d</p><script>x</script></article></body></html>",
	"<p>One<p>Two<li>Item<blockquote>Q</blockquote><code>c</code>&nbsp&copy",
	"Ka\u200bren \u202aAli\u202c Jose\u0301 'quote' ‘x’ “y” «z» www.example.com a@b.co",
	"...!!!???---,,,;;;:::\"\"''",
}

func fuzzReader(f *testing.F, format Format) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse("fuzz", src, format)
		if err != nil {
			if d != nil {
				t.Fatal("a document with an error")
			}
			return
		}
		checkDocument(t, d)
		if format == FormatText {
			want := bytes.TrimPrefix(src, bom)
			if d.Text != string(want) {
				t.Fatal("plain text: Text is not Src minus the BOM")
			}
		}
		if !utf8.ValidString(d.Text) {
			t.Fatal("Text is not valid UTF-8")
		}
	})
}

func FuzzParseText(f *testing.F)     { fuzzReader(f, FormatText) }
func FuzzParseMarkdown(f *testing.F) { fuzzReader(f, FormatMarkdown) }
func FuzzParseHTML(f *testing.F)     { fuzzReader(f, FormatHTML) }

func FuzzLineTable(f *testing.F) {
	for _, s := range []string{"a\nb\r\nc\rd", "“Zoë” 😀\r\n\r\rx", "", "\n\n", "\r"} {
		f.Add([]byte(s), 3)
	}
	// -math.MinInt is math.MinInt: the offset must be brought into range
	// without negating it.
	f.Add([]byte("ab"), math.MinInt)
	f.Fuzz(func(t *testing.T, src []byte, n int) {
		lt := NewLineTable(src)
		off := int(uint(n) % uint(len(src)+1))
		for off > 0 && off < len(src) && !utf8.RuneStart(src[off]) {
			off--
		}
		// A position inside a CRLF or an invalid sequence is not a character start.
		if !utf8.Valid(src) {
			return
		}
		if off > 0 && off < len(src) && src[off-1] == '\r' && src[off] == '\n' {
			off--
		}
		for _, unit := range []ColumnUnit{CodePoints, UTF16, Bytes} {
			p := lt.Position(off, unit)
			if p.Line < 1 || p.Line > lt.Lines() || p.Column < 1 {
				t.Fatalf("offset %d: position %v", off, p)
			}
			if back := lt.Offset(p, unit); back != off {
				t.Fatalf("unit %d: offset %d -> %v -> %d", unit, off, p, back)
			}
		}
	})
}
