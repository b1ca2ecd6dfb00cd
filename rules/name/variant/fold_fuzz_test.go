package variant

import (
	"testing"

	"github.com/factlint/factlint/rules/model/entities"
)

// FuzzAppendFold: appendFold appends entities.Fold of any string, valid
// UTF-8 or not, after whatever the buffer holds.
func FuzzAppendFold(f *testing.F) {
	for _, w := range foldWords {
		f.Add("", w)
	}
	for _, s := range []string{"Jose\u0301", "A\u030a", "I\u0307", "ΟΔΥΣΣΕΥΣ", "ﬁnn", "ǈ", "O\u200bNeill", "\u202eabc", "x\u00ady", "1\u0660"} {
		f.Add("ab", s)
	}
	f.Fuzz(func(t *testing.T, prefix, s string) {
		if got, want := string(appendFold([]byte(prefix), s)), prefix+entities.Fold(s); got != want {
			t.Errorf("appendFold(%q, %q) = %q, want %q", prefix, s, got, want)
		}
	})
}
