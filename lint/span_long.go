package lint

import "sort"

// Column checkpoints inside long lines.
//
// A column is counted from the start of its line, so on a line of many
// megabytes (a file without line ends) every Position would scan up to the
// whole line, and a run with many findings on it would take time quadratic
// in the line's length. NewLineTable therefore notes, every markEvery bytes
// inside lines longer than that, how many code points and UTF-16 units the
// line has up to there; Position and Offset then count from the nearest
// mark, at most markEvery bytes. Ordinary lines have no marks and cost
// nothing more.

// markEvery is the distance in bytes between the checkpoints of a long line.
// Every Position on such a line counts up to markEvery bytes, so a hostile
// line with tens of thousands of findings (a paragraph of 20,000 unclosed
// brackets) pays that for each; 1 KB keeps it to about a microsecond, and
// the marks cost 24 bytes per KB of long line.
const markEvery = 1 << 10

// lineMark is a checkpoint at byte offset off, the start of a rune (a byte
// that is not a UTF-8 continuation byte): the code points and UTF-16 units
// between its line's start and off.
type lineMark struct {
	off      int
	cps, u16 int
}

// markLongLines adds the checkpoints of every line longer than markEvery
// and returns lt.
func (lt *LineTable) markLongLines() *LineTable {
	for i, start := range lt.start {
		end := len(lt.src)
		if i+1 < len(lt.start) {
			end = lt.start[i+1]
		}
		if end-start <= markEvery {
			continue
		}
		prev, cps, u16 := start, 0, 0
		for at := start + markEvery; at < end; at += markEvery {
			off := at
			for off > prev && lt.src[off]&0xC0 == 0x80 {
				off--
			}
			if off <= prev {
				continue
			}
			c, u := unitCounts(lt.src[prev:off])
			cps, u16 = cps+c, u16+u
			lt.marks = append(lt.marks, lineMark{off: off, cps: cps, u16: u16})
			prev = off
		}
	}
	return lt
}

// column counts the units between start, the start of off's line, and off,
// from the last checkpoint in between.
func (lt *LineTable) column(start, off int, unit ColumnUnit) int {
	if unit == Bytes {
		return off - start
	}
	base, n := start, 0
	if i := sort.Search(len(lt.marks), func(i int) bool { return lt.marks[i].off > off }) - 1; i >= 0 && lt.marks[i].off > start {
		m := lt.marks[i]
		base, n = m.off, m.units(unit)
	}
	return n + countUnits(lt.src[base:off], unit)
}

// offsetFrom returns where Offset starts walking to 1-based column col of
// the line that starts at start and ends (before its line end) at end: the
// last checkpoint of that line at or before col, or the line's start.
func (lt *LineTable) offsetFrom(start, end, col int, unit ColumnUnit) (off, atCol int) {
	lo := sort.Search(len(lt.marks), func(i int) bool { return lt.marks[i].off > start })
	hi := sort.Search(len(lt.marks), func(i int) bool { return lt.marks[i].off >= end })
	k := sort.Search(hi-lo, func(j int) bool {
		m := lt.marks[lo+j]
		return 1+m.unitsFrom(start, unit) > col
	}) - 1
	if k < 0 {
		return start, 1
	}
	m := lt.marks[lo+k]
	return m.off, 1 + m.unitsFrom(start, unit)
}

func (m lineMark) units(unit ColumnUnit) int {
	if unit == UTF16 {
		return m.u16
	}
	return m.cps
}

func (m lineMark) unitsFrom(start int, unit ColumnUnit) int {
	if unit == Bytes {
		return m.off - start
	}
	return m.units(unit)
}
