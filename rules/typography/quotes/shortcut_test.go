package quotes

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// In copy without curly marks, leaving the apostrophes out changes nothing.
func TestApostrophesNeededOnlyWithCurlyMarks(t *testing.T) {
	straight := strings.NewReplacer("“", "\"", "”", "\"", "’", "'", "‘", "'")
	var texts []string
	for _, s := range append([]string{
		"It's \"open\n\nDon't stop.\" she said.\n\n\"Yes\" it's \"closed",
		"A \"quote\n\nO'Neill's \"reply\n\n\"Next\"",
	}, ruletest.Articles(t, "testdata", 100)...) {
		if s = straight.Replace(s); strings.IndexByte(s, 0xE2) < 0 { // else the shortcut is not taken
			texts = append(texts, s)
		}
	}
	ruletest.Same(t, Rule.Name, texts, func(p *lint.Pass) { check(p, true) }, func(p *lint.Pass) { check(p, false) })
}
