package foldset

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// Every word of the set passes Has in any case; few others do.
func TestSet(t *testing.T) {
	words := map[string]bool{"president": true, "mr": true, "vice-president": true, "lord": true, "sir": true}
	s := Of(words)
	for w := range words {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !s.Has(lint.FoldHash(v)) {
				t.Errorf("Has(FoldHash(%q)) = false", v)
			}
		}
	}
	others := strings.Fields("the a of and said minister's presidents secretaries govern mayoral judged people government year told would could after before their there about mrs miss lady sirs")
	pass := 0
	for _, w := range others {
		if s.Has(lint.FoldHash(w)) {
			pass++
		}
	}
	if pass > 2 {
		t.Errorf("%d of %d other words pass Has", pass, len(others))
	}
}

// OfWords makes the Set Of makes of the same words as a map.
func TestOfWords(t *testing.T) {
	words := []string{"was", "is", "were", "has", "have"}
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	if got, want := *OfWords(words...), *Of(m); got != want {
		t.Errorf("OfWords(%q) differs from Of of the same words", words)
	}
}

// Every word of a Wide set passes Has in any case; of a few thousand
// other words, few do. Has reads only the top 16 bits of a Fold.
func TestWide(t *testing.T) { testWide(t, new(Wide), 0xFFFF) }

// WideLow is a Wide set on the low 16 bits of a Fold: Has reads only them.
func TestWideLow(t *testing.T) { testWide(t, new(WideLow), 0xFFFF0000) }

// wideSet is Wide or WideLow.
type wideSet interface {
	Add(w string)
	Has(fold uint32) bool
}

// testWide checks that every word added to s, an empty set, passes Has
// in any case, also with the bits of its Fold that s does not read
// (ignored) flipped, and that few other words pass.
func testWide(t *testing.T, s wideSet, ignored uint32) {
	t.Helper()
	var in []string
	for i := range 400 {
		w := fmt.Sprintf("word%dx", i)
		in = append(in, w)
		s.Add(w)
	}
	for _, w := range in {
		if !s.Has(lint.FoldHash(w)) || !s.Has(lint.FoldHash(strings.ToUpper(w))) {
			t.Errorf("Has(FoldHash(%q)) = false", w)
		}
		if !s.Has(lint.FoldHash(w) ^ ignored) {
			t.Errorf("Has(FoldHash(%q) ^ %#x) = false: it reads other bits", w, ignored)
		}
	}
	pass := 0
	const others = 5000
	for i := range others {
		if s.Has(lint.FoldHash(fmt.Sprintf("other%d", i))) {
			pass++
		}
	}
	// 400 bits of 65,536 are set: about 30 of 5,000 pass by chance.
	if pass > 100 {
		t.Errorf("%d of %d other words pass Has", pass, others)
	}
}

// An Index finds each of its words, by its FoldHash in any case, at its
// position, and nothing for other words or when same says no.
func TestIndex(t *testing.T) {
	words := indexWords()
	x := NewIndex(words)
	testFind(t, x, words)
	n := 0
	x.Each(func(uint32) { n++ })
	if n != len(words) {
		t.Errorf("Each gave %d hashes, want %d", n, len(words))
	}
	if got := NewIndex(nil).Find(lint.FoldHash("a"), func(int) bool { return true }); got != -1 {
		t.Errorf("empty Index: Find = %d", got)
	}
}

// A Small finds what an Index finds, and holds no more than SmallWords.
func TestSmall(t *testing.T) {
	words := indexWords()
	testFind(t, NewSmall(words), words)
	if got := NewSmall(nil).Find(lint.FoldHash("a"), func(int) bool { return true }); got != -1 {
		t.Errorf("empty Small: Find = %d", got)
	}
	full := make([]string, SmallWords)
	for i := range full {
		full[i] = fmt.Sprintf("w%d", i)
	}
	testFind(t, NewSmall(full), full)
	defer func() {
		if recover() == nil {
			t.Error("NewSmall of SmallWords+1 words did not panic")
		}
	}()
	NewSmall(append(full, "one more"))
}

// indexWords are the words TestIndex and TestSmall file.
func indexWords() []string {
	words := []string{"london", "paris", "new", "york", "the", "u.s.", "zoë"}
	for i := range 200 {
		words = append(words, fmt.Sprintf("place%d", i))
	}
	return words
}

// testFind checks that x, filed with words, finds each at its position by
// its FoldHash in any ASCII case, and nothing for other words or when
// same says no.
func testFind(t *testing.T, x interface {
	Find(fold uint32, same func(i int) bool) int
}, words []string) {
	t.Helper()
	for i, w := range words {
		upper := strings.Map(func(r rune) rune { // ASCII capitals only: FoldHash folds no other
			if 'a' <= r && r <= 'z' {
				return r - 'a' + 'A'
			}
			return r
		}, w)
		for _, v := range []string{w, upper} {
			if got := x.Find(lint.FoldHash(v), func(j int) bool { return words[j] == w }); got != i {
				t.Errorf("Find(%q) = %d, want %d", v, got, i)
			}
		}
		if got := x.Find(lint.FoldHash(w), func(int) bool { return false }); got != -1 {
			t.Errorf("Find(%q) with same always false = %d", w, got)
		}
	}
	for _, w := range []string{"berlin", "place200", "placе1", ""} {
		if got := x.Find(lint.FoldHash(w), func(j int) bool { return words[j] == w }); got != -1 {
			t.Errorf("Find(%q) = %d, want -1", w, got)
		}
	}
}
