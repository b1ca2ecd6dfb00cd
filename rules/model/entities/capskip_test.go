package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestCapSkip checks the list scanCase keeps for nearMisses (capSkip):
// the indices in caps, in order, of exactly the tokens nearSkip passes
// over, worked out again from each token, over the invented articles,
// the corpus when present and a text with words in capitals, lower-case
// name tokens with and without a hyphen after the particle, and a
// possessive in capitals. A token missed, listed twice or out of order
// fails here (nearMisses would then count a word in capitals, or pass
// over a name's word).
func TestCapSkip(t *testing.T) {
	extra := "NATO and NATO's chief met Nato. Omar al-Rashid met bint-Talal and al-Qaida's man; EU, UN and the BBC said so. J. K. Rowling agreed.\n"
	skipped, kept := 0, 0
	eachScanned(t, extra, func(b *builder) {
		var want []int32
		for k, ti := range b.caps {
			if nearSkip(&b.toks[ti]) {
				want = append(want, int32(k))
				skipped++
			} else {
				kept++
			}
		}
		if len(b.capSkip) != len(want) {
			t.Fatalf("capSkip lists %d capitals, want %d: %v, want %v", len(b.capSkip), len(want), b.capSkip, want)
		}
		for x := range want {
			if b.capSkip[x] != want[x] {
				t.Fatalf("capSkip[%d] = %d, want %d (%q)", x, b.capSkip[x], want[x], b.toks[b.caps[want[x]]].Text)
			}
		}
	})
	if skipped == 0 || kept == 0 {
		t.Fatalf("%d capitals passed over and %d kept: the test proves nothing", skipped, kept)
	}
}

// TestNearSkipAllCaps checks that nearMisses passes over a word in
// capitals: KESLER, one letter from Kessler, is no slip for it there
// (capitals are a heading or an acronym's), though Kesler is.
func TestNearSkipAllCaps(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Daniel Kessler spoke on Monday. KESLER was printed on every box. Kessler left early.\n", 0},
		{"Daniel Kessler spoke on Monday. Kesler was printed on every box. Kessler left early.\n", 1},
	} {
		doc, err := lint.Parse("a.txt", []byte(c.text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		m := Build(doc, nil)
		if got := len(m.NearMisses); got != c.want {
			t.Errorf("%q: %d near misses, want %d: %+v", c.text, got, c.want, m.NearMisses)
		}
		m.Recycle()
	}
}
