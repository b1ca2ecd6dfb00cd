package consistency

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// placeKind returns the kinds of the lower-case word w in the place table
// (isSingle, inMulti), or 0, as the rule finds them from a token's Fold.
func placeKind(w string) uint8 { return placeTable().kind(lint.FoldHash(w), w) }

// The place index finds every word of the table, in lower case only, and
// no other word.
func TestPlaceIndex(t *testing.T) {
	if !slices.IsSorted(placeKindWords[:]) {
		t.Fatal("placeKindWords is not sorted")
	}
	for i, w := range placeKindWords {
		if got := placeKind(w); got != placeKindOf[i] || got == 0 {
			t.Errorf("placeKind(%q) = %d, want %d", w, got, placeKindOf[i])
		}
		if up := upperFirstASCII(w); up != w && placeKind(up) != 0 {
			t.Errorf("placeKind(%q) = %d, want 0", up, placeKind(up))
		}
		if _, found := slices.BinarySearch(placeKindWords[:], w+"x"); !found && placeKind(w+"x") != 0 {
			t.Errorf("placeKind(%q) != 0", w+"x")
		}
	}
	for _, w := range []string{"", "the", "reading", "londons", "london's"} {
		if placeKind(w) != 0 {
			t.Errorf("placeKind(%q) != 0", w)
		}
	}
}

// tokenFold is the FoldHash of the token's stem, for the words as the
// tokenizer gives them (with their flags).
func TestTokenFold(t *testing.T) {
	words := []string{"council", "council's", "council’s", "Council's", "Council'S", "its", "'s", "as", "boss", "class’", "s",
		"Jones's", "JONES’S", "café’s", "well-known's", "McDonald's", "buses", "ıs"}
	toks := parsedWords(t, "The "+strings.Join(words, " and ")+" said.")
	for _, tok := range toks {
		if got, want := tokenFold(tok), lint.FoldHash(stem(tok.Text)); got != want {
			t.Errorf("tokenFold(%q) = %x, want FoldHash(%q) = %x", tok.Text, got, stem(tok.Text), want)
		}
	}
	if len(toks) < len(words) {
		t.Errorf("%d words read, want %d or more", len(toks), len(words))
	}
}

// parsedWords returns the word tokens of the plain text s, with the flags
// and Fold the tokenizer gives them.
func parsedWords(t *testing.T, s string) []*lint.Token {
	t.Helper()
	doc, err := lint.Parse("a.txt", []byte(s+"\n"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	var words []*lint.Token
	for i := range doc.Tokens {
		if tok := &doc.Tokens[i]; tok.Kind == lint.Word {
			words = append(words, tok)
		}
	}
	return words
}

// A walkSet has every place word and every word added, at every size.
func TestWalkSet(t *testing.T) {
	px := placeTable()
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 10, 2048, 2049, 50000} {
		var s walkSet
		s.sizedFor(n, px)
		if bits := len(s.w) * 64; bits < 1<<16 || n > 2048 && bits < 32*n {
			t.Errorf("sized for %d: %d bits", n, bits)
		}
		var added []uint32
		for range n {
			f := r.Uint32()
			s.add(f)
			added = append(added, f)
		}
		for _, w := range placeKindWords {
			if !s.has(lint.FoldHash(w)) {
				t.Fatalf("sized for %d: lacks the place word %q", n, w)
			}
		}
		for _, f := range added {
			if !s.has(f) {
				t.Fatalf("sized for %d: lacks %x", n, f)
			}
		}
		if s.has(lint.FoldHash("the")) && s.has(lint.FoldHash("said")) && s.has(lint.FoldHash("government")) && n < 100 {
			t.Errorf("sized for %d: has common words", n)
		}
	}
}

// A walkSet used for one article (its capitals and other words by their
// folds) and restored holds the place words alone for the next, at every
// size: the next article's set has none of the last one's words (beyond
// what the place words' bits say).
func TestWalkSetRestore(t *testing.T) {
	px := placeTable()
	r := rand.New(rand.NewPCG(5, 6))
	var s walkSet
	for _, n := range []int{10, 2048, 3000, 40, 0, 7, 2049, 12} {
		s.sizedFor(n, px)
		caps := make([]capital, n)
		for k := range caps {
			caps[k].h = r.Uint32()
			s.add(caps[k].h)
		}
		folds := make([]uint32, n/2) // (the later words of pairs, by their folds)
		for k := range folds {
			folds[k] = r.Uint32()
			s.add(folds[k])
		}
		s.restore(caps, folds, px)
		var fresh walkSet
		fresh.sizedFor(n, px)
		s.sizedFor(n, px)
		if !slices.Equal(s.w, fresh.w) {
			t.Fatalf("after an article of %d capitals: the set differs from a new one", n)
		}
	}
}
