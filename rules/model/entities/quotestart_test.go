package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// quoteStartText is quoteStart by the text of the token before alone,
// without its test of the token's kind.
func (b *builder) quoteStartText(i int) bool {
	if i == 0 {
		return false
	}
	p := &b.toks[i-1]
	switch p.Text {
	case "“", "‘", "«", "„":
		return true
	case "\"", "'":
		return i < 2 || b.toks[i-2].Kind == lint.Punct || p.Has(lint.SpaceBefore) || p.Has(lint.BlockStart)
	}
	return false
}

// TestQuoteStart checks quoteStart, which turns away a token after a word
// or number by its kind, against quoteStartText at every token of the
// invented articles, the development corpus's and a text with each
// opening mark before a pronoun, and that each mark is punctuation.
func TestQuoteStart(t *testing.T) {
	extra := "He said “she left” and ‘he came’, «she said» and „he went“. Then \"she agreed\" and 'he too'. Tom's and O'Neil's 'n' he.\n\n\"He said so.\n"
	seen := 0
	for _, text := range append(runTexts(), extra) {
		b := builtThrough(t, text, 1)
		for i := range b.toks {
			got, want := b.quoteStart(i), b.quoteStartText(i)
			if got != want {
				t.Fatalf("token %d %q after %q: quoteStart %v, want %v", i, b.toks[i].Text, b.toks[i-1].Text, got, want)
			}
			if got {
				seen++
			}
		}
		putBuilder(b)
	}
	for _, mark := range []string{"“", "‘", "«", "„", "\"", "'"} {
		doc, err := lint.Parse("t.txt", []byte("said "+mark+"he"), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Tokens) != 3 || doc.Tokens[1].Text != mark || doc.Tokens[1].Kind != lint.Punct {
			t.Errorf("the mark %q is no punctuation token of its own: %+v", mark, doc.Tokens)
		}
	}
	if seen < 6 {
		t.Fatalf("quoteStart held at %d tokens: the test proves little", seen)
	}
}
