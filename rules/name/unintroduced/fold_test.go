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

// TestEdgesOf: the edges found without folding are those of the fold.
func TestEdgesOf(t *testing.T) {
	var sc scratch
	for _, w := range []string{"", "A", "Ab", "O'N", "Abc", "Smith", "O'Neill", "Smith-Jones", "McDONALD", "Müller", "Ørsted", "abc123", "A.B.", "Thaonu’s", "x-'y", "Le'a", "İnönü", "x\xffy"} {
		want := edges([]byte(entities.Fold(w)))
		if got := sc.edgesOf(w); got != want {
			t.Errorf("edgesOf(%q) = %x, want %x", w, got, want)
		}
		if len(sc.folds) != 0 {
			t.Fatalf("edgesOf(%q) leaves %q in the folds", w, sc.folds)
		}
	}
}
