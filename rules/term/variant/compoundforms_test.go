package variant

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestCompoundForms checks that compoundForms, the room readSlowWords
// makes for the forms of a long article's compounds, is never short of
// the forms addCompound adds for ASCII compounds, and over by three a
// compound at most (the whole of a compound of two parts, and the pair and
// closed part of parts without letters: 2024-25), so that a compound of
// many short or empty parts (a-b-c-d-e-f-g-h, x--y) makes no room for
// forms it has not (a bound of two per hyphen would be over by eight).
func TestCompoundForms(t *testing.T) {
	for _, text := range []string{
		"The London-born singer sang.",
		"A state-of-the-art, well-known mid-term test.",
		"The a-b-c-d-e-f-g-h code and the x--y mark.",
		"The 2024-25 season's part-time hires, the long-term plan's end.",
		"A -lead trail- and a well-being-first-ever-policy.",
	} {
		doc, err := lint.Parse("forms", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		sc := &buffers{}
		sc.newBuckets(len(doc.Tokens))
		plains, cands := sc.readWords(doc)
		compounds := 0
		for _, k := range sc.slow {
			if strings.Contains(doc.Tokens[k].Text, "-") {
				compounds++
			}
		}
		room := compoundForms(doc.Tokens, sc.slow)
		got := len(sc.readSlowWords(doc, plains, cands))
		if room < got || room > got+3*compounds {
			t.Errorf("%q: compoundForms makes room for %d forms, addCompound adds %d (%d compounds)", text, room, got, compounds)
		}
	}
}
