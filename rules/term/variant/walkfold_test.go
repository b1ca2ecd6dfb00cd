package variant

import (
	"testing"

	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestWalkClosedFold: walkClosed, which turns a bucket word away by its
// Fold where the pair and the word are ASCII, answers for every pair as
// the walk that asks joinedAs of every word mayJoin lets through: among
// words of the pair's length and end bytes in every case, possessives, a
// word beyond ASCII and words that are the pair's bytes but for one.
func TestWalkClosedFold(t *testing.T) {
	doc, sc, plains, _ := readText(t, "A midterm, a MidTerm, maximum and minimum, the midterm's vote and "+
		"Mid term or mid Term, midtown, midtexm, mïdterm, Mid's term, mid terms, mid term's, "+
		"max imum, mini mum, mid-term, mid's term, my dream, mad term. "+
		// A pair with the Kelvin sign, whose key folds it to k as the
		// ASCII bucket word's does, but whose FoldHash is not the
		// word's: the filter by Fold is for ASCII pairs alone.
		"The kelvinscale and the \u212Aelvin scale.")
	toks := doc.Tokens
	withSentinel := plains[:len(plains)+1]
	joins := 0
	for k := 1; k < len(toks); k++ {
		if !pairs(toks, plains, k) {
			continue
		}
		pa, pb := &plains[k-1], &plains[k]
		klen := pa.klen() + pa.poss() + pb.klen()
		a, b := toks[k-1].Text, words.StripPossessive(toks[k].Text)
		ascii := pa.state() == asciiWord && pa.poss() != 4 && pb.state() == asciiWord
		want, joined := false, false
		for e := sc.lastClosed(cellOf(klen, pa.first(), pb.last())); e >= 0; e = sc.decode(plains[e].next) {
			if c := &plains[e]; c.mayJoin(pa, pb, klen) && sc.joinedAs(toks, c, e, a, b, ascii, &joined) {
				want = true
				break
			}
		}
		if got := sc.walkClosed(withSentinel, toks, pa, pb, a, b, ascii, klen); got != want {
			t.Errorf("%q %q: walkClosed says %v, the walk over every word %v", a, b, got, want)
		}
		if want {
			joins++
		}
	}
	if joins < 4 {
		t.Errorf("%d pairs join a closed word, want 4 or more", joins)
	}
}
