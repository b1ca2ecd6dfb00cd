package garbled

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestPairWords checks pairWords (roles read by tables, the pairs found 8
// tokens at a time) against every token's role and every pair read one by
// one, a function word being one as it is written (words.Function), on the
// texts of TestFoldKeys and on texts whose words stand at every place of a
// group of 8 tokens, capitalised or not (fails when a function word in a
// pair is kept, or a pair across two groups is lost).
func TestPairWords(t *testing.T) {
	texts := keyTexts(t)
	for shift := range 9 {
		text := ""
		for range shift {
			text += "x "
		}
		texts = append(texts, text+"the garbled bank of central banks said The central bank rate and our bank plans for the banks in rural areas over the long term")
	}
	for _, text := range texts {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		sc := &buffers{}
		ws, pairs := sc.pairWords(doc.Text, doc.Tokens)
		wantWs, wantPairs := naivePairWords(doc.Text, doc.Tokens)
		if !slices.Equal(ws, wantWs) || !slices.Equal(pairs, wantPairs) {
			t.Errorf("%.60q: pairWords %v %v, want %v %v", text, ws, pairs, wantWs, wantPairs)
		}
	}
}

// naivePairWords is pairWords read token by token.
func naivePairWords(text string, toks []lint.Token) (ws, pairs []int32) {
	roles := make([]uint8, len(toks))
	for k := range toks {
		roles[k] = roleOf(&toks[k], 0)
		// a function word as written; not one of the tokens that start
		// in the text's last 8 bytes (readWords tells those)
		if toks[k].Span.Start <= len(text)-8 && words.Function[toks[k].Text] {
			roles[k] = 0
		}
	}
	for k := 1; k < len(toks); k++ {
		if roles[k-1]&1 == 0 || roles[k]&2 == 0 {
			continue
		}
		if len(ws) == 0 || ws[len(ws)-1] != int32(k-1) {
			ws = append(ws, int32(k-1))
		}
		ws = append(ws, int32(k))
		pairs = append(pairs, int32(len(ws)-1))
	}
	return ws, pairs
}
