package lint

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML reads HTML with the x/net/html tokenizer, whose tokens' raw bytes
// partition the source, so every text token's offset is known without
// searching. The article is the text of <article> elements when there are
// any, else of <body>; script, style, nav, aside, footer, template, noscript,
// forms' controls, pre and code are not prose, nor is a page-level header.
// The first <h1> of the article is the headline; without one, a heading of
// another level that opens the article before any other text is (older
// content systems print the headline as <h2>); else the page's <title>.
// Block-level elements (p, li, blockquote, h1–h6, td, div, …) end a block;
// inline ones (a, em, strong, span) do not. A <figcaption>'s blocks, a line
// of links to other stories and a block quotation's credit line (opening
// with a dash) are marked as the page's furniture (Block.Furniture). Character references are decoded
// into replaced runs. The element stack is kept as counters and a slice, never
// by recursion, so deep nesting costs nothing extra.
//
// The page is tokenized once (htmlEvents); a first, dry pass over its events
// finds whether there is an <article> and an <h1>, the second reads it.
func parseHTML(path string, src []byte) (*Document, error) {
	events, lang, hasLang := htmlEvents(src)
	scan := htmlReader{src: src, dry: true, count: make(map[atom.Atom]int)}
	scan.run(events)
	// The second pass reuses the first one's stacks and counters.
	clear(scan.count)
	r := htmlReader{
		src:        src,
		open:       scan.open[:0],
		count:      scan.count,
		containers: scan.containers[:0],
		b:          NewBuilder(path, FormatHTML, src),
		hasArticle: scan.sawArticle,
	}
	if hasLang {
		r.b.doc.Lang = lang
	}
	if scan.sawArticle {
		r.hasH1 = scan.h1InArticle
		r.leadHeading = !r.hasH1 && scan.leadInArticle
	} else {
		r.hasH1 = scan.h1InBody
		r.leadHeading = !r.hasH1 && scan.leadInBody
	}
	r.run(events)
	return r.b.Finish(), nil
}

type htmlReader struct {
	src []byte
	b   *Builder
	dry bool // first pass: only find out whether there is an <article> and an <h1>

	hasArticle, hasH1 bool
	sawArticle        bool
	h1InArticle       bool
	h1InBody          bool
	headlineDone      bool

	// leadHeading: there is no <h1> and the first heading of the article
	// (h2–h6) comes before any other text of it: that heading is the
	// headline. The dry pass finds it for the <article> and the <body>.
	leadHeading                     bool
	leadInArticle, leadInBody       bool
	headingInArticle, headingInBody bool // a heading was seen (dry pass)
	textInArticle, textInBody       bool // text outside headings was seen (dry pass)

	open       []atom.Atom       // open elements (not void ones)
	count      map[atom.Atom]int // how many of each are open
	skip       int               // open elements whose text is not prose
	headerOpen int               // open <header> elements outside any article
	article    int
	head       int
	title      int
	code       int
	caption    int      // open figcaption elements
	link       int      // open a elements
	line       linkLine // the current block as a line of links to other stories
	heading    int      // open h1..h6
	headingH1  bool     // the open heading is the headline
	containers []BlockKind

	inBlock bool
}

func (r *htmlReader) run(events []htmlEvent) {
	if cap(r.open) == 0 {
		r.open = make([]atom.Atom, 0, 16)
	}
	for i := 0; i+1 < len(events); i++ {
		e, end := events[i], events[i+1].start
		switch e.kind {
		case htmlText:
			r.text(e.start, end)
		case htmlStart:
			r.startTag(e.a, e.start, end, e.void)
		case htmlEnd:
			r.endTag(e.a, e.start)
		case htmlComment:
			if !r.dry {
				recordComments(r.b, r.src, e.start, end)
			}
		}
	}
	if !r.dry {
		r.endBlock()
	}
}

// prose reports whether text here is part of the article.
func (r *htmlReader) prose() bool {
	if r.skip > 0 || r.head > 0 && r.title == 0 {
		return false
	}
	if r.title > 0 {
		return !r.hasH1 && !r.leadHeading && !r.headlineDone
	}
	if r.hasArticle {
		return r.article > 0
	}
	return r.headerOpen == 0
}

func (r *htmlReader) startTag(a atom.Atom, at, end int, void bool) {
	if r.dry {
		switch a {
		case atom.Article:
			if r.skip == 0 {
				r.sawArticle = true
			}
		case atom.H1:
			if r.skip == 0 && r.head == 0 {
				if r.article > 0 {
					r.h1InArticle = true
				}
				if r.headerOpen == 0 {
					r.h1InBody = true
				}
			}
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if r.skip == 0 && r.head == 0 {
				if r.article > 0 && !r.headingInArticle {
					r.headingInArticle, r.leadInArticle = true, !r.textInArticle
				}
				if r.headerOpen == 0 && !r.headingInBody {
					r.headingInBody, r.leadInBody = true, !r.textInBody
				}
			}
		}
	}
	if htmlClass(a)&htmlBlock != 0 || a == atom.Br {
		r.boundary(a == atom.Br, at)
	}
	switch a {
	case atom.Body:
		r.head = 0 // </head> is optional
	case atom.Code, atom.Kbd, atom.Samp:
		if !void && r.prose() && r.inBlock && !r.dry {
			r.b.AddReplaced(objectReplacement, at, end)
		}
	}
	if void {
		return
	}
	r.open = append(r.open, a)
	r.count[a]++
	r.adjust(a, 1)
}

func (r *htmlReader) endTag(a atom.Atom, at int) {
	if r.count[a] == 0 {
		if htmlClass(a)&htmlBlock != 0 {
			r.boundary(false, at)
		}
		return
	}
	for len(r.open) > 0 {
		top := r.open[len(r.open)-1]
		r.open = r.open[:len(r.open)-1]
		r.count[top]--
		r.adjust(top, -1)
		if htmlClass(top)&htmlBlock != 0 {
			r.boundary(false, at)
		}
		if top == a {
			break
		}
	}
}

// adjust updates the counters when element a opens (d=1) or closes (d=-1).
func (r *htmlReader) adjust(a atom.Atom, d int) {
	if htmlClass(a)&htmlSkipped != 0 {
		r.skip += d
	}
	switch a {
	case atom.Article:
		r.article += d
	case atom.Header:
		if r.article == 0 {
			r.headerOpen += d
		}
	case atom.Head:
		r.head += d
	case atom.Title:
		r.title += d
		if d < 0 && !r.hasH1 && !r.leadHeading {
			r.headlineDone = true // one <title> at most
		}
	case atom.Code, atom.Kbd, atom.Samp:
		r.code += d
	case atom.Figcaption:
		r.caption += d
	case atom.A:
		r.link += d
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		r.heading += d
		if d > 0 {
			r.headingH1 = (a == atom.H1 && r.hasH1 || a != atom.H1 && r.leadHeading) && !r.headlineDone && r.prose()
		} else if r.headingH1 {
			r.headingH1 = false
			r.headlineDone = true
		}
	case atom.Li, atom.Dd:
		r.container(BlockListItem, d)
	case atom.Blockquote:
		r.container(BlockQuote, d)
	}
	if r.head < 0 {
		r.head = 0
	}
	if r.headerOpen < 0 {
		r.headerOpen = 0
	}
}

func (r *htmlReader) container(k BlockKind, d int) {
	if d > 0 {
		r.containers = append(r.containers, k)
	} else if n := len(r.containers); n > 0 {
		r.containers = r.containers[:n-1]
	}
}

// boundary ends the current block (a block-level tag), or adds a line break
// (a <br>).
func (r *htmlReader) boundary(br bool, at int) {
	if r.dry || !r.inBlock {
		return
	}
	if br {
		r.b.AddSeparator("\n", at)
		return
	}
	r.endBlock()
}

func (r *htmlReader) endBlock() {
	if r.inBlock {
		if r.line.is() {
			// "<strong>Read more:</strong> <a>…</a>", an <li> that is one
			// link: a pointer to other stories, not the running text.
			r.b.SetFurniture(true)
		}
		r.b.EndBlock()
		r.inBlock = false
	}
}

// blockKind is the kind of a block that starts here.
func (r *htmlReader) blockKind() BlockKind {
	switch {
	case r.title > 0:
		return BlockHeadline
	case r.heading > 0:
		if r.headingH1 {
			return BlockHeadline
		}
		return BlockHeading
	case len(r.containers) > 0:
		return r.containers[len(r.containers)-1]
	}
	return BlockParagraph
}

// text handles a text token at Src[start:end].
func (r *htmlReader) text(start, end int) {
	if r.dry {
		if r.skip == 0 && r.head == 0 && r.title == 0 && r.heading == 0 && skipHTMLSpace(r.src, start, end) < end {
			if r.article > 0 {
				r.textInArticle = true
			}
			if r.headerOpen == 0 {
				r.textInBody = true
			}
		}
		return
	}
	if r.code > 0 || !r.prose() {
		return
	}
	if !r.inBlock {
		// Blocks start at their first non-space character.
		start = skipHTMLSpace(r.src, start, end)
		if start == end {
			return
		}
		kind := r.blockKind()
		r.b.StartBlock(kind)
		// A caption, or a paragraph of a block quotation that opens with
		// a dash (the credit line under a pull quote: "&mdash; Sen.
		// Karen Whitfield"), is the page's furniture.
		r.b.SetFurniture(r.caption > 0 || kind == BlockQuote && isCredit(r.src[start:]))
		r.inBlock = true
		// A headline or heading that is a link (a content system's
		// permalink) is no line of links: prose rules it out.
		r.line = linkLine{prose: kind != BlockParagraph && kind != BlockListItem}
	}
	r.noteLinkLine(start, end)
	run := start
	for i := start; ; {
		k := bytes.IndexByte(r.src[i:end], '&')
		if k < 0 {
			break
		}
		i += k
		n, s := charRef(r.src[i:end])
		if n == 0 {
			n, s = legacyRef(r.src[i:end])
		}
		if n == 0 {
			i++
			continue
		}
		r.b.Add(run, i)
		r.b.AddReplaced(s, i, i+n)
		i += n
		run = i
	}
	r.b.Add(run, end)
}

// noteLinkLine follows the block's text run Src[start:end] for endBlock's
// test of a line of links.
func (r *htmlReader) noteLinkLine(start, end int) {
	if r.link > 0 {
		r.line.link()
		return
	}
	r.line.text(htmlRunText(r.src[start:end]))
}

// htmlRunText reads a text run outside a link: its last byte that is not
// white space (0 if none) and whether it holds a letter or digit outside a
// character reference (&nbsp; between two links is no word).
func htmlRunText(s []byte) (last byte, words bool) {
	if k := bytes.TrimRight(s, " \t\r\n\f"); len(k) > 0 {
		last = k[len(k)-1]
	}
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRune(s[i:])
		if c == '&' {
			if k := bytes.IndexByte(s[i:min(len(s), i+12)], ';'); k > 0 {
				i += k + 1
				continue
			}
		}
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return last, true
		}
		i += n
	}
	return last, false
}

// legacyRef decodes the few character references HTML allows without a
// semicolon (&amp &nbsp &copy …) as browsers do.
func legacyRef(s []byte) (int, string) {
	for _, name := range [...]string{"&nbsp", "&amp", "&lt", "&gt", "&quot", "&copy", "&reg"} {
		if bytes.HasPrefix(s, []byte(name)) {
			n := len(name)
			if n < len(s) && (isLetterByte(s[n]) || isDigitByte(s[n]) || s[n] == '=') {
				return 0, ""
			}
			return n, html.UnescapeString(name + ";")
		}
	}
	return 0, ""
}

func isLetterByte(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// skipHTMLSpace returns the offset of the first byte of src[start:end] that
// is not HTML white space, or end.
func skipHTMLSpace(src []byte, start, end int) int {
	for start < end && isHTMLSpace(src[start]) {
		start++
	}
	return start
}

// langAttr returns the value of the lang attribute of the start tag z is
// on (its name already read), or "".
func langAttr(z *html.Tokenizer) string {
	for {
		k, v, more := z.TagAttr()
		if string(k) == "lang" {
			return string(bytes.TrimSpace(v))
		}
		if !more {
			return ""
		}
	}
}
