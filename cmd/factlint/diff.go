package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// diffContext is the number of unchanged lines around each hunk.
const diffContext = 3

// maxDiffLines bounds the distinct lines go-diff is given: it numbers
// lines with runes, and past the last code point (about 1.1 million
// lines) it panics (a variable, so that a test can lower it).
var maxDiffLines = 1 << 20

// lineDiffs returns the change from old to new line by line, as go-diff
// finds it. A text of more than maxDiffLines distinct lines is compared
// only between the whole lines both texts begin and end with, and if that
// middle still has too many, it is one replacement.
func lineDiffs(old, new string) []diffmatchpatch.Diff {
	dmp := diffmatchpatch.New()
	compare := func(a, b string) []diffmatchpatch.Diff {
		ra, rb, lines := dmp.DiffLinesToRunes(a, b)
		// DiffCharsToLines gives each diff its lines' text: a rune is no
		// index into lines past the surrogates' code points (go-diff
		// skips them), so they are not read as one here.
		return dmp.DiffCharsToLines(dmp.DiffMainRunes(ra, rb, false), lines)
	}
	if distinctLines(old, new) <= maxDiffLines {
		return compare(old, new)
	}
	pre, suf := commonLines(old, new)
	oldMid, newMid := old[pre:len(old)-suf], new[pre:len(new)-suf]
	diffs := []diffmatchpatch.Diff{{Type: diffmatchpatch.DiffEqual, Text: old[:pre]}}
	if distinctLines(oldMid, newMid) <= maxDiffLines {
		diffs = append(diffs, compare(oldMid, newMid)...)
	} else {
		diffs = append(diffs, diffmatchpatch.Diff{Type: diffmatchpatch.DiffDelete, Text: oldMid},
			diffmatchpatch.Diff{Type: diffmatchpatch.DiffInsert, Text: newMid})
	}
	return append(diffs, diffmatchpatch.Diff{Type: diffmatchpatch.DiffEqual, Text: old[len(old)-suf:]})
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

// distinctLines counts the distinct lines of a and b together, stopping
// once there are more than maxDiffLines.
func distinctLines(a, b string) int {
	seen := map[string]struct{}{}
	for _, s := range []string{a, b} {
		for s != "" {
			l := s
			if k := strings.IndexByte(s, '\n'); k >= 0 {
				l = s[:k+1]
			}
			s = s[len(l):]
			seen[l] = struct{}{}
			if len(seen) > maxDiffLines {
				return len(seen)
			}
		}
	}
	return len(seen)
}
