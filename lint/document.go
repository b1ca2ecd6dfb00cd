package lint

import (
	"sort"
	"strings"
)

// Format is the markup of a source file.
type Format int

const (
	FormatText Format = iota
	FormatMarkdown
	FormatHTML
)

func (f Format) String() string {
	switch f {
	case FormatMarkdown:
		return "markdown"
	case FormatHTML:
		return "html"
	}
	return "text"
}

// BlockKind is the role of a block of prose.
type BlockKind int

const (
	BlockParagraph BlockKind = iota
	BlockHeadline
	BlockHeading // a sub-heading inside the article (Markdown ##, HTML h2…)
	BlockQuote   // a block quotation
	BlockListItem
)

func (k BlockKind) String() string {
	return [...]string{"paragraph", "headline", "heading", "quote", "list-item"}[k]
}

// Block is one block of prose: the headline, a paragraph, a quotation, a list item.
type Block struct {
	Kind BlockKind
	Span Span // in Text
	// Furniture is set on a block of the web page's furniture read among
	// the prose: a photo's caption (an HTML figcaption, a Markdown
	// paragraph that opens with an image or is all emphasis under one),
	// which names who is in the picture, a line of links to other stories
	// ("Read more: <link>", a list item that is one link) and the credit
	// line of a block quotation ("— Sen. Karen Whitfield" under a pull
	// quote). It is not the running text: it names people the story does
	// not go on about there.
	Furniture bool
	// Sentences and Tokens are index ranges into Document.Sentences / Tokens.
	FirstSentence, EndSentence int
	FirstToken, EndToken       int
}

// Sentence is one sentence of a block.
type Sentence struct {
	Span                 Span // in Text
	Block                int
	FirstToken, EndToken int
}

// TokenKind classifies a token.
type TokenKind uint8

const (
	Word   TokenKind = iota // letters and digits, with inner apostrophes, hyphens, and dots of abbreviations (U.S.)
	Number                  // digits, with inner , and . (1,000.5)
	Punct                   // any other single character (or a run of dots or hyphens)
	URL                     // a web or e-mail address (https://…, www.…, name@example.com), one token
)

// TokenFlag holds facts about a token computed once by the segmenter.
type TokenFlag uint16

const (
	SentenceStart TokenFlag = 1 << iota // first word-like token of its sentence
	Capitalized                         // first letter upper case
	AllCaps                             // two or more letters, all upper case
	InQuote                             // inside quotation marks
	SpaceBefore                         // white space directly before the token
	NewlineBefore                       // a line end inside the white space before the token
	BlockStart                          // first token of its block
	// InnerCapOrNonASCII is set on a word or number that holds a byte
	// beyond ASCII or an ASCII capital after its first byte (iPhone,
	// McDonald, NASA, café); never on punctuation or addresses. A word
	// with neither it nor Capitalized is lower-case ASCII: it lowers to
	// itself, with no byte to look at.
	InnerCapOrNonASCII
	// HyphenOrApostrophe is set on a word or number that holds an ASCII
	// hyphen-minus or apostrophe (well-known, don't, Mathis's, 2004-05);
	// never on punctuation or addresses. A curly apostrophe is beyond
	// ASCII, so InnerCapOrNonASCII tells of it: a word with neither flag
	// holds no - ' or character beyond ASCII, and a rule need not search it.
	HyphenOrApostrophe
)

// Token is a word, number or punctuation mark. Text is a substring of
// Document.Text (no copy). Every token is in one sentence; Sentence and
// Block never decrease along Document.Tokens, and SentenceStart marks
// exactly the first token of a sentence that is not punctuation, so two
// such tokens in a row are in different sentences when, and only when,
// the second has SentenceStart.
type Token struct {
	Span     Span
	Text     string
	Kind     TokenKind
	Flags    TokenFlag
	Sentence int32
	Block    int32
	// Fold is FoldHash(Text), computed once by the tokenizer, so that
	// rules looking words up in tables of their own (built with
	// FoldHash) do not each hash every word again. It fits in the
	// padding the other fields leave, so a Token stays 48 bytes.
	Fold uint32
}

// Has reports whether the token carries all the given flags.
func (t *Token) Has(f TokenFlag) bool { return t.Flags&f == f }

// Comment is a comment of the source (Markdown/HTML comment, or a plain-text
// directive line), kept for suppressions. Span is in Src; Body is the text
// between the comment markers, trimmed.
type Comment struct {
	Span Span
	Body string
}

// segKind says how a segment of Text relates to Src.
type segKind uint8

const (
	segVerbatim  segKind = iota // Text bytes equal the Src bytes
	segSynthetic                // text added by the reader (a separator), zero width in Src
	segReplaced                 // decoded text (an entity, an escape): all of it maps to the Src range
)

// segment maps a run of Text bytes onto Src bytes.
type segment struct {
	text, src int // offsets where the run starts
	n         int // length in Text
	srcN      int // length in Src (n for verbatim runs, 0 for synthetic ones)
	kind      segKind
}

// Document is one article: its source bytes and the prose factlint lints,
// split into blocks, sentences and tokens.
//
// Text is the prose with markup removed: runs of it are copied byte for byte
// from Src, and the readers insert separators between blocks ("\n\n") and
// between inline pieces. ToSource maps any Text offset back to Src, so a rule
// never searches the source to find where a match was. For plain text, Text
// equals Src minus a byte-order mark.
type Document struct {
	Path   string
	Format Format
	Src    []byte
	Text   string
	Lines  *LineTable
	// Lang is the language the document declares, as written (the lang
	// attribute of an HTML page's <html> element: "en-AU"); empty when it
	// declares none.
	Lang string

	Blocks    []Block
	Sentences []Sentence
	Tokens    []Token
	Comments  []Comment

	// ASCII is set by Parse when Text holds no byte at or above 0x80 (as
	// most copy in English does), so that a rule looking for a character
	// beyond ASCII (a curly quote, a dash, an accent) need not search the
	// text for it. Unset it says nothing: a Document built otherwise may
	// hold any byte.
	ASCII bool

	segs  []segment
	store *storage // reused storage of Tokens, Sentences and Blocks (Release)
}

// segAt returns the index of the segment holding Text offset off (the last
// segment starting at or before off), or -1.
func (d *Document) segAt(off int) int {
	segs := d.segs
	lo, hi := 0, len(segs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if segs[m].text <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// ToSource maps an offset in Text to an offset in Src. An offset inside a
// replaced run (a decoded entity or escape) maps to the start of its source.
func (d *Document) ToSource(off int) int {
	if len(d.segs) == 0 {
		return off
	}
	i := d.segAt(off)
	if i < 0 {
		return d.segs[0].src
	}
	s := d.segs[i]
	switch s.kind {
	case segSynthetic:
		return s.src
	case segReplaced:
		if off >= s.text+s.n {
			return s.src + s.srcN
		}
		return s.src
	}
	delta := off - s.text
	if delta > s.n {
		delta = s.n
	}
	return s.src + delta
}

// LineOf returns the 1-based source line that holds Text offset off, for
// messages such as "as on line 7".
func (d *Document) LineOf(off int) int { return d.Lines.Line(d.ToSource(off)) }

// endToSource maps an exclusive end offset in Text to Src: the source end of
// the byte before it.
func (d *Document) endToSource(end int) int {
	if len(d.segs) == 0 {
		return end
	}
	i := d.segAt(end - 1)
	if i < 0 {
		return d.segs[0].src
	}
	s := d.segs[i]
	switch s.kind {
	case segSynthetic:
		return s.src
	case segReplaced:
		return s.src + s.srcN
	}
	delta := end - s.text
	if delta > s.n {
		delta = s.n
	}
	return s.src + delta
}

// SpanToSource maps a Text span to a Src span. A span that touches part of a
// replaced run covers all of that run's source.
func (d *Document) SpanToSource(sp Span) Span {
	start := d.ToSource(sp.Start)
	end := start
	if sp.End > sp.Start {
		end = d.endToSource(sp.End)
		// Step over the rest of a multi-byte character at the end.
		for end < len(d.Src) && d.Src[end]&0xC0 == 0x80 {
			end++
		}
	}
	if end < start {
		end = start
	}
	return Span{start, end}
}

// Verbatim reports whether the Text span is one contiguous run of Src bytes,
// so that an edit of it can be applied to the source as it is. A span that
// touches a separator or a replaced run (a decoded entity or escape) is not.
func (d *Document) Verbatim(sp Span) bool {
	if len(d.segs) == 0 {
		return true
	}
	i := d.segAt(sp.Start)
	if sp.Len() == 0 {
		return i >= 0 && d.segs[i].kind == segVerbatim ||
			i > 0 && d.segs[i-1].kind == segVerbatim && d.segs[i-1].text+d.segs[i-1].n == sp.Start
	}
	if i < 0 {
		return false
	}
	s := d.segs[i]
	return s.kind == segVerbatim && sp.End <= s.text+s.n
}

// Slice returns the Text of a span.
func (d *Document) Slice(sp Span) string { return d.Text[sp.Start:sp.End] }

// Phrase returns the Text of a span as a message quotes it: every run of
// white space inside it (a line break of hard-wrapped copy, a tab, two
// spaces) becomes one space, so that "Berlin film\nfestival" reads
// "Berlin film festival". It returns Slice(sp) itself when there is none.
func (d *Document) Phrase(sp Span) string {
	s := d.Slice(sp)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && asciiSpace(c) || c == ' ' && i+1 < len(s) && asciiSpace(s[i+1]) {
			return squeezeSpace(s)
		}
	}
	return s
}

// asciiSpace reports whether c is ASCII white space (space, tab, line
// feed, carriage return, vertical tab, form feed). A no-break space is
// not: copy writes it on purpose (10\u00a0km).
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// squeezeSpace is s with every run of ASCII white space made one space.
func squeezeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if !asciiSpace(s[i]) {
			b.WriteByte(s[i])
			continue
		}
		b.WriteByte(' ')
		for i+1 < len(s) && asciiSpace(s[i+1]) {
			i++
		}
	}
	return b.String()
}

// BlockOf returns the block that holds Text offset off, or -1.
func (d *Document) BlockOf(off int) int {
	i := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].Span.End > off })
	if i < len(d.Blocks) && d.Blocks[i].Span.Start <= off {
		return i
	}
	return -1
}

// TokenAt returns the index of the first token that ends after off, or len(Tokens).
func (d *Document) TokenAt(off int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.End > off })
}

// TokenAtFrom is TokenAt(off) searched out from token h, a token near the
// answer (a name beside its title, the last offset asked when they are
// asked in order): it gallops from h (1, 2, 4, … tokens away) and searches
// the last step, so that its probes grow with the distance from h to the
// answer, not with the number of tokens (on a long page, a search of the
// whole document missed the cache at each of its last probes). Any h,
// even one out of range, gives the same answer.
func (d *Document) TokenAtFrom(off, h int) int {
	toks := d.Tokens
	// The answer is in [lo, hi]: the tokens before lo end at or before
	// off, the token at hi (if any) after it.
	lo, hi := 0, len(toks)
	switch {
	case h < 0 || h >= len(toks):
	case toks[h].Span.End > off:
		hi = h
		for step := 1; h-step >= 0; step *= 2 {
			j := h - step
			if toks[j].Span.End <= off {
				lo = j + 1
				break
			}
			hi = j
		}
	default:
		lo = h + 1
		for step := 1; h+step < len(toks); step *= 2 {
			j := h + step
			if toks[j].Span.End > off {
				hi = j
				break
			}
			lo = j + 1
		}
	}
	return lo + sort.Search(hi-lo, func(i int) bool { return toks[lo+i].Span.End > off })
}

// Headline returns the headline block, if the document has one.
func (d *Document) Headline() (Block, bool) {
	for _, b := range d.Blocks {
		if b.Kind == BlockHeadline {
			return b, true
		}
	}
	return Block{}, false
}

// Words counts the word tokens, for per-1,000-word rates.
func (d *Document) Words() int {
	n := 0
	for i := range d.Tokens {
		if d.Tokens[i].Kind != Punct {
			n++
		}
	}
	return n
}

// Builder assembles a Document for a reader: the reader adds blocks made of
// source runs and separators, and Finish segments the text.
type Builder struct {
	doc       *Document // &d
	d         Document  // one allocation for both
	text      strings.Builder
	inBlock   bool
	kind      BlockKind
	furniture bool // the current block is furniture (Block.Furniture)
	start     int
	lines     *LineTable // the reader's, when it built one
	// The first segment of the text map and a line table that a reader
	// may fill (lineTable), in the Builder's own allocation: plain text
	// needs no other segment, and its reader builds the line table.
	seg0   [1]segment
	lines0 LineTable
}

// NewBuilder starts a Document over src.
func NewBuilder(path string, format Format, src []byte) *Builder {
	st := getStorage(len(src))
	b := &Builder{d: Document{Path: path, Format: format, Src: src, Blocks: st.blocks[:0], store: st}}
	b.doc = &b.d
	b.d.segs = b.seg0[:0]
	b.text.Grow(len(src))
	return b
}

// StartBlock begins a block of the given kind. Blocks are separated in Text by "\n\n".
func (b *Builder) StartBlock(kind BlockKind) {
	if b.inBlock {
		b.EndBlock()
	}
	if b.text.Len() > 0 {
		b.synthetic("\n\n", b.lastSrc())
	}
	b.inBlock, b.kind, b.start, b.furniture = true, kind, b.text.Len(), false
}

// Add appends Src[start:end] verbatim to the current block.
func (b *Builder) Add(start, end int) {
	if end <= start {
		return
	}
	segs := b.doc.segs
	if n := len(segs); n > 0 && segs[n-1].kind == segVerbatim && segs[n-1].src+segs[n-1].n == start && segs[n-1].text+segs[n-1].n == b.text.Len() {
		segs[n-1].n += end - start
		segs[n-1].srcN += end - start
	} else {
		b.doc.segs = append(segs, segment{text: b.text.Len(), src: start, n: end - start, srcN: end - start})
	}
	b.text.Write(b.doc.Src[start:end])
}

// AddReplaced appends decoded text s (the character an entity such as &amp;
// or an escape such as \* stands for) that stands for Src[start:end]. Every
// byte of s maps to the whole source range; such a run is not Verbatim, so a
// fix that touches it is dropped.
func (b *Builder) AddReplaced(s string, start, end int) {
	if s == "" {
		return
	}
	b.doc.segs = append(b.doc.segs, segment{text: b.text.Len(), src: start, n: len(s), srcN: end - start, kind: segReplaced})
	b.text.WriteString(s)
}

// AddSeparator appends text that is not in the source (such as a space
// between two inline elements), mapped to source offset at.
func (b *Builder) AddSeparator(s string, at int) { b.synthetic(s, at) }

// Len is the length of the Text built so far.
func (b *Builder) Len() int { return b.text.Len() }

// EndBlock closes the current block, dropping it if it holds no text.
func (b *Builder) EndBlock() {
	if !b.inBlock {
		return
	}
	b.inBlock = false
	// The block ends at its last non-space byte (the text keeps the space).
	end := b.text.Len()
	if end > b.start {
		s := b.text.String()
		for end > b.start && (s[end-1] == ' ' || s[end-1] == '\t' || s[end-1] == '\n' || s[end-1] == '\r' || s[end-1] == '\f') {
			end--
		}
	}
	if end > b.start {
		b.doc.Blocks = append(b.doc.Blocks, Block{Kind: b.kind, Span: Span{b.start, end}, Furniture: b.furniture})
	}
}

// Comment records a source comment (for suppressions).
func (b *Builder) Comment(span Span, body string) {
	b.doc.Comments = append(b.doc.Comments, Comment{Span: span, Body: strings.TrimSpace(body)})
}

// AddText appends Src[start:end] verbatim without opening a block; a reader
// that copies the whole source this way then marks blocks with MarkBlock.
func (b *Builder) AddText(start, end int) { b.Add(start, end) }

// MarkBlock records a block over an already added Text span. Blocks must be
// marked in order and must not overlap.
func (b *Builder) MarkBlock(kind BlockKind, sp Span) {
	if sp.Len() > 0 {
		b.doc.Blocks = append(b.doc.Blocks, Block{Kind: kind, Span: sp})
	}
}

// SetFurniture marks the block being built as the page's furniture (Block.Furniture).
func (b *Builder) SetFurniture(f bool) { b.furniture = f }

// SetKind changes the kind of the block being built.
func (b *Builder) SetKind(kind BlockKind) { b.kind = kind }

func (b *Builder) synthetic(s string, at int) {
	if s == "" {
		return
	}
	b.doc.segs = append(b.doc.segs, segment{text: b.text.Len(), src: at, n: len(s), kind: segSynthetic})
	b.text.WriteString(s)
}

func (b *Builder) lastSrc() int {
	if n := len(b.doc.segs); n > 0 {
		s := b.doc.segs[n-1]
		return s.src + s.srcN
	}
	return 0
}

// Finish segments the text into sentences and tokens and returns the Document.
func (b *Builder) Finish() *Document {
	b.EndBlock()
	d := b.doc
	d.Text = b.text.String()
	d.Lines = b.lines
	if d.Lines == nil {
		d.Lines = NewLineTable(d.Src)
	}
	// Plain text with one verbatim segment at offset 0 needs no map; nor
	// does a document without text.
	if len(d.segs) == 0 || len(d.segs) == 1 && d.segs[0].kind == segVerbatim && d.segs[0].src == 0 && d.segs[0].text == 0 {
		d.segs = nil
	}
	segmentDocument(d)
	return d
}

// SentenceTokens returns the tokens of sentence i (a sub-slice of Tokens, no copy).
func (d *Document) SentenceTokens(i int) []Token {
	if i < 0 || i >= len(d.Sentences) {
		return nil
	}
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}

// BlockTokens returns the tokens of block i (a sub-slice of Tokens, no copy).
func (d *Document) BlockTokens(i int) []Token {
	if i < 0 || i >= len(d.Blocks) {
		return nil
	}
	b := d.Blocks[i]
	return d.Tokens[b.FirstToken:b.EndToken]
}

// BlockText returns the Text of block i (line ends inside it included).
func (d *Document) BlockText(i int) string {
	if i < 0 || i >= len(d.Blocks) {
		return ""
	}
	return d.Text[d.Blocks[i].Span.Start:d.Blocks[i].Span.End]
}

// SentenceText returns the Text of sentence i.
func (d *Document) SentenceText(i int) string {
	if i < 0 || i >= len(d.Sentences) {
		return ""
	}
	return d.Text[d.Sentences[i].Span.Start:d.Sentences[i].Span.End]
}

// SentenceOf returns the sentence that holds Text offset off, or -1.
func (d *Document) SentenceOf(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Span.End > off })
	if i < len(d.Sentences) && d.Sentences[i].Span.Start <= off {
		return i
	}
	return -1
}
