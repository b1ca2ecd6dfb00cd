package lint

import (
	"bytes"
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// objectReplacement stands in Text for an inline object that is not prose
// (inline code, an autolink's URL): one Punct token, so the words on either
// side are not taken for neighbours ("the `the` word" is not "the the").
const objectReplacement = "\uFFFC"

// Limits that keep goldmark linear on hostile Markdown. Its block parser
// costs O(depth) per line per open container and its inline parser can be
// quadratic in the length of a paragraph full of unmatched delimiters.
const (
	maxMarkdownDepth   = 32      // container markers (> - * + 1.) at the start of a line
	maxMarkdownIndent  = 256     // columns of indentation before a container marker
	maxInlineWorkUnits = 4 << 20 // delimiters × bytes of one run of non-blank lines
)

var mdParser = goldmark.New().Parser() // no extensions: no typographer, no linkify

// parseMarkdown reads Markdown with goldmark. Front matter (YAML between
// "---" lines or TOML between "+++" lines) is not prose; its title is the
// headline, unless the article opens with a level-1 heading of its own. Paragraphs, headings, block quotes and list items are blocks;
// code (fenced, indented, inline), link and image URLs, images and raw HTML
// are not prose, and HTML comments are recorded for suppressions. A photo's
// caption (a paragraph that opens with an image, or is all emphasis under a
// paragraph of only an image), a line of links to other stories and a block
// quotation's credit line (opening with a dash) are marked as the page's
// furniture (Block.Furniture). Every
// piece of Text is copied from the source segment goldmark found, or decoded
// from one (entities, backslash escapes) as a replaced run.
func parseMarkdown(path string, src []byte) (*Document, error) {
	base := 0
	hasBOM := bytes.HasPrefix(src, bom)
	if hasBOM {
		base = len(bom)
	}
	view, ok := markdownView(src, base)
	if !ok {
		// Nested beyond any real article: read it as plain text.
		d := parseText(path, src)
		d.Format = FormatMarkdown
		return d, nil
	}
	b := NewBuilder(path, FormatMarkdown, src)
	haveHeadline := false
	fmEnd, title, hasFM := frontMatter(src, base)
	if hasFM {
		// Keep goldmark from seeing the front matter.
		for i := 0; i < fmEnd; i++ {
			if view[i] != '\n' && view[i] != '\r' {
				view[i] = ' '
			}
		}
	}
	if hasBOM {
		view[0], view[1], view[2] = ' ', ' ', ' '
	}
	root := mdParser.Parse(text.NewReader(view))
	// The front matter's title is the headline unless the article opens
	// with a level-1 heading of the same words: then the title is a copy
	// the content system keeps as metadata (often in straight quotes while
	// the article's own are curly), and the heading is the headline.
	if hasFM && title.end > title.start && !opensWithTitle(root, view, src[title.start:title.end]) {
		b.StartBlock(BlockHeadline)
		addTitle(b, src, title)
		b.EndBlock()
		haveHeadline = len(b.doc.Blocks) > 0
	}
	r := mdReader{b: b, src: src, haveHeadline: haveHeadline}
	r.walk(root)
	return b.Finish(), nil
}

type mdReader struct {
	b            *Builder
	src          []byte
	haveHeadline bool
	inBlock      bool
	lastEnd      int  // Src end of the last piece added to the current block
	pendingBreak bool // the last text piece ended with a line break
	skipped      bool // an inline element was left out since the last text piece
}

// walk visits the tree without recursion.
func (r *mdReader) walk(root ast.Node) {
	n := root.FirstChild()
	for n != nil {
		if r.enter(n) && n.FirstChild() != nil {
			n = n.FirstChild()
			continue
		}
		for n != nil && n != root {
			r.leave(n)
			if next := n.NextSibling(); next != nil {
				n = next
				break
			}
			n = n.Parent()
		}
		if n == root {
			return
		}
	}
}

// enter handles a node and reports whether to visit its children.
func (r *mdReader) enter(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Heading:
		kind := BlockHeading
		if n.Level == 1 && !r.haveHeadline {
			kind = BlockHeadline
			r.haveHeadline = true
		}
		r.start(kind)
		return true
	case *ast.Paragraph, *ast.TextBlock:
		r.start(containerKind(n))
		r.b.SetFurniture(isCaption(n) || isLinkLine(n, r.src) || r.quoteCredit(n))
		return true
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.ThematicBreak, *ast.LinkReferenceDefinition:
		return false
	case *ast.HTMLBlock:
		lines := n.Lines()
		if lines.Len() > 0 {
			end := lines.At(lines.Len() - 1).Stop
			if n.HasClosure() {
				end = n.ClosureLine.Stop
			}
			r.comments(lines.At(0).Start, end)
		}
		return false
	case *ast.Text:
		if r.inBlock {
			seg := n.Segment
			if r.skipped && seg.Start < seg.Stop && r.src[seg.Start] == ' ' && strings.HasSuffix(r.b.text.String(), " ") {
				seg.Start++ // "word <!-- c --> word": one space, not two
			}
			r.skipped = false
			r.piece(seg.Start, seg.Stop)
			r.addDecoded(seg.Start, seg.Stop)
			r.pendingBreak = n.SoftLineBreak() || n.HardLineBreak()
		}
		return false
	case *ast.String:
		return false
	case *ast.CodeSpan:
		if r.inBlock {
			start, end := n.Pos(), n.Pos()
			if last, ok := n.LastChild().(*ast.Text); ok {
				end = last.Segment.Stop
			}
			for end < len(r.src) && r.src[end] == '`' {
				end++
			}
			r.object(start, end)
		}
		return false
	case *ast.AutoLink:
		if r.inBlock {
			start := n.Pos()
			end := start
			if start >= 0 {
				if k := bytes.IndexByte(r.src[start:], '>'); k >= 0 {
					end = start + k + 1
				}
			}
			r.object(start, end)
		}
		return false
	case *ast.Image:
		r.skipped = true
		return false // its alt text is not part of the article's prose
	case *ast.RawHTML:
		r.skipped = true
		segs := n.Segments
		if segs.Len() > 0 {
			r.comments(segs.At(0).Start, segs.At(segs.Len()-1).Stop)
		}
		return false
	}
	return true
}

func (r *mdReader) leave(n ast.Node) {
	switch n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		if r.inBlock {
			r.b.EndBlock()
			r.inBlock = false
		}
	}
}

// isCaption tells whether paragraph n is a photo's caption: it opens with
// the image (the caption written on the line under it), or it is all
// emphasis right under a paragraph that is only an image, as content
// systems export a figure.
func isCaption(n ast.Node) bool {
	first := n.FirstChild()
	if _, ok := first.(*ast.Image); ok {
		return true
	}
	if _, ok := first.(*ast.Emphasis); !ok || first.NextSibling() != nil {
		return false
	}
	prev := n.PreviousSibling()
	if prev == nil || prev.Kind() != ast.KindParagraph || prev.ChildCount() != 1 {
		return false
	}
	_, ok := prev.FirstChild().(*ast.Image)
	return ok
}

// isLinkLine tells whether paragraph n is a line of links to other stories
// (linkLine: "**Read more:** [...]", "Related: [...] · [...]", a list item
// that is one link).
func isLinkLine(n ast.Node, src []byte) bool {
	var l linkLine
	for c := n.FirstChild(); c != nil && !l.prose; c = c.NextSibling() {
		if _, ok := c.(*ast.Link); ok {
			l.link()
			continue
		}
		l.text(inlineText(c, src))
	}
	return l.is()
}

// inlineText reads the text of inline node n: its last byte that is not a
// space (0 if none) and whether it holds a letter or digit.
func inlineText(n ast.Node, src []byte) (last byte, words bool) {
	if t, ok := n.(*ast.Text); ok {
		v := t.Segment.Value(src)
		if k := bytes.TrimRight(v, " \t\r\n"); len(k) > 0 {
			last = k[len(k)-1]
		}
		return last, bytes.IndexFunc(v, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		l, w := inlineText(c, src)
		if l != 0 {
			last = l
		}
		words = words || w
	}
	return last, words
}

// quoteCredit tells whether paragraph n is the credit line of a block
// quotation ("> — Sen. Karen Whitfield"): it opens with a dash inside one.
func (r *mdReader) quoteCredit(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() == 0 || containerKind(n) != BlockQuote {
		return false
	}
	first := lines.At(0)
	return isCredit(first.Value(r.src))
}

// containerKind is the kind of a paragraph by its nearest container.
func containerKind(n ast.Node) BlockKind {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.(type) {
		case *ast.Blockquote:
			return BlockQuote
		case *ast.ListItem:
			return BlockListItem
		}
	}
	return BlockParagraph
}

func (r *mdReader) start(kind BlockKind) {
	if r.inBlock {
		r.b.EndBlock()
	}
	r.b.StartBlock(kind)
	r.inBlock, r.lastEnd, r.pendingBreak, r.skipped = true, -1, false, false
}

// piece prepares for a piece of prose at Src[start:]: the source between the
// previous piece and this one is kept when it is white space (a soft line
// break, the space before a link), and a line break hidden behind markup
// (a block-quote marker on the next line) becomes a separator.
func (r *mdReader) piece(start, end int) {
	if r.lastEnd >= 0 && r.lastEnd < start {
		gap := r.src[r.lastEnd:start]
		if len(bytes.TrimLeft(gap, " \t\r\n")) == 0 {
			r.b.Add(r.lastEnd, start)
		} else if r.pendingBreak {
			r.b.AddSeparator("\n", r.lastEnd)
		}
	}
	r.pendingBreak = false
	if end > r.lastEnd {
		r.lastEnd = end
	}
}

// object adds the placeholder for an inline object that is not prose.
func (r *mdReader) object(start, end int) {
	if start < 0 || end < start || end > len(r.src) {
		return
	}
	r.piece(start, end)
	r.b.AddReplaced(objectReplacement, start, end)
}

// addDecoded adds Src[start:end], decoding backslash escapes and character
// references into replaced runs.
func (r *mdReader) addDecoded(start, end int) {
	src := r.src
	if bytes.IndexByte(src[start:end], '\\') < 0 && bytes.IndexByte(src[start:end], '&') < 0 {
		r.b.Add(start, end) // most text: nothing to decode, found by two vector scans
		return
	}
	run := start
	for i := start; i < end; i++ {
		switch src[i] {
		case '\\':
			if i+1 < end && isASCIIPunct(src[i+1]) {
				r.b.Add(run, i)
				r.b.AddReplaced(string(src[i+1:i+2]), i, i+2)
				i++
				run = i + 1
			}
		case '&':
			if n, s := charRef(src[i:end]); n > 0 {
				r.b.Add(run, i)
				r.b.AddReplaced(s, i, i+n)
				i += n - 1
				run = i + 1
			}
		}
	}
	r.b.Add(run, end)
}

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// charRef decodes a character reference at the start of s (&amp; &#233;
// &#xE9;) and returns its length in s and the text it stands for, or 0.
func charRef(s []byte) (int, string) {
	if len(s) < 3 || s[0] != '&' {
		return 0, ""
	}
	i := 1
	if s[1] == '#' {
		i = 2
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		d := i
		for i < len(s) && i-d < 8 && (isDigitByte(s[i]) || hex && isHexLetter(s[i])) {
			i++
		}
		if i == d || i >= len(s) || s[i] != ';' {
			return 0, ""
		}
		base := 10
		if hex {
			base = 16
		}
		v, err := strconv.ParseUint(string(s[d:i]), base, 32)
		r := rune(v)
		if err != nil || v == 0 || v > utf8.MaxRune || !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		return i + 1, string(r)
	}
	for i < len(s) && i < 40 && (isDigitByte(s[i]) || s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') {
		i++
	}
	if i == 1 || i >= len(s) || s[i] != ';' {
		return 0, ""
	}
	ref := string(s[:i+1])
	dec := html.UnescapeString(ref)
	if dec == ref {
		return 0, ""
	}
	return i + 1, dec
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
func isHexLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'f' }

// comments records every <!-- … --> inside Src[start:end].
func (r *mdReader) comments(start, end int) {
	recordComments(r.b, r.src, start, end)
}

// recordComments records every complete HTML comment inside src[start:end].
func recordComments(b *Builder, src []byte, start, end int) {
	if start < 0 || end > len(src) || start >= end {
		return
	}
	for i := start; i < end; {
		k := bytes.Index(src[i:end], []byte("<!--"))
		if k < 0 {
			return
		}
		cs := i + k
		e := bytes.Index(src[cs+4:end], []byte("-->"))
		if e < 0 {
			return
		}
		ce := cs + 4 + e + 3
		b.Comment(Span{cs, ce}, string(src[cs+4:ce-3]))
		i = ce
	}
}

// inlineDelim is 1 for the bytes that open or close inline markup (the ones
// markdownView counts and, past the limit, neutralises).
var inlineDelim = func() (t [256]uint8) {
	for _, c := range []byte("[]*_`<!\\&") {
		t[c] = 1
	}
	return t
}()

// markdownView returns the copy of src that goldmark parses: the same length
// (so goldmark's offsets are Src offsets), with a lone CR turned into LF and,
// in runs of lines whose inline markup would cost goldmark more than
// maxInlineWorkUnits, the inline delimiters turned into letters so the run is
// read as plain text. It reports false when containers nest deeper than
// maxMarkdownDepth.
func markdownView(src []byte, base int) ([]byte, bool) {
	view := make([]byte, len(src))
	copy(view, src)
	runStart := -1
	endRun := func(end int) {
		if runStart >= 0 && costlyInline(src[runStart:end]) {
			for i := runStart; i < end; i++ {
				switch view[i] {
				case '[', ']', '*', '_', '`', '<', '!', '\\', '&':
					view[i] = 'x'
				}
			}
		}
		runStart = -1
	}
	hasCR := bytes.IndexByte(src, '\r') >= 0
	for pos := base; pos < len(src); {
		end, next := nextLine(src, pos, hasCR)
		if next == end+1 && src[end] == '\r' {
			view[end] = '\n' // a lone CR: goldmark reads LF line ends
		}
		line := src[pos:end]
		if depth, indent := containerDepth(line); depth > maxMarkdownDepth || indent > maxMarkdownIndent {
			return nil, false
		}
		if len(bytes.TrimLeft(line, " \t")) == 0 {
			endRun(pos)
		} else if runStart < 0 {
			runStart = pos
		}
		pos = next
	}
	endRun(len(src))
	return view, true
}

// costlyInline reports whether goldmark's inline parser may cost more than
// maxInlineWorkUnits on run, a run of non-blank lines: its inline delimiters
// times its length. There are no more delimiters than bytes, so a run whose
// length squared is within the limit needs no count.
func costlyInline(run []byte) bool {
	n := len(run)
	if n == 0 || n <= maxInlineWorkUnits/n {
		return false
	}
	delims := 0
	for _, c := range run {
		delims += int(inlineDelim[c])
	}
	return delims*n > maxInlineWorkUnits
}

// containerDepth estimates how many containers (block quotes, list items) a
// line opens or continues, and the indentation in columns before the last
// container marker.
func containerDepth(line []byte) (depth, indent int) {
	col := 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == ' ':
			col++
		case c == '\t':
			col += 4 - col%4
		case c == '>':
			depth++
			indent = col
			col++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			depth++
			indent = col
			col++
		case isDigitByte(c):
			j := i
			for j < len(line) && j-i < 9 && isDigitByte(line[j]) {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				depth++
				indent = col
				col += j + 1 - i
				i = j
				continue
			}
			return depth, indent
		default:
			return depth, indent
		}
	}
	return depth, indent
}

// titleRange is where a front-matter title's value sits in Src and how it is quoted.
type titleRange struct {
	start, end int
	quote      byte // 0, '"' or '\''
}

// frontMatter finds YAML (---) or TOML (+++) front matter at Src[base:] and
// returns where the body starts and the title's value.
func frontMatter(src []byte, base int) (int, titleRange, bool) {
	var title titleRange
	line, next := lineAt(src, base)
	delim := strings.TrimRight(string(line), " \t")
	if delim != "---" && delim != "+++" {
		return 0, title, false
	}
	toml := delim == "+++"
	for pos := next; pos < len(src); {
		line, next := lineAt(src, pos)
		t := strings.TrimRight(string(line), " \t")
		if t == delim || !toml && t == "..." {
			return next, title, true
		}
		if title.end == 0 {
			title = titleValue(line, pos, toml)
		}
		pos = next
	}
	return 0, titleRange{}, false
}

// lineAt returns the line at pos without its line end, and where the next line starts.
func lineAt(src []byte, pos int) ([]byte, int) {
	end := pos
	for end < len(src) && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	next := end
	if next < len(src) {
		if src[next] == '\r' && next+1 < len(src) && src[next+1] == '\n' {
			next++
		}
		next++
	}
	return src[pos:end], next
}

// titleValue reads `title: value` (YAML) or `title = "value"` (TOML) at the
// top level of front matter.
func titleValue(line []byte, pos int, toml bool) titleRange {
	sep := byte(':')
	if toml {
		sep = '='
	}
	if !bytes.HasPrefix(line, []byte("title")) {
		return titleRange{}
	}
	i := len("title")
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i >= len(line) || line[i] != sep {
		return titleRange{}
	}
	i++
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i >= len(line) {
		return titleRange{}
	}
	if q := line[i]; q == '"' || q == '\'' {
		for j := i + 1; j < len(line); j++ {
			switch {
			case line[j] == '\\' && q == '"':
				j++
			case line[j] == q:
				if q == '\'' && !toml && j+1 < len(line) && line[j+1] == '\'' {
					j++ // YAML '' is one quote
					continue
				}
				return titleRange{pos + i + 1, pos + j, q}
			}
		}
		return titleRange{}
	}
	if toml {
		return titleRange{}
	}
	end := len(line)
	if k := bytes.Index(line[i:], []byte(" #")); k >= 0 {
		end = i + k
	}
	for end > i && (line[end-1] == ' ' || line[end-1] == '\t') {
		end--
	}
	return titleRange{pos + i, pos + end, 0}
}

// addTitle adds a front-matter title, decoding its escapes as replaced runs.
func addTitle(b *Builder, src []byte, t titleRange) {
	run := t.start
	for i := t.start; i < t.end; i++ {
		switch {
		case t.quote == '\'' && src[i] == '\'' && i+1 < t.end && src[i+1] == '\'':
			b.Add(run, i)
			b.AddReplaced("'", i, i+2)
			i++
			run = i + 1
		case t.quote == '"' && src[i] == '\\' && i+1 < t.end:
			n, s := yamlEscape(src[i:t.end])
			b.Add(run, i)
			b.AddReplaced(s, i, i+n)
			i += n - 1
			run = i + 1
		}
	}
	b.Add(run, t.end)
}

// yamlEscape decodes a backslash escape of a double-quoted YAML or TOML string.
func yamlEscape(s []byte) (int, string) {
	switch s[1] {
	case 'n':
		return 2, "\n"
	case 't':
		return 2, "\t"
	case 'u', 'U', 'x':
		n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[s[1]]
		if len(s) >= 2+n {
			if v, err := strconv.ParseUint(string(s[2:2+n]), 16, 32); err == nil && utf8.ValidRune(rune(v)) {
				return 2 + n, string(rune(v))
			}
		}
		return 2, string(s[1:2])
	}
	_, size := utf8.DecodeRune(s[1:])
	return 1 + size, string(s[1 : 1+size])
}

// opensWithTitle reports whether the document's first block is a level-1
// heading with the same letters and digits as title, case, punctuation,
// quotation marks and markup aside.
func opensWithTitle(root ast.Node, view, title []byte) bool {
	h, ok := root.FirstChild().(*ast.Heading)
	if !ok || h.Level != 1 {
		return false
	}
	var heading []byte
	lines := h.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		heading = append(heading, seg.Value(view)...)
	}
	a, b := alnumFold(heading), alnumFold(title)
	return len(a) > 0 && bytes.Equal(a, b)
}

// alnumFold returns the letters and digits of s in lower case.
func alnumFold(s []byte) []byte {
	var out []byte
	for _, r := range string(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = utf8.AppendRune(out, unicode.ToLower(r))
		}
	}
	return out
}
