package agreement

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// TestNounFoldsCoverNouns checks scanRange's quick test against nounOf: an
// ASCII word with no capital after its first byte that nounOf finds has a
// Fold that scanFolds may hold, and a holder to be passes mayBePostToBe.
func TestNounFoldsCoverNouns(t *testing.T) {
	checked := 0
	for w := range nouns {
		if !isASCIILower(w) {
			continue
		}
		title := strings.ToUpper(w[:1]) + w[1:]
		for _, form := range []string{w, title, w + "'s", title + "'s", w + "'S"} {
			if _, ok := nounOf(form); !ok {
				continue
			}
			checked++
			if !scanFolds.Has(lint.FoldHash(form)) {
				t.Errorf("nounOf finds %q but scanFolds turns its Fold away", form)
			}
		}
		for _, form := range []string{w + "-elect", title + "-Designate"} {
			if _, ok := postToBe(form); ok && !mayBePostToBe(form) {
				t.Errorf("postToBe takes %q but mayBePostToBe turns it away", form)
			}
		}
	}
	if checked < len(nouns) {
		t.Fatalf("only %d forms checked for %d nouns", checked, len(nouns))
	}
	for _, s := range []string{"woman", "Spokesman's", "government"} {
		if !scanFolds.Has(lint.FoldHash(s)) {
			t.Errorf("scanFolds turns %q away", s)
		}
	}
	if mayBePostToBe("statement") || mayBePostToBe("re-elected") {
		t.Error("mayBePostToBe lets a word without a post's hyphen through")
	}
}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// TestNounIndexMatchesNounOf checks asciiNounAt against the long way,
// nounWord then nounOf, for every ASCII word of 3 bytes or more with no
// capital after its first byte and no holder to be, at a sentence's start
// and elsewhere: the nouns in their forms and the words of the test
// articles.
func TestNounIndexMatchesNounOf(t *testing.T) {
	var words []string
	for w := range nouns {
		title := strings.ToUpper(w[:1]) + w[1:]
		words = append(words, w, title, w+"'s", title+"'s", w+"s", w+"'")
	}
	for _, text := range ruletest.Articles(t, "testdata", 40) {
		doc, err := lint.Parse("nouns.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range doc.Tokens {
			words = append(words, tok.Text)
		}
	}
	hits := 0
	for _, w := range words {
		if len(w) < 3 || !isASCIILower(strings.ToLower(w[:1])+w[1:]) || mayBePostToBe(w) {
			continue
		}
		for _, flags := range []lint.TokenFlag{0, lint.SentenceStart} {
			tok := lint.Token{Kind: lint.Word, Text: w, Fold: lint.FoldHash(w), Flags: flags}
			var want nounInfo
			ok := nounWord(&tok)
			if ok {
				want, ok = nounOf(w)
			}
			var got nounInfo
			found := nounShaped(&tok)
			if found {
				got, found = nounsPacked.get(nounKey(w, pack(w)))
			}
			if found != ok || ok && got != want {
				t.Errorf("%q (flags %v): the quick lookup gives %v (found %v), nounOf %v (found %v)", w, flags, got, found, want, ok)
			}
			if ok {
				hits++
			}
		}
	}
	if hits < len(nouns) {
		t.Fatalf("only %d of %d words found", hits, len(words))
	}
}
