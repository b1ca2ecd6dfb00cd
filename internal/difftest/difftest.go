// Package difftest says where two texts a test compares first differ, for
// its failure message: the tests of the entity model, the command and the
// scorer each compare long outputs that a whole print would bury.
package difftest

import (
	"fmt"
	"strings"
)

// window is how many bytes First shows on either side of the first
// differing byte: a dump's line is short, but findings printed with %+v
// are one line of many kilobytes, and a whole one would bury the change.
const window = 150

// First shows where got first differs from want, for a test's failure
// message: the first line that differs, on each side, cut to window
// bytes around the first byte that differs. It returns "" when the two are
// the same.
func First(want, got string) string {
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
	from := max(0, k-window)
	cut := func(s string) string {
		part := s[min(from, len(s)):min(len(s), k+window)]
		if from > 0 {
			part = "…" + part
		}
		if k+window < len(s) {
			part += "…"
		}
		return part
	}
	return fmt.Sprintf("line %d of %d against %d:\nwant %q\n got %q", i+1, len(wl), len(gl), cut(w), cut(g))
}
