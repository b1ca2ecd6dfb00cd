package entities

import (
	"fmt"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestFoldSets checks that each set of foldSets holds the fold hash of
// every word of its list, in any ASCII case (Has is never false for one
// of them), and that it turns away nearly all other words: the passes
// rest on the first, their cost on the second.
func TestFoldSets(t *testing.T) {
	if numFoldSets > 8 {
		t.Fatalf("%d fold sets, a byte holds 8", numFoldSets)
	}
	lists := map[foldBit][]string{}
	for w := range nameParticles {
		lists[particleFold] = append(lists[particleFold], w)
		lists[plainScanFold] = append(lists[plainScanFold], w)
	}
	for w := range speechVerbs {
		lists[speechFold] = append(lists[speechFold], w)
	}
	for w := range honorifics {
		lists[honorificFold] = append(lists[honorificFold], w)
	}
	for w := range wordClasses {
		lists[classFoldBits] = append(lists[classFoldBits], w)
		lists[plainScanFold] = append(lists[plainScanFold], w)
	}
	lists[plainScanFold] = append(lists[plainScanFold], "the")
	lists[plainScanFold] = append(lists[plainScanFold], pronounWords[:]...)
	for w := range titleFactTable {
		lists[titleFoldBits] = append(lists[titleFoldBits], w)
	}
	for w := range titleHeads {
		lists[titleHeadFold] = append(lists[titleHeadFold], w)
	}
	if len(lists) != numFoldSets {
		t.Fatalf("%d lists, want %d", len(lists), numFoldSets)
	}
	for s, words := range lists {
		for _, w := range words {
			for _, v := range []string{w, lower(w), upperASCII(w)} {
				if !s.Has(lint.FoldHash(v)) {
					t.Errorf("set %b turns away %q", s, v)
				}
			}
		}
		// Made-up words are in none of the lists: few pass.
		const n = 100000
		passed := 0
		for k := range n {
			if s.Has(lint.FoldHash(fmt.Sprintf("w%dq", k))) {
				passed++
			}
		}
		if passed > n/200 {
			t.Errorf("set %b (%d words) lets %d of %d other words through", s, len(words), passed, n)
		}
	}
}

// upperASCII is s with its ASCII letters in upper case.
func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
