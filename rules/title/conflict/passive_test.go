package conflict

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestPassiveNext: the token after a name opens a passive appointment
// when it is one of passiveAux as written, or a comma before "who".
func TestPassiveNext(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Roe was named", true}, {"Roe is named", true}, {"Roe were named", true},
		{"Roe has been named", true}, {"Roe have been named", true}, {"Roe, who was named", true},
		{"Roe Was named", false}, {"Roe WAS named", false}, {"Roe had been named", false},
		{"Roe hat named", false}, {"Roe, whom", false}, {"Roe wasn't named", false}, {"Roe havel", false},
	} {
		doc, err := lint.Parse("p.txt", []byte(c.text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if got := passiveNext(doc.Tokens, 1); got != c.want {
			t.Errorf("passiveNext(%q, 1) = %v, want %v", c.text, got, c.want)
		}
	}
}
