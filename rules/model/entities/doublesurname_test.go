package entities

import "testing"

// TestDoubleSurname: a Spanish or Portuguese name carries two surnames
// (Andrés Manuel López Obrador), and the second reference repeats both
// (López Obrador): that is the same person, named by surname, not a new
// person whose first name is López. Two people whose names end so leave
// the reference unjoined.
func TestDoubleSurname(t *testing.T) {
	for _, c := range []struct {
		text, name string
		mentions   int
	}{
		{"The policies of her predecessor, Andrés Manuel López Obrador, were popular. López Obrador, who left office, handed her the sash.", "Andrés Manuel López Obrador", 2},
		{"Omar García Harfuch will head the ministry. García Harfuch survived an attack in 2020.", "Omar García Harfuch", 2},
		{"Andrés Manuel López Obrador and his son José Ramón López Obrador arrived. López Obrador spoke.", "López Obrador", 1},
	} {
		_, m := buildText(t, c.text)
		e := find(m, c.name)
		if e == nil || e.Kind != Person || len(e.Mentions) != c.mentions {
			t.Errorf("%q: %s = %+v, want a person with %d mentions", c.text, c.name, e, c.mentions)
			continue
		}
		if c.mentions == 2 && e.Mentions[1].Form != Surname {
			t.Errorf("%q: second mention %+v, want a surname form", c.text, e.Mentions[1])
		}
	}
}
