package entities

import "testing"

// TestCapParticle: a name opening a sentence with a capitalised particle
// is a surname mention of the person whose full name ends in the same
// words with the particle in lower case; otherwise (Van Morrison) it stays
// a full name. (Robert De Niro's own capital is no lower-case particle, but
// De Niro after it repeats the last two words of his full name, which
// doubleSurnameOf reads as that person by surname.)
func TestCapParticle(t *testing.T) {
	for _, c := range []struct {
		text, name string
		mentions   int
	}{
		{"Striker Ruud van Nistelrooy scored twice. Van Nistelrooy said he was pleased.", "Ruud van Nistelrooy", 2},
		{"President Charles de Gaulle spoke. De Gaulle's speech was short.", "Charles de Gaulle", 2},
		{"Singer Van Morrison played in Belfast. Van Morrison said he was pleased.", "Van Morrison", 2},
		{"Actor Robert De Niro arrived. De Niro said he was pleased.", "Robert De Niro", 2},
		{"Striker Ruud van Nistelrooy scored. Van Basten said he was pleased.", "Ruud van Nistelrooy", 1},
	} {
		_, m := buildText(t, c.text)
		e := find(m, c.name)
		if e == nil || e.Kind != Person || len(e.Mentions) != c.mentions {
			t.Errorf("%q: %s = %+v, want a person with %d mentions", c.text, c.name, e, c.mentions)
		}
	}
}
