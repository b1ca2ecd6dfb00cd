package entities

import (
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// vocabInStep checks that every free builder's per-word slices (infos,
// cold, rare) hold one entry per vocabulary word, by the same index: a
// slice left longer than the vocabulary (not cut with it when a frozen
// vocabulary drops a document's words, or not dropped with it) holds a
// word's entry at another index than the word's, or grows without bound.
// It returns the number of frozen builders whose slices were cut (room
// kept beyond the words) and of those copied apart (see keepVocab).
func vocabInStep(t *testing.T, when string) (cut, copied int) {
	t.Helper()
	builders.Lock()
	defer builders.Unlock()
	for _, b := range builders.free {
		if n := b.vocab.len(); len(b.infos) != n || b.cold.len() != n || len(b.rare) != n {
			t.Fatalf("%s: a vocabulary of %d words with %d infos, %d cold and %d rare entries", when, n, len(b.infos), b.cold.len(), len(b.rare))
		}
		switch {
		case !b.frozen:
		case cap(b.infos) > len(b.infos):
			cut++
		default:
			copied++
		}
	}
	return cut, copied
}

// stepArticles are the invented articles and two of names with and
// without diacritics (Zoë, Zoe), possessives and near misses; the second
// has a surname of its own in each round, a word new to a builder that
// has seen the articles before.
func stepArticles(round int) []string {
	sur := []string{"Bergström", "Lindqvist", "Ødegård"}[round]
	return append(reuseArticles[:len(reuseArticles):len(reuseArticles)],
		"Choir wins award\n\nZoe Bronte and Soren Orsted led the choir. Bronte said she was proud, and Orsted's wife agreed.\n",
		fmt.Sprintf("Choir tours\n\nZoë Brontë, 34, met Søren Ørsted and Ivar Mathis in Oslo. Brontë's choir sang. Ms Bronte said the tour was long. Matisse said he enjoyed it, and Ivar %s's daughter sang too. Mathis left; %s stayed.\n", sur, sur))
}

// dumpTexts builds and dumps texts; before runs before each one.
func dumpTexts(t *testing.T, texts []string, before func()) []string {
	t.Helper()
	var out []string
	for i, a := range texts {
		before()
		doc, err := lint.Parse(filepath.Join("t", string(rune('a'+i))+".txt"), []byte(a), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		if err := Dump(&sb, doc, nil); err != nil {
			t.Fatal(err)
		}
		out = append(out, sb.String())
	}
	return out
}

// TestVocabInStep builds the articles with a builder whose vocabulary
// grows, is frozen (its documents' new words dropped, the room they took
// kept, or the frozen words copied apart after a document of many new
// words, see putBuilder and keepVocab), or is dropped as a whole: when its
// document numbers wrap (see getBuilder), and when one document makes it
// larger than twice maxVocab (see putBuilder). Every model is a fresh
// builder's, and the builder's per-word slices stay in step with its
// vocabulary.
func TestVocabInStep(t *testing.T) {
	if strconv.IntSize != 64 {
		t.Skip("its builder counts are set for the sizes of 64-bit platforms")
	}
	defer func(n int) { maxVocab = n; dropBuilders() }(maxVocab)
	var want [3][]string
	for round := range want {
		want[round] = dumpTexts(t, stepArticles(round), dropBuilders)
	}
	if d := want[0][len(want[0])-1]; !strings.Contains(d, "Zoë Brontë") || !strings.Contains(d, "Matisse") {
		t.Fatalf("the names article lost its point:\n%s", d)
	}
	same := func(when string, round int, got []string) {
		t.Helper()
		for i := range got {
			if got[i] != want[round][i] {
				t.Fatalf("%s, article %d: model differs from a fresh builder's\ngot:\n%s\nwant:\n%s", when, i, got[i], want[round][i])
			}
		}
	}
	// 100: frozen after the first round, the later rounds' surnames
	// (Ødegård, and its folded form) dropped and the room they took kept;
	// 90: frozen before the second names article (Zoë new, its folded form
	// zoe known from the first), the frozen words copied apart after it;
	// 1: the vocabulary dropped after each article.
	for _, limit := range []int{1 << 15, 100, 90, 1} {
		maxVocab = limit
		dropBuilders()
		cut, copied := 0, 0
		step := func(when string) {
			c, k := vocabInStep(t, when)
			cut, copied = cut+c, copied+k
		}
		for round := range want {
			when := fmt.Sprintf("maxVocab %d, round %d", limit, round)
			same(when, round, dumpTexts(t, stepArticles(round), func() { step(when) }))
			step(when)
		}
		if limit == 100 && cut == 0 || limit == 90 && copied == 0 {
			t.Errorf("maxVocab %d: %d frozen builders cut, %d copied apart: the test lost its point", limit, cut, copied)
		}
	}

	// The document numbers wrap: the next document drops the vocabulary.
	maxVocab = 1 << 15
	dropBuilders()
	dumpTexts(t, stepArticles(0), func() {})
	wrapped := 0
	builders.Lock()
	for _, b := range builders.free {
		b.gen = math.MaxUint32
		wrapped++
	}
	builders.Unlock()
	if wrapped == 0 {
		t.Fatal("no free builder to wrap the document numbers of")
	}
	same("document numbers wrapped", 0, dumpTexts(t, stepArticles(0), func() { vocabInStep(t, "document numbers wrapped") }))
	vocabInStep(t, "document numbers wrapped")
}
