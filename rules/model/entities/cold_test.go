package entities

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/cputime"
	"github.com/factlint/factlint/lint"
)

// forgetVocab empties the vocabulary of every free builder (what it knows
// of the words it has seen, as when its document numbers wrap, see
// getBuilder) and keeps its scratch: the next Build meets every word for
// the first time, as a run over a fresh folder of articles does.
func forgetVocab() {
	builders.Lock()
	defer builders.Unlock()
	for _, b := range builders.free {
		b.dropVocab()
	}
}

// BenchmarkBuildCold builds the model of every clean article once per
// iteration, each iteration from an empty vocabulary: the cost of the
// words a builder meets for the first time, which BenchmarkBuild's
// repeated passes over the same articles hide. Models are handed back as
// in BenchmarkBuildRecycled.
func BenchmarkBuildCold(b *testing.B) {
	docs, size := parsedCorpus(b)
	Build(docs[0], nil).Recycle() // load the lexicon once
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		forgetVocab()
		for _, d := range docs {
			Build(d, nil).Recycle()
		}
	}
	b.StopTimer()
	reportCPU(b, c0, int64(size))
}

// TestFoldShared checks that the folded form a word's entry keeps (some
// shared with its lower-case form, see foldSlow; that of a folded form
// set by foldRepSlow) is Fold of the word, its letter mask (when known) that
// of its folded form, the entry of its folded form (foldRep) that form, and
// its lower-case form (some written into the arena, see lowerSlow) lower of
// the word, for
// every word of the invented articles and of a text with letters beyond
// ASCII and signs.
func TestFoldShared(t *testing.T) {
	defer dropBuilders()
	dropBuilders()
	texts := append([]string{"Zoë Müller-Łukasik met Ørsted's O'Brien, ΚΕΛΒΙΝ and İstanbul's mayor, Dr J.R. McDonald-Smith, at 9am on 3 March.\n\nMs Müller-Łukasik said she would return. O'Brien and McDonald-Smith did not.\n"}, reuseArticles...)
	for i, text := range texts {
		doc, err := lint.Parse(filepath.Join("t", string(rune('a'+i))+".txt"), []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		Build(doc, nil).Recycle()
	}
	builders.Lock()
	defer builders.Unlock()
	n, reps, masks := 0, 0, 0
	for _, b := range builders.free {
		for id := range b.infos {
			if b.infos[id].have&haveLower != 0 {
				if got, want := b.rare[id].lower, lower(b.infos[id].text); got != want {
					t.Errorf("lower-case form of %q: %q, want %q", b.infos[id].text, got, want)
				}
			}
			if li := &b.infos[id]; b.coldAt(int32(id)).foldMask != 0 {
				masks++
				if got, want := b.coldAt(int32(id)).foldMask, letterMask(Fold(li.text)); got != want {
					t.Errorf("letter mask of %q: %x, want %x", li.text, got, want)
				}
			}
			// nearMisses reads a word's folded form and its mask from the
			// folded form's entry (see foldRepSlow).
			if r := b.infos[id].foldRep - 1; r >= 0 {
				reps++
				if want := Fold(b.infos[id].text); b.infos[r].text != want || b.infos[r].have&haveFold == 0 {
					t.Errorf("folded form of %q: entry %q, fold known %v", b.infos[id].text, b.infos[r].text, b.infos[r].have&haveFold != 0)
				}
			}
			if b.infos[id].have&haveFold == 0 {
				continue
			}
			n++
			if got, want := b.coldAt(int32(id)).fold, Fold(b.infos[id].text); got != want {
				t.Errorf("folded form of %q: %q, want %q", b.infos[id].text, got, want)
			}
		}
	}
	// (nearMisses keeps a folded form's mask, set on first use: with
	// none kept, each document would work it out again.)
	if n < 20 || reps < 10 || masks < 10 {
		t.Errorf("only %d words folded, %d with their folded form, %d masks kept: the test lost its point", n, reps, masks)
	}
}

// TestTextArena checks that the copies of the arena keep their text as
// later words fill their block and the next ones (and that a long word
// and byte slices are copied too).
func TestTextArena(t *testing.T) {
	var a textArena
	var want, got []string
	for i := 0; i < 3000; i++ {
		w := fmt.Sprintf("Word%d-%s", i, strings.Repeat("x", i%37))
		if i%500 == 0 {
			w = strings.Repeat("long", textChunk/8)
		}
		want = append(want, w)
		if i%2 == 0 {
			got = append(got, copyOf(&a, w))
		} else {
			got = append(got, copyOf(&a, []byte(w)))
		}
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("copy %d is %q, want %q", i, got[i], want[i])
		}
	}
}
