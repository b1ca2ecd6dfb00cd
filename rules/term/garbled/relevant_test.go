package garbled

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestFoldKeys checks foldKeys' hash and first byte of every word of the
// pairs against lint.FoldHash of the word's key, on texts with possessives,
// hyphens, apostrophes, capitals and letters beyond ASCII, and on the test
// articles.
func TestFoldKeys(t *testing.T) {
	for _, text := range keyTexts(t) {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		sc := &buffers{}
		ws, _, _ := sc.pairWords(doc)
		keys := sc.foldKeys(doc, ws)
		for j, i := range ws {
			w := doc.Tokens[i].Text
			key := words.Key(words.StripPossessive(w))
			first := byte(0)
			if len(key) > 0 {
				first = key[0]
			}
			if want := foldKey(lint.FoldHash(key), first); keys[j] != want {
				t.Errorf("%q: foldKeys %x, want %x", w, keys[j], want)
			}
		}
	}
}

// TestTokenKey checks tokenKey against words.Key of each word without its
// possessive, on the texts of TestFoldKeys.
func TestTokenKey(t *testing.T) {
	for _, text := range keyTexts(t) {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		for i := range doc.Tokens {
			tok := &doc.Tokens[i]
			if tok.Kind != lint.Word {
				continue
			}
			if got, want := tokenKey(tok), words.Key(words.StripPossessive(tok.Text)); got != want {
				t.Errorf("%q: tokenKey %q, want %q", tok.Text, got, want)
			}
		}
	}
}

// keyTexts are texts with possessives, hyphens, apostrophes, capitals and
// letters beyond ASCII, the test articles and 40 of the development
// corpus's (when ../shared has them).
func keyTexts(t *testing.T) []string {
	texts := []string{
		"The central bank's rate rose. The Central Bank’s rate fell, the bank's too.",
		"Its e-mail service and email service; co-operation and cooperation funds.",
		"O'Neill's firm and the o'neill firm; don't panic, rock'n'roll bands.",
		"Café owners and CAFÉ owners, the élysée palace. Élysée palace staff left.",
		"McDonald's burgers, iPhone sales, the x-ray machine - a long-running row.",
		"A very-long-hyphenated-compound-word meeting and internationalisation plans",
		"ab's",
	}
	texts = append(texts, ruletest.Articles(t, "testdata", 40)...)
	return texts
}
