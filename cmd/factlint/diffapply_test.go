package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// applyUnifiedDiff applies a diff that writeUnifiedDiff wrote to old and
// returns the text it gives, or an error when a hunk does not fit old.
func applyUnifiedDiff(old, diff string) (string, error) {
	lines := strings.SplitAfter(old, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	var out []string
	at := 0 // the next line of old to copy
	d := strings.Split(strings.TrimSuffix(diff, "\n"), "\n")
	if len(d) < 2 || !strings.HasPrefix(d[0], "--- ") || !strings.HasPrefix(d[1], "+++ ") {
		return "", fmt.Errorf("no header: %q", d)
	}
	for i := 2; i < len(d); {
		var oldStart int
		if _, err := fmt.Sscanf(d[i], "@@ -%d", &oldStart); err != nil {
			return "", fmt.Errorf("line %d: no hunk header: %q", i, d[i])
		}
		rng := strings.Fields(d[i])[1][1:]
		if n, _, _ := strings.Cut(rng, ","); strings.HasSuffix(rng, ",0") {
			s, _ := strconv.Atoi(n)
			oldStart = s + 1 // an empty range names the line before it
		}
		for ; at < oldStart-1; at++ {
			out = append(out, lines[at])
		}
		for i++; i < len(d) && !strings.HasPrefix(d[i], "@@"); i++ {
			l := d[i][1:] + "\n"
			if i+1 < len(d) && d[i+1] == `\ No newline at end of file` {
				l = d[i][1:]
			}
			switch d[i][0] {
			case ' ', '-':
				if at >= len(lines) || lines[at] != l {
					return "", fmt.Errorf("line %d: %q does not match old line %d", i, d[i], at+1)
				}
				if d[i][0] == ' ' {
					out = append(out, l)
				}
				at++
			case '+':
				out = append(out, l)
			case '\\':
			default:
				return "", fmt.Errorf("line %d: %q", i, d[i])
			}
		}
	}
	return strings.Join(append(out, lines[at:]...), ""), nil
}

// TestUnifiedDiffApplies: the diff of any two texts, applied to the first,
// gives the second, whether go-diff compares a changed region or, past
// maxRegionLines lines on a side, it is written as one replacement.
func TestUnifiedDiffApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	text := func(n int) []string {
		ls := make([]string, n)
		for i := range ls {
			ls[i] = fmt.Sprintf("line %d\n", r.IntN(n*2))
		}
		return ls
	}
	for _, limit := range []int{maxRegionLines, 2} {
		saved := maxRegionLines
		maxRegionLines = limit
		for range 300 {
			a := text(r.IntN(40))
			b := append([]string(nil), a...)
			for range r.IntN(4) {
				if len(b) > 0 {
					k := r.IntN(len(b))
					switch r.IntN(4) {
					case 0:
						b[k] = "changed\n"
					case 1:
						b = append(b[:k], b[k+1:]...)
					case 2:
						// a line moved: the anchors must keep the
						// order both texts share
						l := b[k]
						b = append(b[:k], b[k+1:]...)
						k = r.IntN(len(b) + 1)
						b = append(b[:k], append([]string{l}, b[k:]...)...)
					default:
						b = append(b[:k], append([]string{"new\n"}, b[k:]...)...)
					}
				}
			}
			old, new := strings.Join(a, ""), strings.Join(b, "")
			if r.IntN(3) == 0 {
				old = strings.TrimSuffix(old, "\n")
			}
			if r.IntN(3) == 0 {
				new = strings.TrimSuffix(new, "\n")
			}
			var buf bytes.Buffer
			if err := writeUnifiedDiff(&buf, "x.txt", []byte(old), []byte(new)); err != nil {
				t.Fatal(err)
			}
			if old == new {
				continue
			}
			got, err := applyUnifiedDiff(old, buf.String())
			if err != nil || got != new {
				t.Fatalf("limit %d: the diff of\n%q\nand\n%q\napplied gives %q (%v):\n%s", limit, old, new, got, err, buf.String())
			}
		}
		maxRegionLines = saved
	}
}

// TestAnchors: the lines found once in each text, the longest run of them
// in the same order in both.
func TestAnchors(t *testing.T) {
	a := []string{"x\n", "a\n", "b\n", "c\n", "d\n", "x\n"}
	b := []string{"c\n", "a\n", "b\n", "d\n", "e\n"}
	want := [][2]int{{1, 1}, {2, 2}, {4, 3}} // x is twice in a; c moved
	if got := anchors(a, b); !slices.Equal(got, want) {
		t.Errorf("anchors = %v, want %v", got, want)
	}
	if got := anchors(nil, b); got != nil {
		t.Errorf("anchors with an empty side = %v, want none", got)
	}
}

// TestCommonLines: whole lines only, the suffix after the prefix, and a last
// line without its line end unlike one with it.
func TestCommonLines(t *testing.T) {
	for _, c := range []struct {
		a, b     string
		pre, suf int
	}{
		{"", "", 0, 0},
		{"a\nb\nc\n", "a\nb\nc\n", 6, 0},
		{"a\nb\nc", "a\nb\nc", 4, 1},
		{"a\nx\nc\n", "a\ny\nc\n", 2, 2},
		{"a\nbc\n", "a\nc\n", 2, 0},
		{"x\n", "x", 0, 0},
		{"a\nb\n", "a\nb\nb\n", 4, 0},
		{"b\n", "a\nb\n", 0, 2},
		{"ab\n", "b\n", 0, 0},
	} {
		if pre, suf := commonLines(c.a, c.b); pre != c.pre || suf != c.suf {
			t.Errorf("commonLines(%q, %q) = %d, %d; want %d, %d", c.a, c.b, pre, suf, c.pre, c.suf)
		}
	}
}
