package entities

import "testing"

// A name whose first word is also an ordinary word keeps that word at a
// sentence start when it is confidently a name word there; the traps
// (a capital that is only the sentence's) keep today's reading.
func TestInitialNameWord(t *testing.T) {
	type want struct {
		name   string // entity expected, "" for none
		person bool
		absent string // entity that must not exist
	}
	for _, c := range []struct {
		text string
		want []want
	}{
		// A surname first, then a given name in no dictionary (Chinese order).
		{"Port fees rise\n\nTang Wei, a trader at the port, said the new fees would hit small firms. Rebecca Tan, who runs a shipping agency, agreed.\n",
			[]want{{"Tang Wei", true, "Wei"}, {"Rebecca Tan", true, ""}}},
		{"Harvest late\n\nLong Xiaoming, a farmer in Hubei, said the rains had come a month late.\n",
			[]want{{"Long Xiaoming", true, "Xiaoming"}}},
		// A common first name before a word that is also ordinary, with an
		// apposition naming a person's role.
		{"Keeper retires\n\nHope Solo, the goalkeeper, said she would retire at the end of the season.\n",
			[]want{{"Hope Solo", true, "Solo"}}},
		{"Film wins\n\nRose Byrne, the actress, said the award belonged to the whole cast.\n",
			[]want{{"Rose Byrne", true, "Byrne"}}},
		// Traps: the capital belongs to the sentence.
		{"Arrest made\n\nPolice said the man was arrested on Friday.\n", []want{{"", false, "Police"}}},
		{"Vote lost\n\nLabour leader Ed Miliband said the vote was lost.\n", []want{{"Ed Miliband", true, "Labour leader Ed Miliband"}}},
		{"Party split\n\nMany Democrats said they would vote against the bill.\n", []want{{"Democrats", false, "Many Democrats"}}},
		{"Race on\n\nBoth Smith and Jones said they would stand.\n", []want{{"Smith", false, "Both Smith"}}},
		{"Sales fall\n\nGeneral Motors said sales fell in March.\n", []want{{"General Motors", false, "Motors"}}},
		{"Deal done\n\nLast Tuesday Smith said the deal was done.\n", []want{{"", false, "Last Tuesday Smith"}}},
		// A thing's name is kept whole but is no person.
		{"Cereal sales\n\nRice Krispies, the cereal, sold well this year.\n", []want{{"Rice Krispies", false, ""}}},
		{"Rates held\n\nBank Negara said rates would stay where they were.\n", []want{{"Bank Negara", false, ""}}},
		// A word standing alone elsewhere mid-sentence is a name of its own:
		// the surname-first reading makes no person of the pair.
		{"Early years\n\nYoung Obama, a pupil at the school, was bright. Later in life Obama said he loved Hawaii.\n",
			[]want{{"Young Obama", false, ""}}},
	} {
		_, m := buildText(t, c.text)
		for _, w := range c.want {
			if w.name != "" {
				e := find(m, w.name)
				if e == nil {
					t.Errorf("%q: no entity %q", c.text, w.name)
				} else if w.person && e.Kind != Person {
					t.Errorf("%q: %q is %v, want a person", c.text, w.name, e.Kind)
				} else if !w.person && e.Kind == Person {
					t.Errorf("%q: %q read as a person", c.text, w.name)
				}
			}
			if w.absent != "" && find(m, w.absent) != nil {
				t.Errorf("%q: entity %q should not exist", c.text, w.absent)
			}
		}
	}
}

// A modal opening a question is no first name, however the name reads.
func TestInitialNameModalQuestion(t *testing.T) {
	_, m := buildText(t, "Prices cut\n\nWill Amazon, the online retailer, cut its prices? Nobody in the shops would say.\n")
	if e := find(m, "Will Amazon"); e != nil {
		t.Errorf("Will Amazon read as a name: %+v", e)
	}
	// The same words in a statement are a name.
	_, m = buildText(t, "Mill closes\n\nWill Ford, the mill's owner, said the doors would shut in May.\n")
	if e := find(m, "Will Ford"); e == nil || e.Kind != Person {
		t.Errorf("Will Ford not a person: %+v", e)
	}
}

// The Tang Wei case: a he after the trader may be Tang Wei; without the
// first word, Wei was no person and the he was read against others only.
func TestInitialNamePronoun(t *testing.T) {
	_, m := buildText(t, "Port fees rise\n\nTang Wei, a trader at the port, said the fees would hurt. He said small firms would close.\n")
	tw := find(m, "Tang Wei")
	if tw == nil || tw.Kind != Person {
		t.Fatalf("Tang Wei: %+v", tw)
	}
	for _, p := range m.Pronouns {
		if p.Text != "He" {
			continue
		}
		ok := false
		for _, c := range p.Reach {
			if c.Entity == tw {
				ok = true
			}
		}
		if !ok {
			t.Errorf("He does not reach Tang Wei: %+v", p.Reach)
		}
	}
}
