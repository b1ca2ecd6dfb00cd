package entities

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestVocabIndex adds words, truncates the index back to a smaller size
// and adds again, checking every lookup against a map, with the table
// filled to half and (bigVocabSlots lowered) to three quarters.
func TestVocabIndex(t *testing.T) {
	defer func(n int) { bigVocabSlots = n }(bigVocabSlots)
	for _, big := range []int{bigVocabSlots, 1024} {
		bigVocabSlots = big
		testVocabIndex(t)
	}
}

func testVocabIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var v vocabIndex
	var infos []lexInfo // the words' texts, by index, as the builder's entries
	want := map[string]int32{}
	var order []string
	// Words that differ only in case share a fold hash (and probe chain)
	// but are different words.
	// Words longer than eight bytes that differ only in case after their
	// eighth byte share a slot's h and pre too: only their texts, read from
	// infos, tell them apart.
	word := func() string {
		switch rng.Intn(4) {
		case 0:
			return fmt.Sprintf("W%dX", rng.Intn(5000))
		case 1:
			return fmt.Sprintf("w%dx", rng.Intn(5000))
		case 2:
			return fmt.Sprintf("Longword%dx", rng.Intn(5000))
		}
		return fmt.Sprintf("Longword%dX", rng.Intn(5000))
	}
	check := func(step string) {
		t.Helper()
		for w, id := range want {
			if got, _ := v.lookup(infos, w); got != id {
				t.Fatalf("%s: lookup(%q) = %d, want %d", step, w, got, id)
			}
		}
		for k := 0; k < 200; k++ {
			w := fmt.Sprintf("x%d", k)
			if got, _ := v.lookup(infos, w); got != -1 {
				t.Fatalf("%s: lookup(%q) = %d for a word never added", step, w, got)
			}
		}
		if v.len() != len(want) {
			t.Fatalf("%s: len %d, want %d", step, v.len(), len(want))
		}
	}
	for round := 0; round < 20; round++ {
		for k := 0; k < 700; k++ {
			w := word()
			if _, ok := want[w]; ok {
				continue
			}
			if id, _ := v.lookup(infos, w); id >= 0 {
				t.Fatalf("round %d: %q found before it was added", round, w)
			}
			want[w] = v.add(w, lint.FoldHash(w))
			infos = append(infos, lexInfo{text: w})
			order = append(order, w)
		}
		check(fmt.Sprintf("round %d, added", round))
		n := rng.Intn(len(order) + 1)
		v.truncate(infos, int32(n))
		infos = infos[:n]
		for _, w := range order[n:] {
			delete(want, w)
		}
		order = order[:n]
		check(fmt.Sprintf("round %d, truncated to %d", round, n))
	}
}

// TestStrIndex puts and gets string and byte keys, resets, and puts again.
func TestStrIndex(t *testing.T) {
	var x strIndex
	for round := 0; round < 3; round++ {
		for k := 0; k < 3000; k++ {
			put(&x, fmt.Sprintf("key %d", k), int32(k))
			if k%3 == 0 {
				put(&x, []byte(fmt.Sprintf("key %d", k)), int32(-k))
			}
		}
		put(&x, "", 7)
		for k := 0; k < 3000; k++ {
			want := int32(k)
			if k%3 == 0 {
				want = -want
			}
			if v, ok := get(&x, fmt.Sprintf("key %d", k)); !ok || v != want {
				t.Fatalf("round %d: get(key %d) = %d, %v; want %d", round, k, v, ok, want)
			}
		}
		if v, ok := get(&x, []byte{}); !ok || v != 7 {
			t.Fatalf("empty key: %d, %v", v, ok)
		}
		if _, ok := get(&x, "key 3000"); ok {
			t.Fatal("found a key never put")
		}
		x.reset()
		if _, ok := get(&x, "key 1"); ok {
			t.Fatal("found a key after reset")
		}
	}
}

// TestDocIDLongCaseVariants looks up, through the document's table and the
// vocabulary, words longer than eight bytes that differ only in case after
// their eighth byte (one slot h and pre): each must get its own index,
// whose entry holds its text, in a growing vocabulary and in a frozen one
// that drops each document's words.
func TestDocIDLongCaseVariants(t *testing.T) {
	defer func(n int) { maxVocab = n; dropBuilders() }(maxVocab)
	doc, err := lint.Parse("a.txt", []byte("Longword met Longword."), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{maxVocab, 500} { // (500: frozen from the second round on)
		maxVocab = limit
		dropBuilders()
		for round := range 4 {
			b := getBuilder(doc)
			if want := limit == 500 && round > 0; b.frozen != want {
				t.Fatalf("maxVocab %d, round %d: frozen %v, want %v", limit, round, b.frozen, want)
			}
			seen := map[int32]string{}
			for k := range 400 {
				for _, w := range []string{fmt.Sprintf("Longword%dx", k+100*round), fmt.Sprintf("Longword%dX", k+100*round)} {
					for range 2 { // (the second lookup finds the word the first added)
						id := b.docID(w)
						if got := b.infos[id].text; got != w {
							t.Fatalf("maxVocab %d, round %d: docID(%q) = %d, the index of %q", limit, round, w, id, got)
						}
						if other, ok := seen[id]; ok && other != w {
							t.Fatalf("maxVocab %d, round %d: %q and %q share index %d", limit, round, w, other, id)
						}
						seen[id] = w
					}
				}
			}
			putBuilder(b)
		}
	}
}
