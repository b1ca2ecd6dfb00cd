package variant

import (
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestFoldSets: openers and closers hold the function words openForm turns a
// pair away for, in any case, and no other word.
func TestFoldSets(t *testing.T) {
	tok := func(s string) *lint.Token { return &lint.Token{Text: s, Kind: lint.Word, Fold: lint.FoldHash(s)} }
	for w := range words.Function {
		for _, s := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if got, want := openers.has(tok(s)), w != "per" && w != "under"; got != want {
				t.Errorf("openers.has(%q) = %v", s, got)
			}
			if got, want := closers.has(tok(s)), !words.Particles[w]; got != want {
				t.Errorf("closers.has(%q) = %v", s, got)
			}
		}
	}
	for _, s := range []string{"percent", "cent", "way", "thee", "th", "", "über", "The's", "midterm", "onto-"} {
		if openers.has(tok(s)) && !words.Function[strings.ToLower(s)] {
			t.Errorf("openers.has(%q)", s)
		}
		if closers.has(tok(s)) && !words.Function[strings.ToLower(s)] {
			t.Errorf("closers.has(%q)", s)
		}
	}
	// a token whose Fold is a function word's but whose text is not
	if f := tok("the"); openers.has(&lint.Token{Text: "thy", Fold: f.Fold}) {
		t.Error("openers.has compares the text")
	}
}

// TestFnTag: fnTag, which reads a word's bytes packed from the text, gives
// every token of a text the tags openers and closers give it, and tags a
// function word in every case: words of eight bytes and of nine,
// capitals, possessives straight and curly, bytes beyond ASCII, digits,
// and words at either end of the text (which Head cannot read: packedWord
// reads them a byte at a time).
func TestFnTag(t *testing.T) {
	text := "The per under THE Of although althoughs whatever About up Up's the’s " +
		"thé über Ünder 12 of-the in.On by,per Percent onto UNDER Whose Whom'S it"
	doc, err := lint.Parse("fn.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	tagged := 0
	for k := range doc.Tokens {
		tok := &doc.Tokens[k]
		got, want := fnTag(doc.Text, tok.Span.Start, tok.Span.End), fnTagOf(tok)
		if got != want {
			t.Errorf("fnTag(%q) = %b, openers and closers say %b", tok.Text, got, want)
		}
		if got != 0 {
			tagged++
		}
	}
	if tagged < 16 {
		t.Errorf("%d tokens tagged, want 16 or more", tagged)
	}
	// Words that are no function words but fall in a function word's
	// slot, whose tags fnTag masks out.
	collide := 0
	for i := 0; i < 1<<16 && collide < 20; i++ {
		w := "q" + strconv.Itoa(i)
		head, _, _ := words.PackKey(w)
		if s, ok := words.FunctionSlot(words.FunctionSlots(), head); ok || fnTags[s] == 0 {
			continue
		}
		collide++
		if tag := fnTag(w, 0, len(w)); tag != 0 {
			t.Errorf("fnTag(%q) = %b, a word of no function", w, tag)
		}
	}
	if collide < 20 {
		t.Errorf("%d words in a function word's slot, want 20", collide)
	}
}
