package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// diffContext is the number of unchanged lines around each hunk.
const diffContext = 3

// maxRegionLines bounds the lines of each side of a changed region that
// go-diff compares (a variable, so that a test can lower it). go-diff is
// given no time limit, so that the diff does not depend on how busy the
// machine is (with its default of one second, a large text's hunks came
// out coarser under load: the same run printed 1 hunk or 368), and its
// work on a region is at most about (a+b)^2 steps for a and b lines: a
// region with more lines on a side is written as one replacement.
var maxRegionLines = 256

// lineDiffs returns the change from old to new line by line: the whole
// lines both begin and end with are equal, and the middle is cut into
// regions at its anchors, the lines found once in each text's middle and
// in the same order in both (a patience diff's anchors: a fix changes a
// few lines and leaves most others unique and in place), each region
// compared by go-diff.
func lineDiffs(old, new string) []diffmatchpatch.Diff {
	pre, suf := commonLines(old, new)
	diffs := []diffmatchpatch.Diff{{Type: diffmatchpatch.DiffEqual, Text: old[:pre]}}
	a, b := splitLines(old[pre:len(old)-suf]), splitLines(new[pre:len(new)-suf])
	i, j := 0, 0
	for _, m := range anchors(a, b) {
		diffs = append(diffs, regionDiffs(a[i:m[0]], b[j:m[1]])...)
		diffs = append(diffs, diffmatchpatch.Diff{Type: diffmatchpatch.DiffEqual, Text: a[m[0]]})
		i, j = m[0]+1, m[1]+1
	}
	diffs = append(diffs, regionDiffs(a[i:], b[j:])...)
	return append(diffs, diffmatchpatch.Diff{Type: diffmatchpatch.DiffEqual, Text: old[len(old)-suf:]})
}

// splitLines cuts s after each line end (the last line may have none).
func splitLines(s string) []string {
	var ls []string
	for s != "" {
		l := s
		if k := strings.IndexByte(s, '\n'); k >= 0 {
			l = s[:k+1]
		}
		s = s[len(l):]
		ls = append(ls, l)
	}
	return ls
}

// anchors returns the pairs (index in a, index in b) of the lines found
// exactly once in a and once in b, the longest run of them in the same
// order in both (patience sorting: the longest increasing sequence of
// their indexes in b, taken in a's order).
func anchors(a, b []string) [][2]int {
	type seen struct{ na, nb, ia, ib int }
	count := make(map[string]*seen, len(a))
	for k, l := range a {
		s := count[l]
		if s == nil {
			s = &seen{}
			count[l] = s
		}
		s.na++
		s.ia = k
	}
	for k, l := range b {
		if s := count[l]; s != nil {
			s.nb++
			s.ib = k
		}
	}
	var pairs [][2]int
	for _, l := range a {
		if s := count[l]; s.na == 1 && s.nb == 1 {
			pairs = append(pairs, [2]int{s.ia, s.ib})
		}
	}
	// tops[h] is the pair ending the best increasing run of length h+1
	// found so far (the one with the smallest index in b); back links
	// each pair to the one before it in its run.
	var tops []int
	back := make([]int, len(pairs))
	for k, p := range pairs {
		h, _ := slices.BinarySearchFunc(tops, p[1], func(t, ib int) int { return pairs[t][1] - ib })
		back[k] = -1
		if h > 0 {
			back[k] = tops[h-1]
		}
		if h == len(tops) {
			tops = append(tops, k)
		} else {
			tops[h] = k
		}
	}
	if len(tops) == 0 {
		return nil
	}
	run := make([][2]int, len(tops))
	for k, h := tops[len(tops)-1], len(tops)-1; k >= 0; k, h = back[k], h-1 {
		run[h] = pairs[k]
	}
	return run
}

// regionDiffs compares the lines a and b with go-diff, with no time limit,
// or writes them as one replacement when a side has more than
// maxRegionLines lines.
func regionDiffs(a, b []string) []diffmatchpatch.Diff {
	switch {
	case len(a) == 0 && len(b) == 0:
		return nil
	case len(a) > maxRegionLines || len(b) > maxRegionLines:
		return []diffmatchpatch.Diff{{Type: diffmatchpatch.DiffDelete, Text: strings.Join(a, "")},
			{Type: diffmatchpatch.DiffInsert, Text: strings.Join(b, "")}}
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	ra, rb, lines := dmp.DiffLinesToRunes(strings.Join(a, ""), strings.Join(b, ""))
	// DiffCharsToLines gives each diff its lines' text: a rune is no index
	// into lines past the surrogates' code points (go-diff skips them), so
	// they are not read as one here.
	return dmp.DiffCharsToLines(dmp.DiffMainRunes(ra, rb, false), lines)
}

// writeUnifiedDiff writes the change from old to new as a unified diff
// (a/path, b/path, hunks with three lines of context), computed line by
// line with sergi/go-diff.
func writeUnifiedDiff(w io.Writer, path string, old, new []byte) error {
	diffs := lineDiffs(string(old), string(new))
	// Expand each diff back to its lines, tagged ' ', '-' or '+'.
	type line struct {
		op   byte
		text string
	}
	var all []line
	for _, d := range diffs {
		op := byte(' ')
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = '-'
		case diffmatchpatch.DiffInsert:
			op = '+'
		}
		// Every line ends with a line end but the last of a text, which
		// ends its diff.
		for rest := d.Text; rest != ""; {
			l := rest
			if k := strings.IndexByte(rest, '\n'); k >= 0 {
				l = rest[:k+1]
			}
			rest = rest[len(l):]
			all = append(all, line{op, l})
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "--- a/%s\n+++ b/%s\n", path, path)
	oldLine, newLine := 1, 1 // line numbers of all[i] in old and new
	for i := 0; i < len(all); {
		if all[i].op == ' ' {
			oldLine++
			newLine++
			i++
			continue
		}
		// A hunk: from diffContext lines before the change to diffContext
		// lines after the last change that lies within 2*diffContext of the
		// one before it.
		start := max(i-diffContext, 0)
		for k := start; k < i; k++ {
			oldLine--
			newLine--
		}
		end := i
		for j := i; j < len(all); j++ {
			if all[j].op != ' ' {
				end = j + 1
				continue
			}
			if j-end >= 2*diffContext {
				break
			}
		}
		stop := min(end+diffContext, len(all))
		nOld, nNew := 0, 0
		for _, l := range all[start:stop] {
			if l.op != '+' {
				nOld++
			}
			if l.op != '-' {
				nNew++
			}
		}
		fmt.Fprintf(bw, "@@ -%s +%s @@\n", hunkRange(oldLine, nOld), hunkRange(newLine, nNew))
		for _, l := range all[start:stop] {
			text, nl := strings.CutSuffix(l.text, "\n")
			bw.WriteByte(l.op)
			bw.WriteString(text)
			bw.WriteByte('\n')
			if !nl {
				bw.WriteString("\\ No newline at end of file\n")
			}
			if l.op != '+' {
				oldLine++
			}
			if l.op != '-' {
				newLine++
			}
		}
		i = stop
	}
	return bw.Flush()
}

// hunkRange prints a hunk's start,count (a count of one is left out; an
// empty range starts at the line before it, as diff does).
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start-1)
	case 1:
		return fmt.Sprintf("%d", start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}

// commonLines returns the length in bytes of the whole lines that a and b
// begin with, and of those they end with after that (not overlapping it).
// A last line without a line end is a line of its own, unlike the same
// text with one.
func commonLines(a, b string) (pre, suf int) {
	for pre < len(a) && pre < len(b) {
		k := strings.IndexByte(a[pre:], '\n')
		if k < 0 || !strings.HasPrefix(b[pre:], a[pre:pre+k+1]) {
			break
		}
		pre += k + 1
	}
	a, b = a[pre:], b[pre:]
	for {
		ra, rb := a[:len(a)-suf], b[:len(b)-suf]
		if ra == "" || rb == "" {
			break
		}
		// ra's last line (with its line end, if it has one)
		line := ra[strings.LastIndexByte(ra[:len(ra)-1], '\n')+1:]
		j := len(rb) - len(line)
		if j < 0 || rb[j:] != line || j > 0 && rb[j-1] != '\n' {
			break
		}
		suf += len(line)
	}
	return pre, suf
}
