package definedlate

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestSpelledOutBound checks spelledOut's answers and bounds its work on a
// run of connectors before an abbreviation of their letter (of of ...
// (OOOOOOOO)): each connector may stand for a letter or be skipped, and
// without the memo the words were compared in every combination (over
// 40,000 comparisons for one bracket here); with it, each word of the
// window at most once per letter.
func TestSpelledOutBound(t *testing.T) {
	for _, c := range []struct {
		text, ab string
		want     string // the spelled-out name's first word, "" for none
	}{
		{strings.Repeat("of ", 17) + "(OOOOOOOO)", "OOOOOOOO", ""},
		{"Officials of " + strings.Repeat("of ", 15) + "(OOOOOOOO)", "OOOOOOOO", "Officials"},
		{"Office of " + strings.Repeat("of ", 6) + "(OOOOOOOO)", "OOOOOOOO", "Office"},
		{"the Internet Research Agency (IRA)", "IRA", "Internet"},
		{"the Department of Defense (DOD)", "DOD", "Department"},
		{"the Institute for Fiscal Studies (IFS)", "IFS", "Institute"},
	} {
		doc, err := lint.Parse("a.txt", []byte("Headline\n\n"+c.text+" met.\n"), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		last := -1
		for i := range doc.Tokens {
			if doc.Tokens[i].Text == c.ab {
				last = i - 2
			}
		}
		if last < 0 {
			t.Fatalf("%q: no %s", c.text, c.ab)
		}
		first, calls := spelledOutCount(doc.Tokens, last, c.ab)
		got := ""
		if first >= 0 {
			got = doc.Tokens[first].Text
		}
		if got != c.want {
			t.Errorf("%q: spelled out from %q, want %q", c.text, got, c.want)
		}
		n := len(c.ab)
		if limit := (2*n + 3) * n; calls > limit {
			t.Errorf("%q: %d words compared, want at most %d", c.text, calls, limit)
		}
	}
}
