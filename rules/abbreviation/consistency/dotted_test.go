package consistency

import "testing"

func TestHasDotted(t *testing.T) {
	for s, want := range map[string]bool{
		"the U.S. said": true, "U.N.": true, "U.S": false, "US.": false, "a.b.": false, "Mr. Smith. He": false,
		"": false, ".": false, "end.": false, "A.B": false, "x A.B.": true, "U.S.-led": true,
	} {
		if got, _, _ := pointFacts(s); got != want {
			t.Errorf("pointFacts(%q) dotted = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Mr. Smith": true, "said Sen. Warren": true, "Mr.": false, "Mr.Smith": false, "Mrs. X and U.S. Y": true,
		"the mr. x": false, "Prof. Jones": true, "Jan. 5": true, "Capt. Kirk": true, "xMr. Y": false, "": false,
	} {
		if _, got, _ := pointFacts(s); got != want {
			t.Errorf("pointFacts(%q) title = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"at 7 p.m.": true, "10 A.M. start": true, "p.m": false, "a.m": false, "7pm.": false, "Sam.m.": false, "x a.m.y": true, "": false, ".m.": false,
	} {
		if _, _, got := pointFacts(s); got != want {
			t.Errorf("pointFacts(%q) clock = %v, want %v", s, got, want)
		}
	}
	for w := range styleWords {
		if !styleShape(w) {
			t.Errorf("styleShape(%q) is false", w)
		}
	}
}
