package lint

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestParseHTMLArticle(t *testing.T) {
	src := readTestdata(t, "article.html")
	d := mustParse(t, "article.html", src)
	equalLists(t, "blocks", blocksOf(d), []string{
		"headline: Ferry strike called off after late-night talks",
		"paragraph: By Siân Llewellyn",
		"paragraph: A strike by ferry crews on the Penzance–Scilly route has been called off\nafter talks that ran until 2\u00a0a.m., the RMT union said.",
		"paragraph: “Nobody wanted the islands cut off,” said Tom O’Donnell, the union's regional organiser.",
		"heading: What was agreed",
		"list-item: A pay rise of 4.5%",
		"list-item: Two extra rest days\nfrom next April",
		"quote: We are pleased to have reached a fair deal.",
		"paragraph: Run \uFFFC to see the new sailings.",
		"paragraph: Penzance",
		"paragraph: 09:15",
	})
	for _, tk := range d.Tokens {
		switch tk.Text {
		case "Courier", "Sport", "Template", "JavaScript", "Copyright", "Read", "color", "write", "summer", "https":
			t.Errorf("%q is not article prose", tk.Text)
		}
	}
	i := d.TokenAt(strings.Index(d.Text, "O’Donnell"))
	sp := d.SpanToSource(d.Tokens[i].Span)
	if src[sp.Start:sp.End] != "O&#8217;Donnell" || d.Verbatim(d.Tokens[i].Span) {
		t.Errorf("O’Donnell maps to %q", src[sp.Start:sp.End])
	}
	i = d.TokenAt(strings.Index(d.Text, "Llewellyn"))
	sp = d.SpanToSource(d.Tokens[i].Span)
	if src[sp.Start:sp.End] != "Llewellyn" || !d.Verbatim(d.Tokens[i].Span) {
		t.Errorf("Llewellyn maps to %q", src[sp.Start:sp.End])
	}
	if len(d.Comments) != 1 || d.Comments[0].Body != "factlint-disable-next-line typography-apostrophe -- house style" {
		t.Errorf("comments: %+v", d.Comments)
	}
}

func TestParseHTMLShapes(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{{
		"title is the headline without h1; body without article",
		"<html><head><title>Rail fares rise</title></head><body><nav>Menu</nav><p>Fares rise by <b>5%</b> today.</p><div>Second <span>block</span></div></body></html>",
		[]string{"headline: Rail fares rise", "paragraph: Fares rise by 5% today.", "paragraph: Second block"},
	}, {
		"h1 wins over title",
		"<title>Site | Story</title><h1>Story</h1><p>Text.</p><h1>Another</h1>",
		[]string{"headline: Story", "paragraph: Text.", "heading: Another"},
	}, {
		"fragment, implied ends, no head",
		"<p>One<p>Two<li>Item<blockquote>Said</blockquote>",
		[]string{"paragraph: One", "paragraph: Two", "list-item: Item", "quote: Said"},
	}, {
		"page header skipped without article; its h2 is the headline",
		"<body><header><h1>Site name</h1></header><h2>Story</h2><p>Body.</p></body>",
		[]string{"headline: Story", "paragraph: Body."},
	}, {
		"without h1, a heading opening the article is the headline, not the title",
		"<html><head><title>Story | The Ledger</title></head><body><article><h2>Story</h2><p>Text.</p><h3>Sub</h3><p>More.</p></article></body></html>",
		[]string{"headline: Story", "paragraph: Text.", "heading: Sub", "paragraph: More."},
	}, {
		"a heading after the article's first text is no headline",
		"<title>Page</title><article><p>Intro text.</p><h2>Section</h2><p>More.</p></article>",
		[]string{"headline: Page", "paragraph: Intro text.", "heading: Section", "paragraph: More."},
	}, {
		"uppercase tags, comments and legacy references",
		"<BODY><P>Fish &amp chips &copy 2024</P><!-- note --><SCRIPT>x<y</SCRIPT><P>Two</P></BODY>",
		[]string{"paragraph: Fish & chips © 2024", "paragraph: Two"},
	}, {
		"unclosed head",
		"<html><head><title>T</title><body><p>Body text.</p>",
		[]string{"headline: T", "paragraph: Body text."},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := mustParse(t, "a.html", c.src)
			equalLists(t, "blocks", blocksOf(d), c.want)
		})
	}
}

func TestParseHTMLLang(t *testing.T) {
	for src, want := range map[string]string{
		`<!DOCTYPE html><html lang=" en-AU "><body><p>Text.</p></body></html>`: "en-AU",
		`<html class="x" LANG="en-GB" dir="ltr"><p>Text.</p>`:                  "en-GB",
		`<html><body lang="fr"><p>Text.</p>`:                                   "",
		`<p>No html element.</p>`:                                              "",
	} {
		if d := mustParse(t, "a.html", src); d.Lang != want {
			t.Errorf("%s: Lang %q, want %q", src, d.Lang, want)
		}
	}
}

func TestParseHTMLDeepNesting(t *testing.T) {
	src := "<body>" + strings.Repeat("<div><span>", 50000) + "deep text" + strings.Repeat("</span></div>", 50000) +
		strings.Repeat("</p>", 1000) + "<p>after</p>"
	d := mustParse(t, "deep.html", src)
	equalLists(t, "blocks", blocksOf(d), []string{"paragraph: deep text", "paragraph: after"})
	// Unclosed tags, each with text.
	d = mustParse(t, "deep2.html", strings.Repeat("<blockquote>x ", 100000))
	if len(d.Tokens) != 100000 {
		t.Errorf("%d tokens", len(d.Tokens))
	}
}

// FuzzHTMLTagAtom checks that tagAtom, which reads a tag's name from its raw
// bytes, names every tag as atom.Lookup of the tokenizer's TagName does.
func FuzzHTMLTagAtom(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	for _, s := range []string{
		"<P CLASS=x>a</P ><BR/><br\n/><img\tsrc=x><Title>t</TITLE>",
		"<title>a</title ><textarea>x</textarea\f><style>p{}</STYLE><script>if(a<b)</script >",
		"<onautocompleteerror>x</onautocompleteerror><annotation-xml>y</annotation-xml>",
		"<p\x00>a</p\x00><a/b>c</a\t>d</>e</ p><!doctype html><?xml x?>",
		"<plaintext>a</plaintext><p>b",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		z := html.NewTokenizer(bytes.NewReader(src))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				return
			}
			if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			raw := bytes.Clone(z.Raw())
			name, _ := z.TagName()
			if got, want := tagAtom(raw), atom.Lookup(name); got != want {
				t.Fatalf("tag %q: tagAtom %v, TagName %q (%v)", raw, got, name, want)
			}
		}
	})
}
