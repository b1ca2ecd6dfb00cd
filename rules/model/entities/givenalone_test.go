package entities

import (
	"strings"
	"testing"
)

// givenAlone answers whether a word stands capitalised mid-sentence
// elsewhere, wherever that is: before the sentence-initial pair or after
// it, near it or far from it (its scan goes outward from the pair).
func TestGivenAloneBothWays(t *testing.T) {
	// Capitals between the mentions, so that the scan has others to pass.
	filler := strings.Repeat("Then Paris and Rome and Madrid voted in March. ", 40)
	pair := "Young Obama, a pupil at the school, was bright. "
	alone := "Later in life Obama said he loved Hawaii. "
	for _, c := range []struct {
		name, text string
		person     bool // Young Obama is a person: Obama never stands alone
	}{
		{"alone after", "Early years\n\n" + pair + filler + alone + "\n", false},
		{"alone before", "Early years\n\n" + alone + filler + pair + "\n", false},
		{"alone before, near", "Early years\n\n" + filler + alone + pair + filler + "\n", false},
		{"alone both sides", "Early years\n\n" + alone + filler + pair + filler + alone + "\n", false},
		{"never alone", "Early years\n\n" + filler + pair + filler + pair + "\n", true},
	} {
		_, m := buildText(t, c.text)
		e := find(m, "Young Obama")
		if e == nil {
			t.Errorf("%s: no entity Young Obama", c.name)
			continue
		}
		if got := e.Kind == Person; got != c.person {
			t.Errorf("%s: Young Obama a person: %v, want %v", c.name, got, c.person)
		}
	}
}
