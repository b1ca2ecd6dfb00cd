package conflict

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestWarm checks that warm reads the tokens and bytes its comment names,
// of every capital it is given, and no token past the end of the page.
func TestWarm(t *testing.T) {
	const n = 10
	toks := make([]lint.Token, n)
	for k := range toks {
		// Each token's fields say which token it is: Flags 100+k, Block
		// 1000+k, text one byte k+1.
		toks[k] = lint.Token{Text: string(rune(k + 1)), Flags: lint.TokenFlag(100 + k), Block: int32(1000 + k)}
	}
	caps := []int32{1, 5, n - 1}
	want := uint(0)
	for _, c := range caps {
		i := int(c)
		want += uint(100+i-1) + uint(100+i) + uint(1000+i) + uint(i+1)
		if i+1 < n {
			want += uint(100 + i + 1)
		}
	}
	if got := warm(toks, caps); got != want {
		t.Errorf("warm = %d, want %d", got, want)
	}
}

// TestFillBatches: fill, which reads the capitals a batch at a time
// (warmed on a long page), indexes what it indexes taking them one at a
// time, on a short page and on one longer than warmMinTokens, with many
// batches of names.
func TestFillBatches(t *testing.T) {
	const n = 3*warmCaps + 5
	firstNames := []string{"John", "Mary", "James", "Sarah", "David", "Anna", "Peter"}
	for _, long := range []bool{false, true} {
		var src strings.Builder
		src.WriteString("Cabinet news\n\n")
		for i := range n {
			fmt.Fprintf(&src, "Home Secretary %s Zal%c%c said so.\n\n", firstNames[i%len(firstNames)], 'a'+i%26, 'a'+i/26%26)
		}
		for long && len(src.String()) < 6*warmMinTokens {
			src.WriteString("the cat sat on the mat and the dog ran off with it.\n\n")
		}
		doc, err := lint.Parse("a.txt", []byte(src.String()), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(doc.Tokens) > warmMinTokens; got != long {
			t.Fatalf("long %v: %d tokens", long, len(doc.Tokens))
		}
		w := getWork(len(doc.Tokens))
		w.gather(doc)
		w.names.fill(doc, w.caps, &w.interest)
		one := fullNameIndex{slot: map[string]int{}}
		for k := range w.caps {
			one.fill(doc, w.caps[k:k+1], &w.interest)
		}
		if len(one.slot) < n {
			t.Fatalf("long %v: %d surnames indexed one capital at a time, want %d or more: the page no longer exercises fill", long, len(one.slot), n)
		}
		if len(w.names.slot) != len(one.slot) {
			t.Errorf("long %v: fill indexed %d surnames, one capital at a time %d", long, len(w.names.slot), len(one.slot))
		}
		for s, k := range one.slot {
			if j, ok := w.names.slot[s]; !ok || !slices.Equal(w.names.firsts[j], one.firsts[k]) {
				t.Errorf("long %v: %q: fill gives %v, one capital at a time %v", long, s, w.names.firsts[j], one.firsts[k])
			}
		}
		w.release(len(doc.Tokens))
	}
}

// TestWarmCands checks that warmCands reads the tokens and bytes its
// comment names, of every candidate it is given.
func TestWarmCands(t *testing.T) {
	const n = 10
	toks := make([]lint.Token, n)
	for k := range toks {
		toks[k] = lint.Token{Text: string(rune(k + 1)), Flags: lint.TokenFlag(100 + k)}
	}
	cands := []int{1, 5, n - 1}
	want := uint(0)
	for _, i := range cands {
		want += uint(100+i-1) + uint(100+i) + uint(i) + uint(i+1)
		if i >= 2 {
			want += uint(100 + i - 2)
		}
		if i+1 < n {
			want += uint(100 + i + 1)
		}
	}
	if got := warmCands(toks, cands); got != want {
		t.Errorf("warmCands = %d, want %d", got, want)
	}
}

// TestCollectBatches: collect, which reads the candidates a batch at a
// time (warmed on a long page), finds the title of every one of many
// people, on a short page and on one longer than warmMinTokens.
func TestCollectBatches(t *testing.T) {
	const n = 3*warmCaps + 5
	for _, long := range []bool{false, true} {
		var src strings.Builder
		src.WriteString("Cabinet news\n\n")
		for i := range n {
			fmt.Fprintf(&src, "The minister met Home Secretary Zal%c%c on Monday.\n\n", 'a'+i%26, 'a'+i/26%26)
		}
		for long && len(src.String()) < 6*warmMinTokens {
			src.WriteString("the cat sat on the mat and the dog ran off with it.\n\n")
		}
		doc, err := lint.Parse("a.txt", []byte(src.String()), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		w := getWork(len(doc.Tokens))
		people := map[string]bool{}
		for _, a := range w.collect(doc) {
			people[a.surname] = true
		}
		if len(people) != n {
			t.Errorf("long %v: titles of %d people found, want %d", long, len(people), n)
		}
		w.release(len(doc.Tokens))
	}
}
