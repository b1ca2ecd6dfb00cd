package garbled

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestFoldKeys checks foldKeys' hash and first byte of every word of the
// pairs against lint.FoldHash of the word's key, on texts with possessives,
// hyphens, apostrophes, capitals and letters beyond ASCII, and on the test
// articles.
func TestFoldKeys(t *testing.T) {
	for _, text := range keyTexts(t) {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		sc := &buffers{}
		ws, _, _ := sc.pairWords(doc)
		keys := sc.foldKeys(doc, ws)
		for j, i := range ws {
			w := doc.Tokens[i].Text
			key := words.Key(words.StripPossessive(w))
			first := byte(0)
			if len(key) > 0 {
				first = key[0]
			}
			if want := foldKey(lint.FoldHash(key), first); keys[j] != want {
				t.Errorf("%q: foldKeys %x, want %x", w, keys[j], want)
			}
		}
	}
}

// TestTokenKey checks tokenKey against words.Key of each word without its
// possessive, on the texts of TestFoldKeys.
func TestTokenKey(t *testing.T) {
	for _, text := range keyTexts(t) {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		for i := range doc.Tokens {
			tok := &doc.Tokens[i]
			if tok.Kind != lint.Word {
				continue
			}
			if got, want := tokenKey(tok), words.Key(words.StripPossessive(tok.Text)); got != want {
				t.Errorf("%q: tokenKey %q, want %q", tok.Text, got, want)
			}
		}
	}
}

// keyTexts are texts with possessives, hyphens, apostrophes, capitals and
// letters beyond ASCII, the test articles and 40 of the development
// corpus's (when ../shared has them).
func keyTexts(t *testing.T) []string {
	texts := []string{
		"The central bank's rate rose. The Central Bank’s rate fell, the bank's too.",
		"Its e-mail service and email service; co-operation and cooperation funds.",
		"O'Neill's firm and the o'neill firm; don't panic, rock'n'roll bands.",
		"Café owners and CAFÉ owners, the élysée palace. Élysée palace staff left.",
		"McDonald's burgers, iPhone sales, the x-ray machine - a long-running row.",
		"A very-long-hyphenated-compound-word meeting and internationalisation plans",
		"ab's",
	}
	texts = append(texts, ruletest.Articles(t, "testdata", 40)...)
	return texts
}

// TestKeepPairs checks keepPairs against the loop it replaced, on lists of
// pairs as pairWords makes them (a pair's modifier just before its head in
// ws, shared with the pair before when it is that pair's head) and sets
// that saw some groups again: the same words and pairs kept, a pair kept
// when either of its groups was seen again (fails when a group is tested
// with the other's bits, a pair's shared modifier is listed twice, or a
// pair's head index is off).
func TestKeepPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	kept, dropped := 0, 0
	for round := range 200 {
		// The pairs: runs of words in a row, each word after the first
		// of its run the head of a pair.
		var ws, pairs []int32
		tok := int32(-1) // (a run may start at token 0: keepPairs' "none kept yet" must not be a token)
		for len(pairs) < round%40+1 {
			tok += int32(r.IntN(3)) + 1
			ws = append(ws, tok)
			for range r.IntN(4) + 1 {
				tok++
				ws = append(ws, tok)
				pairs = append(pairs, int32(len(ws)-1))
			}
		}
		sets := make(seenSets, 64)
		for k := range sets {
			sets[k] = uint8(r.IntN(4))
		}
		groupBits := make([]uint64, len(pairs))
		for p := range groupBits {
			groupBits[p] = r.Uint64()
		}
		keptWs, keptPairs := make([]int32, len(ws)), make([]int32, len(pairs))
		nw, np := keepPairs(ws, pairs, groupBits, sets, keptWs, keptPairs)
		// The loop keepPairs replaced.
		mask := uint64(len(sets) - 1)
		var wantWs, wantPairs []int32
		for p, j := range pairs {
			if hm := groupBits[p]; !sets.again(hm&mask) && !sets.again(hm>>32&mask) {
				continue
			}
			if len(wantWs) == 0 || wantWs[len(wantWs)-1] != ws[j-1] {
				wantWs = append(wantWs, ws[j-1])
			}
			wantWs = append(wantWs, ws[j])
			wantPairs = append(wantPairs, int32(len(wantWs)-1))
		}
		if !slices.Equal(keptWs[:nw], wantWs) || !slices.Equal(keptPairs[:np], wantPairs) {
			t.Fatalf("round %d: keepPairs kept words %v and pairs %v, want %v and %v", round, keptWs[:nw], keptPairs[:np], wantWs, wantPairs)
		}
		kept, dropped = kept+np, dropped+len(pairs)-np
	}
	if kept < 100 || dropped < 100 {
		t.Fatalf("%d pairs kept, %d dropped: too few of either to test the choice", kept, dropped)
	}
}
