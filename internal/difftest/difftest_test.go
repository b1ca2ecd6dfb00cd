package difftest

import (
	"strings"
	"testing"
)

// First names the first line that differs and shows it cut around the
// first byte that differs, and has nothing to say of equal texts.
func TestFirst(t *testing.T) {
	long := strings.Repeat("a", 400)
	for _, c := range []struct{ want, got, diff string }{
		{"same\ntext", "same\ntext", ""},
		{"one\ntwo\nthree", "one\nTwo\nthree", "line 2 of 3 against 3:\nwant \"two\"\n got \"Two\""},
		{"one\ntwo", "one", "line 2 of 2 against 1:\nwant \"two\"\n got \"\""},
		{"x\n" + long + "b" + long, "x\n" + long + "c" + long,
			"line 2 of 2 against 2:\nwant \"…" + long[:150] + "b" + long[:149] + "…\"\n got \"…" + long[:150] + "c" + long[:149] + "…\""},
	} {
		if got := First(c.want, c.got); got != c.diff {
			t.Errorf("First(%.20q, %.20q) = %q, want %q", c.want, c.got, got, c.diff)
		}
	}
}
