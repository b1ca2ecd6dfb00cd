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

// writeUnifiedDiff writes the change from old to new as a unified diff
// (a/path, b/path, hunks with three lines of context), computed line by
// line with sergi/go-diff.
func writeUnifiedDiff(w io.Writer, path string, old, new []byte) error {
	dmp := diffmatchpatch.New()
	a, b, lines := dmp.DiffLinesToRunes(string(old), string(new))
	// DiffCharsToLines gives each diff its lines' text: a rune is no
	// index into lines past the surrogates' code points (go-diff skips
	// them), so they are not read as one here.
	diffs := dmp.DiffCharsToLines(dmp.DiffMainRunes(a, b, false), lines)
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
