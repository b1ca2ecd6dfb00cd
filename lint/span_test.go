package lint

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLineTableRoundTrip(t *testing.T) {
	body := []string{
		"“Héllo,” said Zoë Ångström 😀 at 5 p.m.",
		"",
		"Dvořák’s 🇬🇧 flag – naïve café",
		"plain ascii line",
	}
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		src := []byte(strings.Join(body, eol) + eol)
		lt := NewLineTable(src)
		if lt.Lines() != len(body)+1 {
			t.Errorf("eol %q: %d lines, want %d", eol, lt.Lines(), len(body)+1)
		}
		for n := 1; n <= len(body); n++ {
			if got := lt.LineText(n); got != body[n-1] {
				t.Errorf("eol %q: LineText(%d) = %q", eol, n, got)
			}
		}
		for off := 0; off <= len(src); off++ {
			if off < len(src) && !utf8.RuneStart(src[off]) {
				continue
			}
			for _, unit := range []ColumnUnit{CodePoints, UTF16, Bytes} {
				p := lt.Position(off, unit)
				back := lt.Offset(p, unit)
				// The second byte of a CRLF is not a position of its own.
				want := off
				if off > 0 && src[off-1] == '\r' && off < len(src) && src[off] == '\n' {
					want = off - 1
				}
				if back != want {
					t.Fatalf("eol %q unit %d: offset %d -> %v -> %d", eol, unit, off, p, back)
				}
			}
		}
	}
}

func TestPositionUnits(t *testing.T) {
	src := []byte("ab\r\n“Zoë” 😀x\rlast")
	lt := NewLineTable(src)
	off := strings.Index(string(src), "x")
	cases := []struct {
		unit ColumnUnit
		want Position
	}{
		{CodePoints, Position{2, 8}}, // “ Z o ë ” space 😀 x
		{UTF16, Position{2, 9}},      // 😀 is two UTF-16 units
		{Bytes, Position{2, 1 + len("“Zoë” 😀")}},
	}
	for _, c := range cases {
		if got := lt.Position(off, c.unit); got != c.want {
			t.Errorf("unit %d: Position = %v, want %v", c.unit, got, c.want)
		}
	}
	if p := lt.Position(strings.Index(string(src), "last"), CodePoints); p != (Position{3, 1}) {
		t.Errorf("after a lone CR: %v", p)
	}
	// Clamping.
	if lt.Offset(Position{99, 1}, CodePoints) != len(src) || lt.Offset(Position{0, 5}, CodePoints) != 0 {
		t.Error("out-of-range positions should clamp")
	}
	if lt.Offset(Position{1, 99}, CodePoints) != 2 {
		t.Error("a column past the line end should clamp to the line end")
	}
}

func TestSpanMethods(t *testing.T) {
	a, b := Span{2, 5}, Span{4, 9}
	if !a.Overlaps(b) || a.Overlaps(Span{5, 7}) || a.Len() != 3 || !b.Contains(Span{4, 9}) || b.Contains(a) {
		t.Error("span methods wrong")
	}
}
