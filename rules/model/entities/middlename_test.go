package entities

import "testing"

// TestMiddleNameIsNoDoubleSurname: a two-word name whose first word is a
// common first name (Henry Smith after John Henry Smith, Ann Jones after
// Mary Ann Jones, Paul Jones after John Paul Jones) is another person, a
// son, a sister or a namesake, not the longer name's two surnames.
func TestMiddleNameIsNoDoubleSurname(t *testing.T) {
	for _, c := range []struct {
		text, long, short string
	}{
		{"John Henry Smith, 72, died on Tuesday. His son, Henry Smith, 40, said he had been a kind man.", "John Henry Smith", "Henry Smith"},
		{"Mary Ann Jones, 45, and her sister Ann Jones, 41, are standing for the council.", "Mary Ann Jones", "Ann Jones"},
		{"John Paul Jones played bass. Paul Jones, the Manfred Mann singer, also sang.", "John Paul Jones", "Paul Jones"},
	} {
		_, m := buildText(t, c.text)
		l, s := find(m, c.long), find(m, c.short)
		if l == nil || s == nil || l == s || len(l.Mentions) != 1 {
			t.Errorf("%q: %s = %+v, %s = %+v; want two people", c.text, c.long, l, c.short, s)
		}
	}
}
