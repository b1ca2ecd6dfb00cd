package entities

import "testing"

// A one-word name in capitals that is read as an organisation (an
// acronym) is not a later mention of the person whose surname it spells,
// as the same word in ordinary case is (group reads such a run as it
// reads a place: see nameRun.capsOrg).
func TestCapsOrgNotSurname(t *testing.T) {
	for _, c := range []struct {
		word   string
		joined bool // the word is a mention of John Ford
	}{
		{"Ford", true},
		{"FORD", false},
	} {
		text := "Car sales\n\nJohn Ford, the chairman, spoke on Monday. Sales at the firm rose, " + c.word + " said.\n"
		_, m := buildText(t, text)
		e := find(m, "John Ford")
		if e == nil {
			t.Fatalf("%q: no John Ford", text)
		}
		joined := false
		for _, mm := range e.Mentions {
			if mm.Text == c.word {
				joined = true
			}
		}
		if joined != c.joined {
			t.Errorf("%q: %s a mention of John Ford: %v, want %v", text, c.word, joined, c.joined)
		}
		if o := find(m, c.word); !c.joined && (o == nil || o.Kind != Organization) {
			t.Errorf("%q: %s is %+v, want an organisation of its own", text, c.word, o)
		}
	}
}
