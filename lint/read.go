package lint

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// ErrBinary and ErrInvalidUTF8 are returned by Parse for input that is not text.
var (
	ErrBinary      = errors.New("binary file (contains NUL bytes)")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrEmpty       = errors.New("empty file")
)

// FormatOf picks the format from a file name: .md and .markdown are Markdown,
// .html and .htm HTML, anything else plain text.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm":
		return FormatHTML
	}
	return FormatText
}

// Parse checks src and builds its Document.
func Parse(path string, src []byte, format Format) (*Document, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, ErrBinary
	}
	// The ASCII bytes up to the first other are valid UTF-8 and tell
	// Document.ASCII: read once, where utf8.Valid read them before.
	k := asciiLen(src)
	if !utf8.Valid(src[k:]) {
		off := 0
		for off < len(src) {
			r, n := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		lt := NewLineTable(src)
		p := lt.Position(off, CodePoints)
		return nil, fmt.Errorf("%w at line %d, column %d", ErrInvalidUTF8, p.Line, p.Column)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(src, bom))) == 0 {
		return nil, ErrEmpty
	}
	var d *Document
	var err error
	switch format {
	case FormatMarkdown:
		d, err = parseMarkdown(path, src)
	case FormatHTML:
		d, err = parseHTML(path, src)
	default:
		d = parseText(path, src)
	}
	if err != nil {
		return d, err
	}
	// Plain text is its source's bytes; Markdown and HTML may decode an
	// entity of an ASCII source (&nbsp;, &#8217;) into other bytes.
	d.ASCII = k == len(src) && (format != FormatMarkdown && format != FormatHTML || asciiLen(d.Text) == len(d.Text))
	return d, nil
}

// asciiLen returns the length of the longest prefix of s that holds no byte
// at or above 0x80, reading 32 bytes at a time, then eight, then one.
func asciiLen[T string | []byte](s T) int {
	// Thirty-two bytes a turn, their top bits tested together: the loads of
	// a cut of at least 32 bytes need no bounds checks, and a turn's count
	// and test are paid once for four words (eight bytes a turn took three
	// times the instructions).
	i := 0
	for rest := s; len(rest) >= 32; rest = rest[32:] {
		if (load64(rest, 0)|load64(rest, 8)|load64(rest, 16)|load64(rest, 24))&high != 0 {
			break
		}
		i += 32
	}
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&high != 0 {
			break
		}
	}
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
	}
	return i
}

var bom = []byte("\xef\xbb\xbf")

// parseText reads plain text. Paragraphs are separated by blank lines; the
// first non-blank line is the headline. Inside a paragraph, hard-wrapped lines
// stay one block (a line end is white space between tokens, so a name broken
// across a line end is still adjacent tokens). In a hard-wrapped chunk a new
// paragraph starts at an indented line (unless every line is indented), at a
// list item (- * + • or 1. 1)), and after a line that ends where the next
// line's first word would still have fitted within the chunk's width (a byline
// or a short last line, not a wrap). When a chunk has lines longer than 100
// characters the copy is not hard-wrapped and every line is a paragraph,
// unless the chunk has eight lines or more and at most a quarter of them are
// that long (text inserted into a wrapped paragraph by hand); the width of
// such a chunk is that of its second-widest line. A
// line holding only an HTML-style comment (<!-- … -->) is a directive, not prose.
func parseText(path string, src []byte) *Document {
	b := NewBuilder(path, FormatText, src)
	start := 0
	if bytes.HasPrefix(src, bom) {
		start = len(bom)
	}
	b.AddText(start, len(src))
	shift := start // Text offset = Src offset - shift

	st := b.doc.store
	chunk := st.lines[:0]
	defer func() { st.lines = chunk[:0] }()
	headline := true
	flush := func() {
		if len(chunk) == 0 {
			return
		}
		if headline {
			headline = false
			markBlock(b, BlockHeadline, src, chunk[0].start, chunk[0].end, shift)
			chunk = append(chunk[:0], chunk[1:]...)
		}
		if len(chunk) > 1 {
			// Widths matter only between the lines of a chunk: most
			// paragraphs are one line, whose code points are not counted.
			for k := range chunk {
				chunk[k].width = lineWidth(src[chunk[k].start:chunk[k].end])
			}
		}
		longLines, indentAll, widest, width := 0, true, 0, 0
		for _, l := range chunk {
			if l.width > 100 {
				longLines++
			} else if l.width > widest {
				widest, width = l.width, widest
			} else {
				width = max(width, l.width)
			}
			indentAll = indentAll && l.indented
		}
		// One over-long line in a wrapped chunk is an editor's insertion,
		// not unwrapped copy: the chunk stays wrapped at its other lines'
		// width. For the same reason a chunk of eight lines or more is
		// wrapped at its second-widest line, a shorter one at its widest.
		long := longLines > 0 && (len(chunk) < 8 || 4*longLines > len(chunk))
		if len(chunk) < 8 {
			width = widest
		}
		for i := 0; i < len(chunk); {
			j := i + 1
			kind := BlockParagraph
			if chunk[i].list {
				kind = BlockListItem
			}
			if !long {
				for ; j < len(chunk); j++ {
					next := chunk[j]
					prev := chunk[j-1]
					// A hyphen at the start of a wrapped prose line is a dash
					// ("Bob Dylan's old sofa\n- honest"), not a list, unless
					// the line before introduces a list with a colon.
					list := next.list && (kind == BlockListItem || !hyphenMarker(src[next.start:next.end]) || bytes.HasSuffix(bytes.TrimRight(src[prev.start:prev.end], " \t"), []byte(":")))
					// A list item's wrapped lines need no indent in plain copy:
					// the width test below ends an item that ends early.
					if list || kind != BlockListItem && !indentAll && next.indented {
						break
					}
					// The next line's first word would have fitted: a real line break.
					if width >= 40 && prev.width+1+firstWordWidth(src[next.start:next.end]) <= width-2 && endsLine(src[prev.start:prev.end]) {
						break
					}
				}
			}
			markBlock(b, kind, src, chunk[i].start, chunk[j-1].end, shift)
			i = j
		}
		chunk = chunk[:0]
	}
	lineOf := func(pos, end int) textLine {
		l := textLine{start: pos, end: end} // width: set by flush
		l.indented = isIndented(src[pos:end])
		l.list = listMarker(src[pos:end])
		return l
	}
	hasCR := bytes.IndexByte(src, '\r') >= 0
	// The line table is built here, from the same line ends, and grows
	// as they come (grown): its room is guessed, as for text with CRs,
	// rather than counted, which would read the text once more.
	lt := b.lines0.init(src, true)
	for pos := start; pos < len(src); {
		end, next := nextLine(src, pos, hasCR)
		if end < len(src) {
			if len(lt.start) == cap(lt.start) {
				lt.start = grown(lt.start, len(lt.start)+1, pos, len(src))
			}
			lt.start = append(lt.start, next)
		}
		content := bytes.TrimSpace(src[pos:end])
		switch {
		case len(content) == 0:
			flush()
		case len(content) >= len("<!---->") && bytes.HasPrefix(content, []byte("<!--")) && bytes.HasSuffix(content, []byte("-->")):
			flush()
			cs := pos + bytes.Index(src[pos:end], []byte("<!--"))
			b.Comment(Span{cs, cs + len(content)}, string(content[4:len(content)-3]))
		default:
			if len(chunk) == cap(chunk) {
				chunk = grown(chunk, len(chunk)+1, pos, len(src))
			}
			chunk = append(chunk, lineOf(pos, end))
		}
		pos = next
	}
	flush()
	b.lines = lt.markLongLines()
	return b.Finish()
}

// textLine is a line of a chunk of plain text (parseText).
type textLine struct {
	start, end int // content bounds in Src, without line end
	width      int // in code points (lineWidth), set when the chunk has more lines
	indented   bool
	list       bool
}

func isIndented(l []byte) bool { return len(l) > 0 && (l[0] == ' ' || l[0] == '\t') }

func listMarker(l []byte) bool {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	l = l[i:]
	if len(l) < 2 {
		return false
	}
	switch l[0] {
	case '*', '-', '+':
		return l[1] == ' ' || l[1] == '\t'
	case 0xE2: // • U+2022
		return len(l) > 3 && l[1] == 0x80 && l[2] == 0xA2 && (l[3] == ' ' || l[3] == '\t')
	}
	// 1. or 1) with one or two digits.
	d := 0
	for d < len(l) && d < 3 && '0' <= l[d] && l[d] <= '9' {
		d++
	}
	return d > 0 && d < 3 && d+1 < len(l) && (l[d] == '.' || l[d] == ')') && (l[d+1] == ' ' || l[d+1] == '\t')
}

// nextLine finds the line that starts at pos: end is where its text ends
// (before the line end) and next where the following line starts. LF, CRLF
// and a lone CR end a line; hasCR says whether src holds a CR at all
// (without one, a fast byte search finds the LF).
func nextLine(src []byte, pos int, hasCR bool) (end, next int) {
	end = len(src)
	if !hasCR {
		if k := bytes.IndexByte(src[pos:], '\n'); k >= 0 {
			end = pos + k
		}
	} else {
		end = pos
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
	}
	next = end
	if next < len(src) {
		if src[next] == '\r' && next+1 < len(src) && src[next+1] == '\n' {
			next++
		}
		next++
	}
	return end, next
}

// hyphenMarker reports whether a list-marker line starts with "- ".
func hyphenMarker(l []byte) bool {
	l = bytes.TrimLeft(l, " \t")
	return len(l) > 1 && l[0] == '-'
}

// lineWidth is the width of a line in code points, or, for a line too long
// to be 100 code points or fewer, its length: parseText reads exact widths
// only in chunks whose lines are all that short (a code point takes at most
// four bytes), and need not count the code points of a paragraph on a line.
func lineWidth(l []byte) int {
	if len(l) > 4*100 {
		return len(l)
	}
	return runeCountValid(l)
}

// runeCountValid counts the code points of valid UTF-8 (Parse has checked
// it): the bytes that are not continuation bytes (10xxxxxx), eight at a time.
func runeCountValid(b []byte) int {
	n, cont := len(b), 0
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		cont += bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
		b = b[8:]
	}
	for _, c := range b {
		if c&0xC0 == 0x80 {
			cont++
		}
	}
	return n - cont
}

// firstWordWidth is the width in code points of the first word of a line.
func firstWordWidth(l []byte) int {
	l = bytes.TrimLeft(l, " \t")
	if i := bytes.IndexAny(l, " \t"); i >= 0 {
		l = l[:i]
	}
	return utf8.RuneCount(l)
}

// endsLine reports whether a line can end a paragraph or stand alone: it ends
// with a sentence's punctuation, or holds no comma-less run-on (a byline, a
// dateline), i.e. it does not end in a word that a wrap would carry on from.
func endsLine(l []byte) bool {
	l = bytes.TrimRight(l, " \t")
	if len(l) == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRune(l)
	switch r {
	case '.', '!', '?', '"', '”', '’', '\'', ')', ':', '…':
		return true
	case ',', ';', '-', '–', '—':
		return false
	}
	// A short line of a few words: a byline or a label.
	return bytes.Count(l, []byte(" ")) < 6
}

// markBlock marks Src[start:end] as a block, trimmed of white space and of a
// list marker.
func markBlock(b *Builder, kind BlockKind, src []byte, start, end, shift int) {
	for start < end && (src[start] == ' ' || src[start] == '\t') {
		start++
	}
	if kind == BlockListItem {
		for start < end && '0' <= src[start] && src[start] <= '9' {
			start++
		}
		_, n := utf8.DecodeRune(src[start:end])
		start += n
		for start < end && (src[start] == ' ' || src[start] == '\t') {
			start++
		}
	}
	for end > start {
		r, n := utf8.DecodeLastRune(src[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	b.MarkBlock(kind, Span{start - shift, end - shift})
}

// creditDashes are the openings of a block quotation's credit line ("— Sen.
// Karen Whitfield"): an em dash, a horizontal bar, an en dash or two hyphens,
// as characters or as the character references a content system writes.
var creditDashes = [...]string{"\u2014", "\u2015", "\u2013", "--", "&mdash;", "&#8212;", "&#x2014;", "&ndash;", "&#8211;", "&horbar;"}

// isCredit tells whether the source of a paragraph in a block quotation,
// from its first character on, opens with a dash: the line that credits the
// quotation to its speaker, not part of the running text.
func isCredit(src []byte) bool {
	for _, d := range creditDashes {
		if bytes.HasPrefix(src, []byte(d)) {
			return true
		}
	}
	return false
}

// linkLine follows a block's inline runs to tell whether it is a line of
// links to other stories: one or more links with nothing but spaces and
// punctuation between them, after at most a label that ends in a colon
// ("Read more: <link>", "Related: <link> · <link>", a list item that is one
// link). The HTML and Markdown readers feed it, each from its own runs.
type linkLine struct {
	links int  // the runs inside links
	label byte // the last byte, not white space, of the text before the first link
	prose bool // words outside a link after one (or a block that cannot be a line of links)
}

// link notes a run inside a link.
func (l *linkLine) link() { l.links++ }

// text notes a run outside a link: its last byte that is not white space
// (0 if none) and whether it holds a letter or digit.
func (l *linkLine) text(last byte, words bool) {
	switch {
	case l.links > 0 && words:
		l.prose = true
	case l.links == 0 && last != 0:
		l.label = last
	}
}

// is reports whether the runs noted make a line of links.
func (l *linkLine) is() bool { return l.links > 0 && !l.prose && (l.label == 0 || l.label == ':') }
