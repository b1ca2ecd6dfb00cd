package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestLowerASCIIFlags checks what lowerASCII rests on: the tokenizer's
// flags tell a word or number that lowers to itself (needsLower false)
// from one that may not, for every token of the invented articles and,
// when the development corpus is present, of its articles; and a word's
// flags prove it ASCII when they do not say InnerCapOrNonASCII
// (mayBeClassWord's maybeBeyond).
func TestLowerASCIIFlags(t *testing.T) {
	words := 0
	for _, text := range append(runTexts(), "iPhone eBay McDonald café NAÏVE Łódź 3D 4gb al-Rashid it’s don't\n") {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		for i := range doc.Tokens {
			tk := &doc.Tokens[i]
			if tk.Kind != lint.Word && tk.Kind != lint.Number {
				continue
			}
			words++
			if got, want := lowerASCII(tk), !needsLower(tk.Text); got != want {
				t.Errorf("%q: lowerASCII %v, want %v (flags %b)", tk.Text, got, want, tk.Flags)
			}
			if !tk.Has(lint.InnerCapOrNonASCII) && isASCIIBeyond(tk.Text) {
				t.Errorf("%q: beyond ASCII without InnerCapOrNonASCII", tk.Text)
			}
		}
	}
	t.Logf("%d words and numbers", words)
	if words < 100 {
		t.Fatalf("only %d words", words)
	}
}
