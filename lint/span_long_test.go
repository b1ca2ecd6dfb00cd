package lint

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// slowPosition is Position without checkpoints: count from the line start,
// a rune at a time (unitCountsRef, not unitCounts, which the checkpoints
// use too).
func slowPosition(lt *LineTable, off int, unit ColumnUnit) Position {
	line := lt.Line(off)
	b := lt.src[lt.start[line-1]:off]
	n := len(b)
	if cps, u16 := unitCountsRef(b); unit == CodePoints {
		n = cps
	} else if unit == UTF16 {
		n = u16
	}
	return Position{Line: line, Column: 1 + n}
}

// slowOffset is Offset without checkpoints: walk from the line start.
func slowOffset(lt *LineTable, p Position, unit ColumnUnit) int {
	saved := lt.marks
	lt.marks = nil
	defer func() { lt.marks = saved }()
	return lt.Offset(p, unit)
}

// TestLongLineCheckpoints checks Position and Offset on long lines (with
// checkpoints) against counting from the line start, in every unit, with
// multi-byte characters, characters outside the BMP, invalid bytes and
// every kind of line end.
func TestLongLineCheckpoints(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"word ", "é", "日本", "😀", "\xff", "\xe2\x82", "a", "\r\n", "\n", "\r", strings.Repeat("x", 3000)}
	for round := 0; round < 3; round++ {
		var b strings.Builder
		for b.Len() < 120<<10 {
			p := pieces[rng.Intn(len(pieces))]
			if strings.ContainsAny(p, "\r\n") && rng.Intn(40) != 0 {
				continue // keep lines long
			}
			b.WriteString(p)
		}
		src := []byte(b.String())
		lt := NewLineTable(src)
		if len(lt.marks) == 0 {
			t.Fatal("no checkpoints on long lines")
		}
		for _, m := range lt.marks {
			if !utf8.RuneStart(src[m.off]) {
				t.Fatalf("checkpoint at %d inside a character", m.off)
			}
		}
		for k := 0; k < 800; k++ {
			off := rng.Intn(len(src) + 1)
			if k < len(lt.marks) {
				off = lt.marks[k].off + rng.Intn(3) - 1
			}
			for _, unit := range []ColumnUnit{CodePoints, UTF16, Bytes} {
				got, want := lt.Position(off, unit), slowPosition(lt, off, unit)
				if got != want {
					t.Fatalf("round %d, offset %d, unit %v: %+v, want %+v", round, off, unit, got, want)
				}
				p := Position{Line: want.Line, Column: want.Column + rng.Intn(3) - 1}
				if got, want := lt.Offset(p, unit), slowOffset(lt, p, unit); got != want {
					t.Fatalf("round %d, %+v, unit %v: offset %d, want %d", round, p, unit, got, want)
				}
			}
		}
	}
}

// BenchmarkPositionLongLine converts positions near the end of one line
// of 8 MB; without the checkpoints each would scan the line (about 8 MB).
func BenchmarkPositionLongLine(b *testing.B) {
	src := []byte(strings.Repeat("Ünïcode words on one very long line. ", 8<<20/38))
	lt := NewLineTable(src)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		off := len(src) - 1 - i%100000
		for !utf8.RuneStart(src[off]) {
			off--
		}
		p := lt.Position(off, UTF16)
		if lt.Offset(p, UTF16) != off {
			b.Fatalf("offset %d: round trip through %+v", off, p)
		}
	}
}
