package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestClassPairMay checks that the inline prefilter never turns away a
// word mayBeClassWord lets through, for every first and last byte and
// lengths around the class words' (and a letter beyond ASCII inside).
func TestClassPairMay(t *testing.T) {
	mids := []string{"", "a", "ab", "abcd", "abcdefgh", "é", "aéb", "abcdefghijklmnopqrstuvwxyzabcdefgh"}
	rejected := 0
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d++ {
			if classPairMay(byte(c), byte(d)) {
				continue
			}
			rejected++
			for _, m := range mids {
				s := string([]byte{byte(c)}) + m + string([]byte{byte(d)})
				if mayBeClassWord(s, true) {
					t.Fatalf("classPairMay(%#x, %#x) = false, but mayBeClassWord(%q) = true", c, d, s)
				}
			}
		}
	}
	// The filter must reject something, or it is no filter: most letter pairs.
	if rejected < 26*26/2 {
		t.Fatalf("classPairMay rejects only %d byte pairs", rejected)
	}
	for _, w := range []string{"minister", "leader", "Spokesman", "company"} {
		if mayBeClassWord(w, true) && !classPairMay(w[0], w[len(w)-1]) {
			t.Errorf("classPairMay rejects %q", w)
		}
	}
}

// TestClassFoldNouns checks that scanCase lists every word that is a
// wordClasses word in lower case (capitalised only at a sentence start),
// though it tests ASCII words by their fold hash alone, in the invented
// articles and, when present, the development corpus; and that the fold
// test turns most other words away.
func TestClassFoldNouns(t *testing.T) {
	words, listed, class := 0, 0, 0
	eachScanned(t, "The Wife's sister, the WIFE and the Ship: Widow, widows, Café owner, the Police.\n", func(b *builder) {
		nouns := map[int32]bool{}
		for _, i := range b.nouns {
			nouns[i] = true
		}
		for i := range b.toks {
			tk := &b.toks[i]
			if tk.Kind != lint.Word || len(tk.Text) < 3 || tk.Has(lint.Capitalized) && !tk.Has(lint.SentenceStart) {
				continue
			}
			words++
			if nouns[int32(i)] {
				listed++
			}
			if _, ok := nounClasses.get(lower(tk.Text)); ok {
				class++
				if !nouns[int32(i)] {
					t.Errorf("%q (token %d) is a class word, not listed", tk.Text, i)
				}
			}
		}
	})
	if class < 20 || listed > class+words/50 {
		t.Errorf("%d words, %d class words, %d listed", words, class, listed)
	}
}
