package title

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// Every head, in any case, is in headSet by the Fold the tokenizer gives
// it, and isHead finds it; few other words are.
func TestHeadSet(t *testing.T) {
	for w := range heads {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			tok := lint.Token{Text: v, Kind: lint.Word, Fold: lint.FoldHash(v)}
			if v != w {
				tok.Flags |= lint.Capitalized
			}
			if !headSet.Has(tok.Fold) || !isHead(&tok) {
				t.Errorf("%q: headSet %v, isHead %v", v, headSet.Has(tok.Fold), isHead(&tok))
			}
		}
	}
	pass := 0
	others := strings.Fields("the a of and said minister's presidents secretaries govern mayoral judged people government year told would could after before their there about")
	for _, w := range others {
		if tok := (lint.Token{Text: w, Kind: lint.Word, Fold: lint.FoldHash(w)}); headSet.Has(tok.Fold) {
			pass++
			if isHead(&tok) {
				t.Errorf("isHead(%q)", w)
			}
		}
	}
	if pass > len(others)/4 {
		t.Errorf("%d of %d other words are in headSet", pass, len(others))
	}
}

// lowered writes what strings.ToLower does.
func TestLowered(t *testing.T) {
	var buf [32]byte
	for _, w := range []string{"Defense", "PRIME", "prime", "Russia's", "RUSSIA’S", "İts", "THİS", "Ünd", "", "a-very-long-word-of-more-than-32-bytes-Long"} {
		if got, want := string(lowered(buf[:], w)), strings.ToLower(w); got != want {
			t.Errorf("lowered(%q) = %q, want %q", w, got, want)
		}
	}
	if !hasSuffix([]byte("russia's"), "'s") || hasSuffix([]byte("s"), "'s") || !hasSuffix([]byte("x"), "") {
		t.Error("hasSuffix")
	}
}
