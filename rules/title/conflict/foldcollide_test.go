package conflict

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestPassiveNextFoldCollision: passiveNext compares a token's Fold with
// the auxiliaries' before their text, and hashes collide: a token carrying
// an auxiliary's Fold with another text (its case changed, or another word
// of its length) opens no passive appointment.
func TestPassiveNextFoldCollision(t *testing.T) {
	name := lint.Token{Kind: lint.Word, Text: "Roe", Fold: lint.FoldHash("Roe"), Flags: lint.Capitalized}
	for _, aux := range passiveAux {
		for _, text := range []string{aux, "Q" + aux[1:], aux[:len(aux)-1] + "x", "zz"[:min(2, len(aux))] + aux[2:]} {
			toks := []lint.Token{name, {Kind: lint.Word, Text: text, Fold: lint.FoldHash(aux)}}
			if got, want := passiveNext(toks, 1), text == aux; got != want {
				t.Errorf("passiveNext(%q with the Fold of %q) = %v, want %v", text, aux, got, want)
			}
		}
	}
}

// TestWordSetFoldCollision: two names with one FoldHash (found here by
// trying names until two collide) are two words of a wordSet: each is
// found only once added, as written or possessive, and growing keeps both.
func TestWordSetFoldCollision(t *testing.T) {
	a, b := collidingNames(t)
	tok := func(text string) lint.Token {
		doc, err := lint.Parse("c.txt", []byte(text), lint.FormatText)
		if err != nil || len(doc.Tokens) != 1 {
			t.Fatalf("%q: %d tokens, %v", text, len(doc.Tokens), err)
		}
		return doc.Tokens[0]
	}
	ta, tb, ta2, tb2 := tok(a), tok(b), tok(a+"'s"), tok(b+"’s")
	if ta.Fold != tb.Fold {
		t.Fatalf("%q and %q: Folds %d and %d", a, b, ta.Fold, tb.Fold)
	}
	var s wordSet
	s.addToken(&ta)
	if !s.hasToken(&ta) || !s.hasToken(&ta2) || s.hasToken(&tb) || s.hasToken(&tb2) {
		t.Fatalf("with %q added: has %q %v, %q %v, %q %v, %q %v", a, a, s.hasToken(&ta), a+"'s", s.hasToken(&ta2), b, s.hasToken(&tb), b+"’s", s.hasToken(&tb2))
	}
	for i := range 40 { // (the set grows past 16 and 32 slots)
		other := tok(fmt.Sprintf("%sx%d", a[:1], i))
		s.addToken(&other)
	}
	if s.hasToken(&tb) {
		t.Fatalf("%q found after growing, %q alone added", b, a)
	}
	s.addToken(&tb2)
	if !s.hasToken(&ta) || !s.hasToken(&tb) || !slices.Contains(s.words(), a) || !slices.Contains(s.words(), b) || len(s.words()) != 42 {
		t.Fatalf("with %q and %q added: has %v %v, words %q", a, b, s.hasToken(&ta), s.hasToken(&tb), s.words())
	}
}

// collidingNames returns two capitalised ASCII names of one FoldHash, the
// same first letter, and their text apart.
func collidingNames(t *testing.T) (string, string) {
	rng := rand.New(rand.NewPCG(1, 2))
	seen := map[uint32]string{}
	buf := make([]byte, 7)
	for range 4 << 20 {
		buf[0] = 'M'
		for i := 1; i < len(buf); i++ {
			buf[i] = byte('a' + rng.IntN(26))
		}
		w := string(buf)
		f := lint.FoldHash(w)
		if o, ok := seen[f]; ok && o != w {
			return o, w
		}
		seen[f] = w
	}
	t.Fatal("no two names collide")
	return "", ""
}
