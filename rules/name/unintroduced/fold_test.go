package unintroduced

import (
	"testing"

	"github.com/factlint/factlint/rules/model/entities"
)

// TestFoldMatchesEntities: the scratch fold is entities.Fold.
func TestFoldMatchesEntities(t *testing.T) {
	var sc scratch
	for _, w := range []string{"", "Smith", "smith", "O'Neill", "Smith-Jones", "McDONALD", "Müller", "Ørsted", "Dž", "abc123", "A.B.", "Thaonu’s", "İnönü", "x\xffy"} {
		f := sc.fold(w)
		if got, want := string(sc.text(f)), entities.Fold(w); got != want {
			t.Errorf("fold(%q) = %q, want %q", w, got, want)
		}
	}
}
