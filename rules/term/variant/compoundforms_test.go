package variant

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestCompoundForms checks that compoundForms, the room readSlowWords
// makes for the forms of a long article's compounds, is never short of
// the forms addCompound adds for an ASCII compound, and over by two at
// most (the pair and closed part of parts without letters: 2024-25), so
// that a compound of many short or empty parts (a-b-c-d-e-f-g-h, x--y)
// makes no room for forms it has not (a bound of two per hyphen would be
// over by eight, one that counts the whole of a compound of two parts
// over by three on 2024-25).
func TestCompoundForms(t *testing.T) {
	for _, compound := range []string{
		"London-born", "state-of-the-art", "well-known", "2024-25", "season's", "long-term's",
		"a-b-c-d-e-f-g-h", "x--y", "x---y--z", "ab-cd-", "-ab-cd", "well-being-first-ever-policy",
	} {
		doc, err := lint.Parse("forms", []byte("The "+compound+" plan."), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		sc := &buffers{}
		sc.newBuckets(len(doc.Tokens))
		plains, cands := sc.readWords(doc)
		room := compoundForms(doc.Tokens, sc.slow)
		got := len(sc.readSlowWords(doc, plains, cands))
		if room < got || room > got+2 {
			t.Errorf("%q: compoundForms makes room for %d forms, addCompound adds %d", compound, room, got)
		}
	}
}
