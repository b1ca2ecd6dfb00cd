package ruletest

import (
	"fmt"
	"strings"
)

// diffWindow is how many bytes FirstDiff shows on either side of the first
// differing byte: a dump's line is short, but findings printed with %+v
// are one line of many kilobytes, and a whole one would bury the change.
const diffWindow = 150

// FirstDiff shows where got first differs from want, for a test's failure
// message: the first line that differs, on each side, cut to diffWindow
// bytes around the first byte that differs. It returns "" when the two are
// the same.
func FirstDiff(want, got string) string {
	if want == got {
		return ""
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	// One side may have run out of lines: its line is then shown empty.
	var w, g string
	if i < len(wl) {
		w = wl[i]
	}
	if i < len(gl) {
		g = gl[i]
	}
	k := 0
	for k < len(w) && k < len(g) && w[k] == g[k] {
		k++
	}
	from := max(0, k-diffWindow)
	cut := func(s string) string {
		part := s[min(from, len(s)):min(len(s), k+diffWindow)]
		if from > 0 {
			part = "…" + part
		}
		if k+diffWindow < len(s) {
			part += "…"
		}
		return part
	}
	return fmt.Sprintf("line %d of %d against %d:\nwant %q\n got %q", i+1, len(wl), len(gl), cut(w), cut(g))
}
