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

// TestNeutralPairs: two phrases used once each whose modifiers are about as
// common are reported (at the later one) only for a one-letter slip.
func TestNeutralPairs(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"Headline\n\nThe county council met on Monday. Later the country council voted.\n", 1},
		{"Headline\n\nThe defence budget grew on Monday. Later the defense budget was cut.\n", 0},
		{"Headline\n\nShares rose in premarket trading. He warned against premature trading decisions.\n", 0},
	}
	for _, c := range cases {
		if n := findingsAt(t, c.text, ""); n != c.want {
			t.Errorf("%q: %d findings, want %d", c.text, n, c.want)
		}
	}
}

// findingsAt is the number of the rule's findings on text (a plain-text
// article) whose span is word, or all of them for "".
func findingsAt(t *testing.T, text, word string) int {
	t.Helper()
	doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, []*lint.Rule{garbled.Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range diags {
		if d.Rule == garbled.Rule.Name && (word == "" || doc.Slice(d.Span) == word) {
			n++
		}
	}
	return n
}
