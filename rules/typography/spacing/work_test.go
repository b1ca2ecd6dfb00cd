package spacing

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"

	"github.com/factlint/factlint/rules/internal/ruletest"
)

// TestTableTestReadsEachLineOnce: checkDoubles reads a line for its table
// test once, however many doubled spaces the line holds: the lines read
// (and their bytes) grow with the number of lines, not with the number of
// doubled spaces. A long line of "word  other" repeated was once read again
// for each of its doubled spaces, which took seconds on a 480 KB line.
func TestTableTestReadsEachLineOnce(t *testing.T) {
	const perLine = 2000
	long := strings.Repeat("word  other ", perLine) + "end.\n"
	short := strings.Repeat("One  two three  four.\n", 50)
	for _, c := range []struct {
		name    string
		text    string
		lines   int // lines of text
		doubles int // doubled spaces reported
	}{
		{"one long line", long, 1, perLine},
		{"long lines", strings.Repeat(long, 3), 3, 3 * perLine},
		{"short lines", short, 50, 100},
		{"long and short", short + long + short, 101, 200 + perLine},
	} {
		reads, bytes := 0, 0
		lineRead = func(line string) { reads++; bytes += len(line) }
		got := ruletest.Findings(t, Rule.Name, c.text, func(p *lint.Pass) { run(p) })
		lineRead = nil
		if len(got) != c.doubles {
			t.Errorf("%s: %d findings, want %d (one for each doubled space)", c.name, len(got), c.doubles)
		}
		if reads > c.lines || bytes > len(c.text) {
			t.Errorf("%s: the table test read %d lines (%d bytes) of a text of %d lines (%d bytes) with %d doubled spaces; want each line read at most once",
				c.name, reads, bytes, c.lines, len(c.text), c.doubles)
		}
	}
}
