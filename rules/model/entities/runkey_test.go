package entities

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
)

// TestRunKeyFold checks what runKeyID rests on: the folded key group
// builds from a name run's tokens (foldKey) is the folded form of the
// run's text, for every name run of the invented articles and, when the
// development corpus is present, of its articles.
func TestRunKeyFold(t *testing.T) {
	runs := 0
	eachRun(t, 1, func(b *builder, nr *nameRun) {
		runs++
		if got, want := string(b.foldKey(nr.toks)), Fold(nr.text); got != want {
			t.Errorf("name %q: foldKey %q, Fold of the text %q", nr.text, got, want)
		}
	})
	if runs < 20 {
		t.Fatalf("only %d name runs", runs)
	}
}

// eachRun calls f with every name run findRuns makes in the texts of
// runTexts, in passes rounds over them.
func eachRun(t *testing.T, passes int, f func(b *builder, nr *nameRun)) {
	for range passes {
		for _, text := range runTexts() {
			doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			b := getBuilder(doc)
			b.m = newModel(len(b.toks))
			b.scanCase()
			b.findRuns()
			for k := range b.names {
				f(b, &b.names[k])
			}
			putBuilder(b)
		}
	}
}

// runTexts are invented articles and, when the development corpus is
// present, its articles.
func runTexts() []string {
	texts := append([]string{
		"Jean-Claude Juncker met J. K. Rowling and Charles de Gaulle's heirs.\n\nMr. O’Neill, Procter & Gamble and Søren Kierkegaard's readers met Bank of England staff; Jones' dog ran. NATO and NATO's chief, Nato, London and LONDON.\n\nPep Guardiola, 53, said Pep Guardiola would stay. Her lawyer, Jordan Lim, said Jordan Lim agreed. Son Heung-min and Heung-min Son scored.\n\nPrime Minister South African said so, and Defense Secretary Jim Mattis agreed.\n",
	}, reuseArticles...)
	if dev, _ := corpus.Dev(); dev != "" {
		files, _ := filepath.Glob(filepath.Join(dev, "articles", "*.txt"))
		for _, f := range files {
			if src, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(src))
			}
		}
	}
	return texts
}

// TestClassifyKept checks that the kind classify keeps for a run of one
// or two words is the kind classifyRun works out for every such run, in
// every document, with the kind known from earlier documents or not.
func TestClassifyKept(t *testing.T) {
	runs := 0
	eachRun(t, 2, func(b *builder, nr *nameRun) {
		if len(nr.toks) > 2 {
			return
		}
		runs++
		again := *nr
		b.classifyRun(&again)
		if again.kind != nr.kind || again.person != nr.person || again.surFirst != nr.surFirst || again.fullID != nr.fullID {
			t.Errorf("%q: kept kind %d person %v, worked out %d %v", nr.text, nr.kind, nr.person, again.kind, again.person)
		}
	})
	if runs < 20 {
		t.Fatalf("only %d runs of one or two words", runs)
	}
}

// TestRunFullID checks what group's entity names rest on: the fullID
// classify gives every name run is the vocabulary index of the run's text,
// over two passes (kinds and indices known from earlier documents or not).
// With a frozen vocabulary too (maxVocab 40 and 1), which drops each
// document's new words: the indices pairFull keeps must stay right.
func TestRunFullID(t *testing.T) {
	defer func(n int) { maxVocab = n; dropBuilders() }(maxVocab)
	for _, limit := range []int{1 << 15, 40, 1} {
		maxVocab = limit
		dropBuilders()
		runs := 0
		eachRun(t, 2, func(b *builder, nr *nameRun) {
			runs++
			if want := b.docID(nr.text); nr.fullID != want || b.infos[nr.fullID].text != nr.text {
				t.Errorf("maxVocab %d: %q: fullID %d, vocabulary index of the text %d", limit, nr.text, nr.fullID, want)
			}
		})
		if runs < 20 {
			t.Fatalf("only %d name runs", runs)
		}
	}
}

// TestNamesRoomZero checks what addRun rests on when it writes only some
// fields of a new name run: the room beyond the name runs is zero after
// findRuns, document after document (runs taken back are zeroed and
// putBuilder clears the rest).
func TestNamesRoomZero(t *testing.T) {
	for range 2 {
		for _, text := range runTexts() {
			doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			Build(doc, &lint.Config{}) // (the builder it returns is the next one's)
			b := getBuilder(doc)
			b.m = newModel(len(b.toks))
			b.scanCase()
			b.findRuns()
			room := b.names[len(b.names):cap(b.names)]
			for k := range room {
				if nr := &room[k]; nr.toks != nil || nr.text != "" || nr.hon != "" || nr.hasTitle || nr.title != 0 || nr.kind != 0 || nr.particle || nr.possessive {
					t.Fatalf("name room %d not zero: %+v", k, *nr)
				}
			}
			// The runs' titles are builder.titles in order, one each (a
			// run taken back took its title back).
			titled := int32(0)
			for k := range b.names {
				if nr := &b.names[k]; nr.hasTitle {
					if nr.title != titled || b.titleAt(nr.title).Text == "" {
						t.Fatalf("run %d (%q) has title %d (%q), want %d", k, nr.text, nr.title, b.titleAt(nr.title).Text, titled)
					}
					titled++
				}
			}
			if b.titles.len() != int(titled) {
				t.Fatalf("%d titles for %d titled runs", b.titles.len(), titled)
			}
			putBuilder(b)
		}
	}
}
