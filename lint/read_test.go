package lint

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "read", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseTextWireCopy(t *testing.T) {
	src := readTestdata(t, "wire.txt")
	d := mustParse(t, "wire.txt", src)
	if d.Text != src {
		t.Fatal("plain text: Text must equal Src")
	}
	got := blocksOf(d)
	for i := range got {
		got[i] = strings.Join(strings.Fields(got[i]), " ")
	}
	equalLists(t, "blocks", got, []string{
		"headline: Harbour council approves flood wall after decade of delays",
		"paragraph: By Martin Okafor",
		"paragraph: PORTREATH, Cornwall (Wire) - Councillors in the Cornish harbour town of Portreath voted on Tuesday to build a 400-metre flood wall, ending a dispute that has divided residents since Councillor Agnes Trevelyan first proposed it in 2014.",
		"paragraph: The scheme, costing £4.2m, will be paid for largely by the Environment Agency. \"We have waited long enough,\" Trevelyan said. \"Every winter the sea comes a little further up the slipway.\"",
		"paragraph: Opponents, led by the Portreath Fishermen's Association, said the wall would block access to the beach for boats.",
		"paragraph: A public inquiry is not expected.",
	})
	// A name broken by the wrap is two adjacent tokens, the second after a line end.
	i := d.TokenAt(strings.Index(d.Text, "Agnes"))
	if d.Tokens[i].Text != "Agnes" || d.Tokens[i+1].Text != "Trevelyan" || !d.Tokens[i+1].Has(NewlineBefore) || d.Tokens[i].Block != d.Tokens[i+1].Block {
		t.Errorf("Agnes / Trevelyan across the wrap: %+v %+v", d.Tokens[i], d.Tokens[i+1])
	}
	if d.Tokens[i].Sentence != d.Tokens[i+1].Sentence {
		t.Error("a wrap split a sentence")
	}
	if len(d.Comments) != 1 || !strings.HasPrefix(d.Comments[0].Body, "factlint-disable-next-line name-variant") {
		t.Fatalf("comments: %+v", d.Comments)
	}
	c := d.Comments[0].Span
	if !strings.HasPrefix(src[c.Start:c.End], "<!--") || !strings.HasSuffix(src[c.Start:c.End], "-->") {
		t.Errorf("comment span %q", src[c.Start:c.End])
	}
	for _, tk := range d.Tokens {
		if tk.Text == "factlint" || tk.Text == "disable" {
			t.Fatal("a directive line was read as prose")
		}
	}
}

func TestParseTextShapes(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{{
		"long lines are paragraphs",
		"Headline here\n" + strings.Repeat("word ", 30) + "end.\n" + strings.Repeat("more ", 25) + "end.\n",
		[]string{"headline: Headline here", "paragraph: " + strings.Repeat("word ", 30) + "end.", "paragraph: " + strings.Repeat("more ", 25) + "end."},
	}, {
		"a long line in a wrapped paragraph is an insertion",
		"Headline here\n\n" + strings.Repeat(strings.Repeat("word ", 13)+"word\n", 4) + strings.Repeat("long ", 24) + "long\n" + strings.Repeat(strings.Repeat("more ", 13)+"more\n", 4) + "end.\n",
		[]string{"headline: Headline here", "paragraph: " + strings.Repeat(strings.Repeat("word ", 13)+"word\n", 4) + strings.Repeat("long ", 24) + "long\n" + strings.Repeat(strings.Repeat("more ", 13)+"more\n", 4) + "end."},
	}, {
		"a line lengthened in a wrapped paragraph does not set its width",
		"Headline here\n\n" + strings.Repeat("word ", 15) + "words words\n" + strings.Repeat(strings.Repeat("more ", 13)+"more\n", 6) + strings.Repeat("more ", 11) + "said.\n\"Quote\" ends it.\n",
		[]string{"headline: Headline here", "paragraph: " + strings.Repeat("word ", 15) + "words words\n" + strings.Repeat(strings.Repeat("more ", 13)+"more\n", 6) + strings.Repeat("more ", 11) + "said.\n\"Quote\" ends it."},
	}, {
		"unwrapped copy: every long line is a paragraph",
		"Headline here\n" + strings.Repeat("Short one-line paragraph ends.\n"+strings.Repeat("long ", 24)+"end.\n", 4),
		[]string{"headline: Headline here",
			"paragraph: Short one-line paragraph ends.", "paragraph: " + strings.Repeat("long ", 24) + "end.",
			"paragraph: Short one-line paragraph ends.", "paragraph: " + strings.Repeat("long ", 24) + "end.",
			"paragraph: Short one-line paragraph ends.", "paragraph: " + strings.Repeat("long ", 24) + "end.",
			"paragraph: Short one-line paragraph ends.", "paragraph: " + strings.Repeat("long ", 24) + "end."},
	}, {
		"lists",
		"Things to know\n\nThe council listed:\n- a new wall\n* a slipway\n• a café\n1. first\n2) second\n",
		[]string{"headline: Things to know", "paragraph: The council listed:", "list-item: a new wall", "list-item: a slipway", "list-item: a café", "list-item: first", "list-item: second"},
	}, {
		"a hyphen starting a wrapped line is a dash",
		"Sale of the century\n\nEvans gave the pieces labels with not only the price but a helpful aside: the\nlabel on Bob Dylan's old sofa read \"genuine\" and the one on the throne read\n- honest - \"nearly new\", which made the buyers at the auction laugh.\n",
		[]string{"headline: Sale of the century", "paragraph: Evans gave the pieces labels with not only the price but a helpful aside: the\nlabel on Bob Dylan's old sofa read \"genuine\" and the one on the throne read\n- honest - \"nearly new\", which made the buyers at the auction laugh."},
	}, {
		"a wrapped list item needs no indent",
		"Managers react\n\n- City boss Kevin Keegan: \"We had a great chance to take the lead and the\nfirst goal was always going to be crucial.\"\n- Rovers boss Mark Hughes: \"They are resolute.\"\n",
		[]string{"headline: Managers react", "list-item: City boss Kevin Keegan: \"We had a great chance to take the lead and the\nfirst goal was always going to be crucial.\"", "list-item: Rovers boss Mark Hughes: \"They are resolute.\""},
	}, {
		"CRLF, BOM and lone CR",
		"\ufeffTitle line\r\n\r\nFirst para.\r\rSecond\rpara.\r",
		[]string{"headline: Title line", "paragraph: First para.", "paragraph: Second\rpara."},
	}, {
		"leading blank lines and tabs",
		"\n\n\t Title\t\n\n\tTabbed\tparagraph here.\n",
		[]string{"headline: Title", "paragraph: Tabbed\tparagraph here."},
	}, {
		"directive lines only",
		"Title\n\n<!-- factlint-disable spelling -- reason -->\n\nBody.\n<!---->\n",
		[]string{"headline: Title", "paragraph: Body."},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := mustParse(t, "a.txt", c.src)
			equalLists(t, "blocks", blocksOf(d), c.want)
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct {
		src  string
		want error
	}{
		{"", ErrEmpty}, {" \n\t\r\n", ErrEmpty}, {"\ufeff\n", ErrEmpty},
		{"abc\x00def", ErrBinary}, {"ok\n\xff\xfe", ErrInvalidUTF8},
	} {
		for _, f := range []Format{FormatText, FormatMarkdown, FormatHTML} {
			if _, err := Parse("x", []byte(c.src), f); !errors.Is(err, c.want) {
				t.Errorf("Parse(%q, %v) = %v, want %v", c.src, f, err, c.want)
			}
		}
	}
	_, err := Parse("x", []byte("line one\nline two \xc3("), FormatText)
	if err == nil || !strings.Contains(err.Error(), "line 2, column 10") {
		t.Errorf("invalid UTF-8 error should name the position: %v", err)
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{"a.md": FormatMarkdown, "B.MARKDOWN": FormatMarkdown, "c.html": FormatHTML,
		"d.HTM": FormatHTML, "e.txt": FormatText, "f": FormatText, "-": FormatText} {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %v", name, got)
		}
	}
}

func TestRuneCountValid(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "Zoë Brontë", "Łódź – 東京 🙂 naïve café, Müller’s", strings.Repeat("é🙂a", 9)} {
		for i := 0; i <= len(s); i++ {
			if !utf8.ValidString(s[i:]) {
				continue
			}
			if got, want := runeCountValid([]byte(s[i:])), utf8.RuneCountInString(s[i:]); got != want {
				t.Errorf("runeCountValid(%q) = %d, want %d", s[i:], got, want)
			}
		}
	}
}

// The plain-text reader builds the line table from its own line ends: it
// must be the one NewLineTable builds.
func TestParseTextLineTable(t *testing.T) {
	long := strings.Repeat("word ", 5000) // a line with checkpoints
	for _, src := range []string{
		"Headline\n\nBody text.\n", "Headline\n\nBody text.", "\ufeffTitle\r\n\r\nOne\r\ntwo.\r\rThree.\r",
		"A\rB\r\nC\nD", "Title\n\n" + long + "\n\n" + long, "\n\n\nTitle\n\n\n",
	} {
		d, err := Parse("t.txt", []byte(src), FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if want := NewLineTable(d.Src); !reflect.DeepEqual(d.Lines, want) {
			t.Errorf("%.40q: line table %v, want %v", src, d.Lines.start, want.start)
		}
	}
}
