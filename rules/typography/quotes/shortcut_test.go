package quotes

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// In copy without curly marks, leaving the apostrophes out changes nothing.
func TestApostrophesNeededOnlyWithCurlyMarks(t *testing.T) {
	texts := append([]string{
		"It's \"open\n\nDon't stop.\" she said.\n\n\"Yes\" it's \"closed",
		"A \"quote\n\nO'Neill's \"reply\n\n\"Next\"",
	}, ruletest.Articles(t, "testdata", 100)...)
	straight := strings.NewReplacer("“", "\"", "”", "\"", "’", "'", "‘", "'")
	with := func(p *lint.Pass) { check(p, true) }
	without := func(p *lint.Pass) { check(p, false) }
	reported := 0
	for _, s := range texts {
		s = straight.Replace(s)
		if strings.IndexByte(s, 0xE2) >= 0 {
			continue // another curly character: the shortcut is not taken
		}
		full, short := ruletest.Findings(t, Rule.Name, s, with), ruletest.Findings(t, Rule.Name, s, without)
		if !slices.Equal(full, short) {
			t.Errorf("%.60q…: with apostrophes %q, without %q", s, full, short)
		}
		reported += len(full)
	}
	if reported == 0 {
		t.Error("no finding in any text: the comparison proves nothing")
	}
}
