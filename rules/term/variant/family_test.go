package variant

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestFamilyPlains: family, which passes over the words of another
// letter by their plains, counts what the walk over every token counts
// (family with plains that tell nothing: every state compound). The
// article's family words are fast, possessive, capitalised, beyond ASCII,
// hyphenated and open, beside words that end in the family's letter; the
// buffers read another article first, so that the plains of the tokens
// that are no plain words are that article's.
func TestFamilyPlains(t *testing.T) {
	sc := &buffers{}
	read := func(text string) (*lint.Document, []plain) {
		doc, err := lint.Parse("family", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		sc.newBuckets(len(doc.Tokens))
		plains, cands := sc.readWords(doc)
		sc.readSlowWords(doc, plains, cands)
		return doc, plains
	}
	read("cc , cooperation . co ; CO - Coop ! c'mon ? cooperation , coöperate . cc")
	doc, plains := read("The co-operation of music and magic was cooperation's aim, a co operation " +
		"of Cooperative cooperators. Coöperation, COOPERATION, cooperate and co-operating; " +
		"Co operative zinc, basic, civic, music, tic, cooperation.")
	// the same words with plains that tell nothing (the walk over the
	// tokens)
	none := make([]plain, len(plains))
	for k := range none {
		none[k].facts = packFacts(0, 0, 0, 0, compound)
	}
	fs := []form{{kind: closed, text: "cooperation"}, {kind: hyphen, text: "co-operation"}, {kind: open, text: "co operation"}}
	got := family(doc, plains, nil, "cooperation", fs)
	want := family(doc, none, nil, "cooperation", fs)
	if got != want || got[closed] < 4 || got[hyphen] < 2 || got[open] < 2 {
		t.Errorf("family counts %v, the walk over the tokens %v", got, want)
	}
}
