package corpustest

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/title/conflict"
	"github.com/factlint/factlint/rules/title/convention"
)

// TestOddInputs runs the title and fact rules over degenerate input: no
// rule may fail or panic (Check turns a panic into an error).
func TestOddInputs(t *testing.T) {
	rules := append([]*lint.Rule{convention.Rule, conflict.Rule}, extraRules...)
	inputs := []string{
		"", " ", "\n\n\n", "President", "Minister of", "Secretary of State", "the 45-year-old",
		"U.S. defense Minister", "Sen. .", "Rep.", "charged 14 people", "14 people charged",
		"ex-Foreign Minister", "Interior Minister's", "Labour leader and", "and Prime Minister Tony",
		strings.Repeat("Chancellor ", 500), strings.Repeat("Foreign Ministry ", 300), "’s ´s 's",
		"Prime Minister\u200b Blair", "ПРЕЗИДЕНТ Путин", "総理大臣", "Smith, 45, and Smith, 46,",
		"UK President", "President UK", "of", "Ministry of Justice of", "WASHINGTON (", "(45)",
	}
	for _, in := range inputs {
		for _, name := range []string{"a.txt", "a.md", "a.html"} {
			doc, err := lint.Parse(name, []byte(in), lint.FormatOf(name))
			if err != nil {
				continue
			}
			if _, err := lint.Check(doc, rules, nil); err != nil {
				t.Errorf("%s %q: %v", name, in, err)
			}
		}
	}
}
