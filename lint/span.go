package lint

import (
	"bytes"
	"math/bits"
	"sort"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End). Inside a rule, spans are
// offsets into Document.Text; in a reported Diagnostic they are offsets into
// Document.Src (Pass.Report does the mapping). The zero Span means "no position".
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether s covers all of o.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether the two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// LineTable maps byte offsets in a source to 1-based lines and columns. It
// holds the offset at which every line starts. LF, CRLF and a lone CR all end
// a line.
type LineTable struct {
	src   []byte
	start []int
	marks []lineMark // column checkpoints inside long lines (span_long.go)
}

// NewLineTable scans src once for line ends.
func NewLineTable(src []byte) *LineTable {
	hasCR := bytes.IndexByte(src, '\r') >= 0
	lt := newLineTable(src, hasCR)
	if !hasCR {
		// Only LF line ends, the common case: let IndexByte find them.
		for i := 0; ; {
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				return lt.markLongLines()
			}
			i += j + 1
			lt.start = append(lt.start, i)
		}
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lt.start = append(lt.start, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			lt.start = append(lt.start, i+1)
		}
	}
	return lt.markLongLines()
}

// newLineTable returns the table of src with line 1 alone, and room for
// the others: counted when only LF ends a line (hasCR false), else a guess.
func newLineTable(src []byte, hasCR bool) *LineTable {
	return new(LineTable).init(src, hasCR)
}

// init makes lt newLineTable(src, guess) in place and returns it: with
// guess (src holds a CR, or the caller grows the table itself), the room
// for the other lines is guessed.
func (lt *LineTable) init(src []byte, guess bool) *LineTable {
	n := len(src)/60 + 2
	if !guess {
		n = bytes.Count(src, []byte{'\n'}) + 1
	}
	*lt = LineTable{src: src, start: make([]int, 1, n)}
	return lt
}

// Lines is the number of lines (a final line without a line end counts).
func (lt *LineTable) Lines() int { return len(lt.start) }

// Line returns the 1-based line holding byte offset off.
func (lt *LineTable) Line(off int) int {
	if off < 0 {
		off = 0
	}
	return sort.Search(len(lt.start), func(i int) bool { return lt.start[i] > off })
}

// LineStart returns the byte offset at which 1-based line n starts.
func (lt *LineTable) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(lt.start) {
		return len(lt.src)
	}
	return lt.start[n-1]
}

// LineEnd returns the offset of the line end (before CR/LF) of 1-based line n.
func (lt *LineTable) LineEnd(n int) int {
	end := len(lt.src)
	if n < len(lt.start) {
		end = lt.start[n]
	}
	start := lt.LineStart(n)
	for end > start && (lt.src[end-1] == '\n' || lt.src[end-1] == '\r') {
		end--
	}
	return end
}

// LineText returns the text of 1-based line n without its line end.
func (lt *LineTable) LineText(n int) string {
	return string(lt.src[lt.LineStart(n):lt.LineEnd(n)])
}

// ColumnUnit says how columns are counted.
type ColumnUnit int

const (
	// CodePoints counts Unicode code points (text, JSON, SARIF).
	CodePoints ColumnUnit = iota
	// UTF16 counts UTF-16 code units (LSP).
	UTF16
	// Bytes counts UTF-8 bytes (rdjsonl / reviewdog).
	Bytes
)

// Position is a 1-based line and column.
type Position struct {
	Line, Column int
}

// Position converts a byte offset to a 1-based line and column in the given unit.
func (lt *LineTable) Position(off int, unit ColumnUnit) Position {
	if off > len(lt.src) {
		off = len(lt.src)
	}
	if off < 0 {
		off = 0
	}
	line := lt.Line(off)
	start := lt.start[line-1]
	return Position{Line: line, Column: 1 + lt.column(start, off, unit)}
}

// Offset converts a 1-based line and column in the given unit back to a byte
// offset. Out-of-range values are clamped to the line or the source.
func (lt *LineTable) Offset(p Position, unit ColumnUnit) int {
	if p.Line < 1 {
		return 0
	}
	if p.Line > len(lt.start) {
		return len(lt.src)
	}
	end := lt.LineEnd(p.Line)
	off, col := lt.offsetFrom(lt.start[p.Line-1], end, p.Column, unit)
	for col < p.Column && off < end {
		r, size := utf8.DecodeRune(lt.src[off:])
		switch unit {
		case Bytes:
			col += size
		case UTF16:
			if r >= 0x10000 {
				col += 2
			} else {
				col++
			}
		default:
			col++
		}
		off += size
	}
	return off
}

func countUnits(b []byte, unit ColumnUnit) int {
	switch unit {
	case Bytes:
		return len(b)
	case UTF16:
		_, u16 := unitCounts(b)
		return u16
	default:
		cps, _ := unitCounts(b)
		return cps
	}
}

// unitCounts returns the code points and the UTF-16 units of b, as
// utf8.DecodeRune reads them (an invalid byte is one of each): eight bytes
// at a time while they are ASCII, then 32 while that lasts; in eight bytes
// that are not all ASCII, those before the first that is not at once. (32
// tried first at every step cost text outside ASCII four loads a
// character, and each ASCII byte within 32 of such a character five.)
func unitCounts(b []byte) (cps, u16 int) {
	wide := 0 // code points beyond the Basic Multilingual Plane: two units
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			h := load64(b, i) & high
			if h == 0 {
				cps, i = cps+8, i+8
				for i+32 <= len(b) && (load64(b, i)|load64(b, i+8)|load64(b, i+16)|load64(b, i+24))&high == 0 {
					cps, i = cps+32, i+32
				}
				continue
			}
			n := bits.TrailingZeros64(h) >> 3 // the ASCII bytes before b[i+n]
			cps, i = cps+n, i+n
		} else if b[i] < utf8.RuneSelf {
			cps, i = cps+1, i+1
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x10000 {
			wide++
		}
		cps, i = cps+1, i+size
	}
	return cps, cps + wide
}
