package consistency

import "testing"

func TestHasDotted(t *testing.T) {
	for s, want := range map[string]bool{
		"the U.S. said": true, "U.N.": true, "U.S": false, "US.": false, "a.b.": false, "Mr. Smith. He": false,
		"": false, ".": false, "end.": false, "A.B": false, "x A.B.": true, "U.S.-led": true,
	} {
		if got := hasDotted(s); got != want {
			t.Errorf("hasDotted(%q) = %v, want %v", s, got, want)
		}
	}
}
