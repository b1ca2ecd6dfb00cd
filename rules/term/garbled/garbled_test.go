package garbled_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/term/garbled"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, garbled.Rule)
}

// TestShortTexts runs the rule on texts shorter than the 8 bytes its word
// reading loads at once, and on words at both ends of a text: it must not
// fail.
func TestShortTexts(t *testing.T) {
	for _, text := range []string{"a", "ab", "abc", "a b", "abc def", "the bank", "central bank centigram bank",
		"x's y's", "É", "é bank", "central bank, centigram bank's"} {
		doc, err := lint.Parse("short.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if _, err := lint.RunRule(doc, garbled.Rule, nil, nil, func(lint.Diagnostic) {}); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}
