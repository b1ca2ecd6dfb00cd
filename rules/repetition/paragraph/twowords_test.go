package paragraph

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// TestTwoWords: every block whose text twoWords says shows two words has
// two tokens that are no punctuation, in the test articles, the dev
// corpus and made-up texts of the pieces the tokenizer treats apart
// (addresses, joiners, invisible and typographic characters, white space
// beyond ASCII), read as text, Markdown and HTML. It fails if twoWords
// takes in a byte a token of punctuation may hold, or white space a token
// may span.
func TestTwoWords(t *testing.T) {
	texts := ruletest.Articles(t, "testdata", 400)
	pieces := []string{"a", "Zq", "9", "10", " ", " ", "\n", "\n\n", "\t", "\r", "\f", "\v", "-", "--", "'", "’", ".", "..", ",",
		"http://x.org/a b", "https://ex.com", "www.ab.cd", "@", "jo@ex.com", "\u200b", "\u00ad", "\u2060", "\u00a0",
		"\u2003", "“", "”", "é", "1,000", "U.S.", "p.m.", "(", ")", "#", "*", "_", "<b>", "</b>", "&amp;", "[x](y)",
		"`c`", "> ", "- ", "1. ", "€", "—", "…"}
	rng := rand.New(rand.NewPCG(3, 5))
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	// Short texts of letters, digits and the joiners between them, where
	// a joiner taken for white space would split one token in two.
	joined := []string{"a", "Zq", "9", "-", "'", "’", "@", ".", ",", "x@y.com", "\u200b", "\u00ad", " "}
	for range 20000 {
		var b strings.Builder
		for range 2 + rng.IntN(5) {
			b.WriteString(joined[rng.IntN(len(joined))])
		}
		texts = append(texts, b.String())
	}
	var blocks, two, fellBack int
	for _, src := range texts {
		for _, f := range []lint.Format{lint.FormatText, lint.FormatMarkdown, lint.FormatHTML} {
			d, err := lint.Parse("x", []byte(src), f)
			if err != nil {
				continue
			}
			for bi := range d.Blocks {
				b := &d.Blocks[bi]
				blocks++
				words := countWords(d, b, minAdjacent)
				if !twoWords(d.Slice(b.Span)) {
					if words >= minAdjacent {
						fellBack++
					}
					continue
				}
				two++
				if words < minAdjacent {
					t.Fatalf("format %d, block %q: twoWords, but %d tokens that are no punctuation", f, d.Slice(b.Span), words)
				}
			}
		}
	}
	if two < 1000 || fellBack < 100 {
		t.Errorf("%d blocks, %d shown two words by twoWords, %d counted from their tokens: want many of both", blocks, two, fellBack)
	}
}
