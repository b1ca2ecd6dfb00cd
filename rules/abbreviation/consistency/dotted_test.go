package consistency

import (
	"slices"
	"testing"
)

func TestHasDotted(t *testing.T) {
	for s, want := range map[string]bool{
		"the U.S. said": true, "U.N.": true, "U.S": false, "US.": false, "a.b.": false, "Mr. Smith. He": false,
		"": false, ".": false, "end.": false, "A.B": false, "x A.B.": true, "U.S.-led": true,
	} {
		if got := pointFacts(s).dotted; got != want {
			t.Errorf("pointFacts(%q) dotted = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Mr. Smith": true, "said Sen. Warren": true, "Mr.": false, "Mr.Smith": false, "Mrs. X and U.S. Y": true,
		"the mr. x": false, "Prof. Jones": true, "Jan. 5": true, "Capt. Kirk": true, "xMr. Y": false, "": false,
	} {
		if got := pointFacts(s).title; got != want {
			t.Errorf("pointFacts(%q) title = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"at 7 p.m.": true, "10 A.M. start": true, "p.m": false, "a.m": false, "7pm.": false, "Sam.m.": false, "x a.m.y": true, "": false, ".m.": false,
	} {
		if got := pointFacts(s).clock; got != want {
			t.Errorf("pointFacts(%q) clock = %v, want %v", s, got, want)
		}
	}
	// The keys: titles, place titles and months with their point before a
	// space or not, each title once.
	f := pointFacts("Mr.\nSmith, Mr. Jones, St.Louis, xDr. Y, Prof.. and Jan.5 at 7 p.m.")
	if !slices.Equal(f.titles, []string{"Mr", "St", "Prof"}) || !f.month || !f.title || !f.clock || f.dotted {
		t.Errorf("pointFacts: %+v", f)
	}
	for w := range styleWords {
		if !styleShape(w) {
			t.Errorf("styleShape(%q) is false", w)
		}
	}
}
