package consistency

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/factlint/factlint/lint"
)

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

// tokenFold is the FoldHash of the token's stem.
func TestTokenFold(t *testing.T) {
	for _, w := range []string{"council", "council's", "council’s", "Council's", "Council'S", "its", "'s", "as", "boss", "class’", "s"} {
		tok := lint.Token{Text: w, Fold: lint.FoldHash(w)}
		if got, want := tokenFold(&tok), lint.FoldHash(stem(w)); got != want {
			t.Errorf("tokenFold(%q) = %x, want FoldHash(%q) = %x", w, got, stem(w), want)
		}
	}
}

// A bloom sized with another has every hash the other has.
func TestBloomSizedWith(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range [][2]int{{10, 10}, {10, 5000}, {5000, 10}, {300, 1200}} {
		var x, y bloom
		y.sized(n[1])
		var hs []uint32
		for range n[1] {
			h := r.Uint32()
			y.add(h)
			hs = append(hs, h)
		}
		x.sizedWith(n[0], &y)
		if want := max(len(y.w), len(new(bloom).sized(n[0]).w)); len(x.w) != want {
			t.Errorf("sizes %v: %d words, want %d", n, len(x.w), want)
		}
		for range n[0] {
			h := r.Uint32()
			x.add(h)
			hs = append(hs, h)
		}
		for _, h := range hs {
			if !x.has(h) {
				t.Fatalf("sizes %v: the filter lacks %x", n, h)
			}
		}
	}
}
