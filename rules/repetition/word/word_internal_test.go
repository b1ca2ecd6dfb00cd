package word

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestNextCandidate checks that the walk by Folds stops at every token
// that single or phrase may report: one equal but for case
// (strings.EqualFold) to a token one or two before it of its length,
// beyond ASCII too.
func TestNextCandidate(t *testing.T) {
	src := "The the CAFÉ café, Ærø ærø and McDonald mcDONALD went ÉTÉ, été, Été to to the\n" +
		"of the of the İstanbul istanbul \u212Aelvin kelvin ſo so on on and on.\n\n" +
		"Zoë zoË it it’s ΣΊΣΥΦΟΣ σίσυφος ok ok"
	d, err := lint.Parse("x.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	toks := d.Tokens
	visited := map[int]bool{}
	for i := nextCandidate(toks, 0); i < len(toks); i = nextCandidate(toks, i+1) {
		visited[i] = true
	}
	stops := 0
	for i, tok := range toks {
		if strings.ContainsAny(tok.Text, "'’") && !visited[i] {
			t.Fatalf("the walk passes %q, which may be a contraction", tok.Text)
		}
		want := false
		for _, k := range []int{i - 1, i - 2} {
			if k >= 0 && len(toks[k].Text) == len(tok.Text) && strings.EqualFold(toks[k].Text, tok.Text) {
				want = true
			}
		}
		if !want {
			continue
		}
		stops++
		if !visited[i] || !mayRepeat(toks, i) {
			t.Fatalf("token %d (%q) repeats one before it: visited %v, mayRepeat %v", i, tok.Text, visited[i], mayRepeat(toks, i))
		}
	}
	// From every start, the walk (two tokens a round) stops where a walk
	// of one token a round would.
	for from := 0; from <= len(toks); from++ {
		want := len(toks)
		for i := from; i < len(toks); i++ {
			f := toks[i].Fold
			if i >= 1 && f == toks[i-1].Fold || i >= 2 && f == toks[i-2].Fold || i < 2 && f == 0 || toks[i].Flags&marked != 0 {
				want = i
				break
			}
		}
		if got := nextCandidate(toks, from); got != want {
			t.Fatalf("from %d: next candidate %d, want %d", from, got, want)
		}
	}
	if stops < 12 {
		t.Fatalf("only %d tokens repeat one before them: the text no longer tests the walk", stops)
	}
}
