package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestPostNominalAge checks that appositions reads the age after every
// post-nominal (Simon Mortimer KC, 58,): it passes over the letters, which
// it tells first by the token's capital (see appositions), so each of them
// must be a word whose first letter is a capital.
func TestPostNominalAge(t *testing.T) {
	for w := range postNominals {
		doc, err := lint.Parse("t.txt", []byte(w), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Tokens) != 1 || !isCap(&doc.Tokens[0]) {
			t.Errorf("post-nominal %q is no capitalised word of its own: appositions would not pass over it", w)
		}
		_, m := buildText(t, "Fraud case\n\nHis barrister, Simon Mortimer "+w+", 58, said his client was sorry. Mortimer said the sentence was too long.\n")
		e := find(m, "Simon Mortimer")
		if e == nil {
			t.Errorf("%s: no Simon Mortimer in the model", w)
			continue
		}
		if e.Age != 58 {
			t.Errorf("Simon Mortimer %s, 58: age %d, want 58", w, e.Age)
		}
	}
}
