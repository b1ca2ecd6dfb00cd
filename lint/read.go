package lint

import (
	"bytes"
	"errors"
	"fmt"
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
	if !utf8.Valid(src) {
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
	switch format {
	case FormatMarkdown:
		return parseMarkdown(path, src)
	case FormatHTML:
		return parseHTML(path, src)
	}
	return parseText(path, src), nil
}

var bom = []byte("\xef\xbb\xbf")

// parseText reads plain text. Paragraphs are separated by blank lines; the
// first non-blank line is the headline. Inside a paragraph, hard-wrapped lines
// stay one block (a line end is white space between tokens); an indented line
// starts a new paragraph; when any line of a chunk is longer than 100
// characters the copy is not hard-wrapped and every line is a paragraph. A line
// holding only an HTML-style comment (<!-- … -->) is a directive, not prose.
func parseText(path string, src []byte) *Document {
	b := NewBuilder(path, FormatText, src)
	start := 0
	if bytes.HasPrefix(src, bom) {
		start = len(bom)
	}
	b.AddText(start, len(src))
	shift := start // Text offset = Src offset - shift

	type line struct{ start, end int } // content bounds in Src, without line end
	var chunk []line
	headline := true
	flush := func() {
		if len(chunk) == 0 {
			return
		}
		long := false
		for _, l := range chunk {
			if utf8.RuneCount(src[l.start:l.end]) > 100 {
				long = true
				break
			}
		}
		indentAll := true
		for _, l := range chunk {
			if !isIndented(src[l.start:l.end]) {
				indentAll = false
				break
			}
		}
		i := 0
		for i < len(chunk) {
			j := i + 1
			if headline {
				headline = false
			} else if !long && !listMarker(src[chunk[i].start:chunk[i].end]) {
				for j < len(chunk) {
					nl := src[chunk[j].start:chunk[j].end]
					if !indentAll && isIndented(nl) || listMarker(nl) {
						break
					}
					j++
				}
				kind := BlockParagraph
				markBlock(b, kind, src, chunk[i].start, chunk[j-1].end, shift)
				i = j
				continue
			} else if listMarker(src[chunk[i].start:chunk[i].end]) {
				for j < len(chunk) && !long && isIndented(src[chunk[j].start:chunk[j].end]) && !listMarker(src[chunk[j].start:chunk[j].end]) {
					j++
				}
				markBlock(b, BlockListItem, src, chunk[i].start, chunk[j-1].end, shift)
				i = j
				continue
			} else {
				markBlock(b, BlockParagraph, src, chunk[i].start, chunk[i].end, shift)
				i = j
				continue
			}
			markBlock(b, BlockHeadline, src, chunk[i].start, chunk[i].end, shift)
			i = j
		}
		chunk = chunk[:0]
	}
	for pos := start; pos < len(src); {
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
		content := bytes.TrimSpace(src[pos:end])
		switch {
		case len(content) == 0:
			flush()
		case len(content) >= len("<!---->") && bytes.HasPrefix(content, []byte("<!--")) && bytes.HasSuffix(content, []byte("-->")):
			flush()
			cs := pos + bytes.Index(src[pos:end], []byte("<!--"))
			b.Comment(Span{cs, cs + len(content)}, string(content[4:len(content)-3]))
		default:
			chunk = append(chunk, line{pos, end})
		}
		pos = next
	}
	flush()
	return b.Finish()
}

func isIndented(l []byte) bool { return len(l) > 0 && (l[0] == ' ' || l[0] == '\t') }

func listMarker(l []byte) bool {
	l = bytes.TrimLeft(l, " \t")
	for _, m := range []string{"* ", "- ", "• ", "+ "} {
		if bytes.HasPrefix(l, []byte(m)) {
			return true
		}
	}
	return false
}

// markBlock marks Src[start:end] as a block, trimmed of white space and of a
// list marker.
func markBlock(b *Builder, kind BlockKind, src []byte, start, end, shift int) {
	for start < end && (src[start] == ' ' || src[start] == '\t') {
		start++
	}
	if kind == BlockListItem {
		_, n := utf8.DecodeRune(src[start:])
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
