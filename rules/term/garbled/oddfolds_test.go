package garbled

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestNextOddFolds checks that nextOddFolds, on the Folds and role bytes
// pairWords keeps for a long article (foldColumnMin lowered), stops at
// the tokens nextOdd stops at, from every token on, with a sieve of a
// plain word's hash and one of every hash: the words that only their
// flags let through (capitalised, possessive, hyphenated, beyond ASCII)
// included (fails when it reads a Fold or a role byte of the wrong token,
// or leaves out the notPlainRole bit or the sieve).
func TestNextOddFolds(t *testing.T) {
	defer func(n int) { foldColumnMin = n }(foldColumnMin)
	foldColumnMin = 0
	text := "Rite news\n\nThe interest rite rose. A rite's music, the Rite and a rite-like mood in Zürich; " +
		"RITE rites and the interest rate. "
	doc, err := lint.Parse("a.txt", []byte(strings.Repeat(text, 40)), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	toks := doc.Tokens
	sc := &buffers{}
	sc.pairWords(doc)
	if len(sc.folds) != len(toks) {
		t.Fatalf("%d Folds kept of %d tokens", len(sc.folds), len(toks))
	}
	var rite, all oddSieve
	c := oddCell(lint.FoldHash("rite"))
	rite[c/64] |= 1 << (c % 64)
	for k := range all {
		all[k] = ^uint64(0)
	}
	for _, sieve := range []*oddSieve{{}, &rite, &all} {
		stops := 0
		for from := 0; from <= len(toks); from++ {
			want := nextOdd(toks, from, sieve)
			if got := nextOddFolds(sc.folds, sc.roles[:len(toks)], from, sieve); got != want {
				t.Fatalf("from token %d: nextOddFolds stopped at %d, nextOdd at %d", from, got, want)
			}
			if want == from {
				stops++
			}
		}
		if stops == 0 {
			t.Fatal("no token let through")
		}
	}
}

// TestOddWordFolds runs TestOddWordUsedElsewhere's texts through the rule
// with the Folds kept (foldColumnMin lowered), so that oneLetter sweeps
// them with nextOddFolds: each gives the findings it gives without them,
// one slip reported where the odd word has no other use (fails when the
// sweep passes over a use of the odd word written lower-case, capitalised
// or possessive).
func TestOddWordFolds(t *testing.T) {
	base := "Shares return to trading\n\nThe interest rate rose on Thursday. Analysts said the " +
		"interest rate would rise again. A weak interest rite outlook would help margins."
	found := 0
	for _, extra := range []string{"", " The rite was held in the church.", " Rite and ritual were held in the church.",
		" The rite's music was played in the church.", " Rite's music was played in the church.", " The rites were held in the church."} {
		counts := [2]int{}
		for k, min := range []int{foldColumnMin, 0} {
			func() {
				defer func(n int) { foldColumnMin = n }(foldColumnMin)
				foldColumnMin = min
				doc, err := lint.Parse("a.txt", []byte(base+extra+"\n"), lint.FormatText)
				if err != nil {
					t.Fatal(err)
				}
				diags, err := lint.Check(doc, []*lint.Rule{Rule}, nil)
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range diags {
					if d.Rule == Rule.Name && doc.Slice(d.Span) == "rite" {
						counts[k]++
					}
				}
			}()
		}
		if counts[0] != counts[1] {
			t.Errorf("%q: %d findings at rite with the Folds kept, %d without", extra, counts[1], counts[0])
		}
		found += counts[1]
	}
	if found != 2 {
		t.Errorf("%d findings at rite in all, want 2", found)
	}
}

// TestCopyFolds checks copyFolds against a token-by-token copy, for every
// count of tokens up to three turns of eight and a tail, over role bytes
// that already hold other roles: each token's Fold copied, its
// notPlainRole bit set just when it is flagged notPlainASCII, its other
// bits and the bytes beyond the tokens left as they were (fails when a
// token of a turn or of the tail is left out or written at the wrong
// place).
func TestCopyFolds(t *testing.T) {
	doc, err := lint.Parse("a.txt", []byte("The rite's music, a Rite and the rite-like mood in Zürich; RITE rites, the interest rate, "+
		"O'Neill and café owners met the rate setters."), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	toks := doc.Tokens
	flagged := 0
	for n := 0; n <= min(len(toks), 29); n++ {
		folds := make([]uint32, n)
		roles, want := make([]uint8, n+8), make([]uint8, n+8)
		for k := range roles {
			roles[k] = uint8(k*37) &^ notPlainRole
			want[k] = roles[k]
		}
		for k := range n {
			if toks[k].Flags&notPlainASCII != 0 {
				want[k] |= notPlainRole
				flagged++
			}
		}
		copyFolds(toks[:n], folds, roles[:n])
		for k := range n {
			if folds[k] != toks[k].Fold {
				t.Fatalf("%d tokens: Fold %d copied as %x, want %x", n, k, folds[k], toks[k].Fold)
			}
		}
		for k := range roles {
			if roles[k] != want[k] {
				t.Fatalf("%d tokens: role byte %d is %#x, want %#x", n, k, roles[k], want[k])
			}
		}
	}
	if flagged == 0 {
		t.Fatal("no token flagged notPlainASCII")
	}
}

// TestOneEdit checks oneEdit against editDistance 1 on every pair of a list
// of words: one letter changed, added or dropped at the start, inside and
// at the end, two changes, the same word, empty words and bytes beyond
// ASCII (fails when a change at either end, or a second change after an
// added letter, is missed).
func TestOneEdit(t *testing.T) {
	list := []string{"", "a", "b", "ab", "ba", "abc", "rate", "rite", "rates", "irate", "rat", "ate", "rte",
		"market", "markt", "markert", "marlet", "marker", "amrket", "markets", "stock", "stork", "stocks",
		"café", "cafe", "cafés", "cafè", "county", "country", "count", "counter", "xountry", "countrx"}
	n := 0
	for _, a := range list {
		for _, b := range list {
			want := editDistance(a, b) == 1
			if got := oneEdit(a, b); got != want {
				t.Errorf("oneEdit(%q, %q) = %v, want %v", a, b, got, want)
			}
			n += b2i(want)
		}
	}
	if n < 20 {
		t.Fatalf("%d pairs one edit apart: too few to test", n)
	}
}

// TestOneLetterHeadline: the phrases of a headline are no uses for the
// one-letter comparison, neither the odd phrase's (interest rite only in
// the headline is not reported) nor the term's (foreign investors once in
// the body and once in the headline is used once: foreign inventors
// beside it is not reported), while the body's own are (fails when a
// phrase's headline is not told).
func TestOneLetterHeadline(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"Interest rite outlook\n\nThe interest rate rose on Thursday. Analysts said the interest rate would rise again.\n", 0},
		{"Foreign investors return\n\nForeign investors sold shares on Thursday. Analysts said foreign inventors would buy.\n", 0},
		{"Shares return to trading\n\nForeign investors sold shares on Thursday. Foreign investors bought bonds. " +
			"Analysts said foreign inventors would buy.\n", 1},
		{"Shares return to trading\n\nThe interest rate rose on Thursday. Analysts said the interest rate would rise again. " +
			"A weak interest rite outlook would help margins.\n", 1},
	}
	for _, c := range cases {
		doc, err := lint.Parse("a.txt", []byte(c.text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Blocks[0].Kind != lint.BlockHeadline {
			t.Fatalf("%.30q: no headline", c.text)
		}
		diags, err := lint.Check(doc, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range diags {
			if w := doc.Slice(d.Span); d.Rule == Rule.Name && (w == "rite" || w == "inventors") {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%.60q: %d findings, want %d", c.text, n, c.want)
		}
	}
}
