package entities

import "testing"

// TestPossiblePersonWithoutPronouns checks that a document with no
// gendered pronoun, whose pronoun pass reads only the names of kind Other,
// still finds a possible person among them, as one with a pronoun does.
func TestPossiblePersonWithoutPronouns(t *testing.T) {
	for _, text := range []string{
		"Kelly wanted the new bridge. The council voted against it on Tuesday.",
		"Kelly wanted the new bridge. He lost: the council voted against it on Tuesday.",
	} {
		_, m := buildText(t, text)
		e := find(m, "Kelly")
		if e == nil || e.Kind != Other || !e.PossiblePerson {
			t.Errorf("%q: Kelly should be a possible person of kind Other: %+v", text, e)
		}
	}
}

// TestSurnameOfSingleName checks the surname of the people group makes
// from a single name: a new person (Mr Haddock) and a name of another kind
// that a later mention makes a person (Ostrowski, then Ms Ostrowski), and
// the first-name evidence read from a person's first full-name mention.
func TestSurnameOfSingleName(t *testing.T) {
	_, m := buildText(t, "Mr Haddock arrived late. Haddock said the ship had sailed.")
	if e := find(m, "Haddock"); e == nil || e.Kind != Person || e.Surname != "Haddock" {
		t.Errorf("Haddock: %+v", e)
	}
	_, m = buildText(t, "Ostrowski won the vote on Monday. Ms Ostrowski thanked the members.")
	if e := find(m, "Ostrowski"); e == nil || e.Kind != Person || e.Surname != "Ostrowski" {
		t.Errorf("Ostrowski: %+v", e)
	}
	doc, m := buildText(t, "The minister spoke first. Patricia Hewitt said Hewitt would stay.")
	e := find(m, "Patricia Hewitt")
	if e == nil || e.Surname != "Hewitt" {
		t.Fatalf("Patricia Hewitt: %+v", e)
	}
	found := false
	for _, ev := range e.Evidence {
		if ev.Source == FromFirstName {
			found = true
			if ev.Gender != Female || ev.Why != "first name Patricia" || doc.Text[ev.Span.Start:ev.Span.End] != "Patricia" {
				t.Errorf("first-name evidence: %+v", ev)
			}
		}
	}
	if !found {
		t.Errorf("Patricia Hewitt has no first-name evidence: %+v", e.Evidence)
	}
}
