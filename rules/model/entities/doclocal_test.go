package entities

import (
	"fmt"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestDocIDLocalGrowth checks the document's word table through docID: a
// builder without a table, one that grows it while words new to the
// document are looked up (docIDFold grows it on such a word, not before
// every lookup) and one that reaches maxLocal give every word the index the
// vocabulary holds it under, the same on every lookup, and the table is
// never more than half full. Each slot holds its word's slotH and slotPre
// (docIDFold writes slotPre out). In the next document the words, new to
// it, are found in the vocabulary (docIDFold's own lookup) under the same
// indices.
func TestDocIDLocalGrowth(t *testing.T) {
	defer func(l int) { maxLocal = l }(maxLocal)
	maxLocal = 1024
	doc, err := lint.Parse("t.txt", []byte("Ann Lee spoke.\n"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	b := getBuilder(doc)
	b.local, b.nlocal = nil, 0 // (as a builder whose table was let go)
	// Short words are told apart in their slot, longer ones by their text.
	words := make([]string, 3000)
	for i := range words {
		words[i] = fmt.Sprintf("w%d", i)
		switch i % 6 {
		case 0:
			words[i] = fmt.Sprintf("longerword%d", i)
		case 1:
			// One to nine bytes (slotPre reads words of up to three
			// bytes, up to seven and eight or more each its own way).
			words[i] = fmt.Sprintf("%.*s%d", i/6%9, "Zoë Ørsted", i)[:1+i/6%9]
		}
	}
	ids := make([]int32, len(words))
	for round := 0; round < 3; round++ {
		for i, w := range words[:(round+1)*len(words)/3] {
			id := b.docID(w)
			if want, _ := b.vocab.lookup(b.infos, w); id != want || id < 0 {
				t.Fatalf("round %d: docID(%q) = %d, the vocabulary holds it as %d", round, w, id, want)
			}
			if ids[i] != 0 && ids[i] != id+1 {
				t.Fatalf("round %d: docID(%q) = %d, before %d", round, w, id, ids[i]-1)
			}
			ids[i] = id + 1
			// Until the table is at its largest, every word looked up is
			// in it (a slot of the smaller table filled after it grew is lost).
			if len(b.local) < maxLocal && !localHolds(b, w, id) {
				t.Fatalf("round %d: %q (%d) is not in the table of %d slots", round, w, id, len(b.local))
			}
			if 2*b.nlocal > len(b.local) || len(b.local) > maxLocal {
				t.Fatalf("round %d: %d words in a table of %d slots (at most %d)", round, b.nlocal, len(b.local), maxLocal)
			}
		}
	}
	if len(b.local) != maxLocal || 2*b.nlocal != maxLocal {
		t.Errorf("the table has %d slots, %d words: want %d, half full", len(b.local), b.nlocal, maxLocal)
	}
	// The next document (the same builder, taken back from the pool) finds
	// the words in the vocabulary: the same indices, none added again.
	putBuilder(b)
	b2 := getBuilder(doc)
	defer putBuilder(b2)
	if b2 != b {
		t.Fatal("the pool gave another builder")
	}
	n := b.vocab.len()
	for i, w := range words[:maxLocal/3] { // (all held in the table, at most half full)
		if id := b.docID(w); id != ids[i]-1 || !localHolds(b, w, id) {
			t.Fatalf("next document: docID(%q) = %d, before %d", w, id, ids[i]-1)
		}
	}
	if b.vocab.len() != n {
		t.Errorf("next document: the vocabulary grew from %d words to %d", n, b.vocab.len())
	}
}

// localHolds reports whether the document's word table holds w, word id,
// in a slot of its slotH and slotPre.
func localHolds(b *builder, w string, id int32) bool {
	n := 0
	found := false
	for _, s := range b.local {
		if s.gen == b.gen {
			n++
			found = found || s.id == id && s.h == slotH(len(w), lint.FoldHash(w)) && s.pre == slotPre(w)
		}
	}
	return found && n == b.nlocal
}

// TestDocIDLongTwins checks docIDLong with two words of more than eight
// bytes that share their slot's h and pre (the same length, first eight
// bytes and 28 bits of fold hash): docIDFold tells them apart only by
// their text, so each keeps its own index, in a slot of its own, whichever
// is looked up first.
func TestDocIDLongTwins(t *testing.T) {
	seen := map[uint32]string{}
	var a, c string
	for k := 0; a == ""; k++ {
		if k > 1<<20 {
			t.Fatal("no two words share a slot's h")
		}
		w := fmt.Sprintf("twinword%07d", k)
		h := slotH(len(w), lint.FoldHash(w))
		if o, ok := seen[h]; ok {
			a, c = o, w
		}
		seen[h] = w
	}
	if slotPre(a) != slotPre(c) {
		t.Fatalf("%q and %q: the slots' pre differ", a, c)
	}
	doc, err := lint.Parse("t.txt", []byte("Ann Lee spoke.\n"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	for _, order := range [][2]string{{a, c}, {c, a}} {
		b := getBuilder(doc)
		for round := 0; round < 2; round++ {
			for _, w := range order {
				id := b.docID(w)
				if want, _ := b.vocab.lookup(b.infos, w); id != want || id < 0 || b.infos[id].text != w {
					t.Fatalf("docID(%q) = %d, the vocabulary holds it as %d", w, id, want)
				}
				if !localHolds(b, w, id) {
					t.Fatalf("%q (%d) is not in the document's table", w, id)
				}
			}
		}
		putBuilder(b)
	}
}
