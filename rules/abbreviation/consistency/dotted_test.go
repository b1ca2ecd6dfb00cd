package consistency

import "testing"

func TestHasDotted(t *testing.T) {
	for s, want := range map[string]bool{
		"the U.S. said": true, "U.N.": true, "U.S": false, "US.": false, "a.b.": false, "Mr. Smith. He": false,
		"": false, ".": false, "end.": false, "A.B": false, "x A.B.": true, "U.S.-led": true,
	} {
		if got, _ := pointFacts(s); got != want {
			t.Errorf("pointFacts(%q) dotted = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Mr. Smith": true, "said Sen. Warren": true, "Mr.": false, "Mr.Smith": false, "Mrs. X and U.S. Y": true,
		"the mr. x": false, "Prof. Jones": true, "Jan. 5": false, "Capt. Kirk": true, "xMr. Y": false, "": false,
	} {
		if _, got := pointFacts(s); got != want {
			t.Errorf("pointFacts(%q) title = %v, want %v", s, got, want)
		}
	}
	for w := range styleWords {
		if !styleShape(w) {
			t.Errorf("styleShape(%q) is false", w)
		}
	}
}
