package garbled

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestWarm checks that warm reads the tokens of the phrases it is given,
// and only those: its sum is the flags of each phrase's modifier and head
// and the modifier's first byte, for every block gather hands it (fails
// when a phrase of a block, or a block's last phrase, is left out or read
// at the wrong token).
func TestWarm(t *testing.T) {
	doc, err := lint.Parse("a.txt", []byte("The Central bank said the central Bank and a central bank's rival, CENTRAL banks and the central-bank view."), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	toks := doc.Tokens
	var cands []cand
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Kind == lint.Word {
			cands = append(cands, cand{tok: int32(i)})
		}
	}
	ks := make([]int32, len(cands))
	for k := range ks {
		ks[k] = int32(len(cands) - 1 - k) // (any order)
	}
	for lo := 0; lo <= len(ks); lo++ {
		for hi := lo; hi <= len(ks); hi++ {
			want := uint(0)
			for _, k := range ks[lo:hi] {
				i := cands[k].tok
				want += uint(toks[i].Flags) + uint(toks[i+1].Flags) + uint(doc.Text[toks[i].Span.Start])
			}
			if got := warm(doc.Text, toks, cands, ks[lo:hi]); got != want {
				t.Fatalf("phrases %d to %d: warm read %d, want %d", lo, hi, got, want)
			}
		}
	}
}

// TestWarmPassing checks that warmPassing reads the tokens it is given:
// its sum is their flags and first bytes (fails when a token is left out
// or read at the wrong index).
func TestWarmPassing(t *testing.T) {
	doc, err := lint.Parse("a.txt", []byte("The Central bank said the central Bank and a central bank's rival."), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	toks := doc.Tokens
	for lo := 0; lo <= len(toks); lo++ {
		var passing []int32
		want := uint(0)
		for i := lo; i < len(toks); i += 2 {
			passing = append(passing, int32(i))
			want += uint(toks[i].Flags) + uint(doc.Text[toks[i].Span.Start])
		}
		if got := warmPassing(doc.Text, toks, passing); got != want {
			t.Fatalf("tokens from %d: warmPassing read %d, want %d", lo, got, want)
		}
	}
}
