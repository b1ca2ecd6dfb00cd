package lint

import (
	"strings"
	"testing"
)

func TestParseMarkdownArticle(t *testing.T) {
	src := readTestdata(t, "article.md")
	d := mustParse(t, "article.md", src)
	equalLists(t, "blocks", blocksOf(d), []string{
		"headline: Lighthouse keeper's cottage sold for £310,000",
		"heading: This heading is not the headline",
		"paragraph: The former keeper's cottage at Godrevy Point was sold at auction on\nFriday to an unnamed buyer from Bristol,\nthe auctioneers said.",
		"quote: \"It is a piece of maritime history,\" said auctioneer Hal Penrose.\n\"We had bids from as far away as Canada.\"",
		"paragraph: Bidding opened at £200,000 *before* fees.",
		"list-item: The cottage has two bedrooms",
		"list-item: Its roof was replaced in \uFFFC after a storm",
		"list-item: See \uFFFC for the listing",
		"paragraph: The agents added a note.",
		"heading: What happens next",
		"paragraph: The sale is expected to complete next month.",
	})
	for _, bad := range []string{"example", "https", "Println", "fenced", "indented", "Raw", "photo", "Priya", "cornwall"} {
		for _, tk := range d.Tokens {
			if tk.Text == bad {
				t.Errorf("%q is not prose but was tokenised", bad)
			}
		}
	}
	// Each verbatim token maps to its own bytes; decoded ones to their source.
	mapped := map[string]string{}
	for _, tk := range d.Tokens {
		sp := d.SpanToSource(tk.Span)
		if got := src[sp.Start:sp.End]; got != tk.Text {
			mapped[tk.Text] = got
		}
	}
	for text, want := range map[string]string{"£": "&pound;", "*": `\*`, "\uFFFC": "`2019`"} {
		if mapped[text] != want && !(text == "\uFFFC" && mapped[text] == "<https://example.com/listing>") {
			t.Errorf("%q maps to %q, want %q", text, mapped[text], want)
		}
	}
	// The front-matter title maps into the front matter.
	h := d.Blocks[0]
	sp := d.SpanToSource(Span{h.Span.Start, h.Span.Start + len("Lighthouse")})
	if src[sp.Start:sp.End] != "Lighthouse" || sp.Start > strings.Index(src, "author") {
		t.Errorf("headline maps to %d %q", sp.Start, src[sp.Start:sp.End])
	}
	// A soft line break is white space and stays verbatim: a fix across it is possible.
	i := strings.Index(d.Text, "on\nFriday")
	if !d.Verbatim(Span{i, i + len("on\nFriday")}) {
		t.Error("a soft line break should be verbatim")
	}
	var bodies []string
	for _, c := range d.Comments {
		bodies = append(bodies, c.Body)
		if got := src[c.Span.Start:c.Span.End]; !strings.HasPrefix(got, "<!--") || !strings.HasSuffix(got, "-->") {
			t.Errorf("comment span %q", got)
		}
	}
	equalLists(t, "comments", bodies, []string{
		"factlint-disable-next-line term-variant -- inline",
		"factlint-disable spelling -- quoted from the listing",
	})
}

func TestParseMarkdownShapes(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{{
		"first h1 is the headline",
		"Intro line.\n\n# Real headline\n\n# Second h1\n\nText.\n",
		[]string{"paragraph: Intro line.", "headline: Real headline", "heading: Second h1", "paragraph: Text."},
	}, {
		"setext headline and TOML front matter without title",
		"+++\ndate = 2024-05-01\n+++\nHeadline\n========\n\nBody text.\n",
		[]string{"headline: Headline", "paragraph: Body text."},
	}, {
		"TOML title",
		"+++\ntitle = 'Storm warning'\n+++\n# Ignored\nBody.\n",
		[]string{"headline: Storm warning", "heading: Ignored", "paragraph: Body."},
	}, {
		"a title the first heading repeats is metadata: the heading is the headline",
		"---\ntitle: \"Bakery's 'secret' starter turns 100\"\n---\n\n# Bakery’s ‘secret’ *starter* turns 100\n\nBody.\n",
		[]string{"headline: Bakery’s ‘secret’ starter turns 100", "paragraph: Body."},
	}, {
		"YAML plain and single-quoted titles",
		"---\ntitle: Mayor's ''plan'' # comment\n---\nBody.\n",
		[]string{"headline: Mayor's ''plan''", "paragraph: Body."},
	}, {
		"YAML single-quoted title",
		"---\ntitle: 'It''s over'\n---\nBody.\n",
		[]string{"headline: It's over", "paragraph: Body."},
	}, {
		"unclosed front matter is Markdown",
		"---\ntitle: x\n\nBody.\n",
		[]string{"paragraph: title: x", "paragraph: Body."},
	}, {
		"nested quote in list",
		"- item one\n\n  > quoted in item\n\n- item two\n",
		[]string{"list-item: item one", "quote: quoted in item", "list-item: item two"},
	}, {
		"block quote lazy lines keep a line break",
		"> first line\n> *second* line\n",
		[]string{"quote: first line\nsecond line"},
	}, {
		"links, emphasis and inline code",
		"Visit [the **council** site](http://x.example) or `run this` now.\n",
		[]string{"paragraph: Visit the council site or \uFFFC now."},
	}, {
		"hard line breaks",
		"Line one  \nLine two\\\nLine three\n",
		[]string{"paragraph: Line one  \nLine two\nLine three"},
	}, {
		"CRLF and lone CR",
		"# Title\r\n\r\nOne\r\ntwo.\r\rThree.\r",
		[]string{"headline: Title", "paragraph: One\r\ntwo.", "paragraph: Three."},
	}, {
		"BOM",
		"\ufeff# Title\n\nBody.\n",
		[]string{"headline: Title", "paragraph: Body."},
	}, {
		"entities",
		"Caf&eacute; &#233; &#xE9; &bogus; &amp\n",
		[]string{"paragraph: Café é é &bogus; &amp"},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := mustParse(t, "a.md", c.src)
			equalLists(t, "blocks", blocksOf(d), c.want)
		})
	}
}

func TestParseMarkdownDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("> ", 10000) + "deep quote\n",
		strings.Repeat("- ", 10000) + "deep list\n",
		func() string {
			var b strings.Builder
			for i := 0; i < 2000; i++ {
				b.WriteString(strings.Repeat("  ", i))
				b.WriteString("* item\n")
			}
			return b.String()
		}(),
		strings.Repeat(">", 10000) + " x\n" + strings.Repeat(">", 10000) + " y\n",
	} {
		d := mustParse(t, "deep.md", src)
		if len(d.Tokens) == 0 {
			t.Error("deep Markdown lost its text")
		}
	}
	// Within the limit goldmark reads the structure.
	d := mustParse(t, "ok.md", strings.Repeat("> ", 10)+"ten deep\n")
	equalLists(t, "blocks", blocksOf(d), []string{"quote: ten deep"})
}

func TestParseMarkdownPathologicalInline(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	for _, unit := range []string{"[a](b", "*a_ ", "*t _t*_ ", "e`", "[x] ", "<a "} {
		src := strings.Repeat(unit, 200000/len(unit))
		mustParse(t, "p.md", src)
	}
}

// TestParseMarkdownInlineLimit checks where the inline-cost guard starts: a
// run of lines whose delimiters times length pass maxInlineWorkUnits is read
// as plain text, a shorter one keeps its markup, and a long run without
// delimiters is not counted against the limit.
func TestParseMarkdownInlineLimit(t *testing.T) {
	for _, c := range []struct {
		units int
		plain bool
	}{{10, false}, {647, false}, {648, true}, {700, true}} {
		src := strings.Repeat("*em* ", c.units) // 5 bytes, 2 delimiters each
		d := mustParse(t, "limit.md", src)
		if got := strings.Contains(d.Text, "*em*"); got != c.plain {
			t.Errorf("%d units: read as plain text %v, want %v", c.units, got, c.plain)
		}
	}
	if costlyInline([]byte(strings.Repeat("a", 100000))) {
		t.Error("a long run without delimiters is costly")
	}
	if costlyInline([]byte(strings.Repeat("*", 2048))) {
		t.Error("2048 delimiters: 2048² is the limit, not over it")
	}
	if !costlyInline([]byte(strings.Repeat("*", 2049))) {
		t.Error("2049 delimiters are over the limit")
	}
}
