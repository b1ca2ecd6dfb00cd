package entities

import "testing"

// TestSurnameFirst: an East Asian name written surname first (Son
// Heung-min) is a person whose surname is its first word, which the
// surname alone then names; compounds of a name (Blair-style, Hong
// Kong-based) are not such names, and two given names after one surname
// are two people.
func TestSurnameFirst(t *testing.T) {
	for _, c := range []struct {
		text, name, surname string
		mentions            int
	}{
		{"Tottenham forward Son Heung-min scored twice. Son said the team had worked hard.", "Son Heung-min", "Son", 2},
		{"Kim Min-jae sent a message of support. Kim said it was deserved.", "Kim Min-jae", "Kim", 2},
		{"Taiwan's President Tsai Ing-wen spoke. Ms Tsai said talks were possible.", "Tsai Ing-wen", "Tsai", 2},
		{"Park Ji-sung met Park Ji-sun before the talks.", "Park Ji-sung", "Park", 1},
		{"Park Ji-sung met Park Ji-sun before the talks.", "Park Ji-sun", "Park", 1},
	} {
		_, m := buildText(t, c.text)
		e := find(m, c.name)
		if e == nil || e.Kind != Person || e.Surname != c.surname || len(e.Mentions) != c.mentions {
			t.Errorf("%q: %s = %+v, want a person surnamed %s with %d mentions", c.text, c.name, e, c.surname, c.mentions)
		}
	}
	for _, c := range []struct{ w0, w1 string }{
		{"Tony", "Blair-style"}, {"Hong", "Kong-based"}, {"Lee", "Self-help"}, {"Kim", "Jong-Un"},
		{"Smith", "Jones-Lee"}, {"London", "Mi-ra"}, {"Son", "Trump-era"},
	} {
		if b := (&builder{}); b.surnameFirst(c.w0, c.w1) {
			t.Errorf("surnameFirst(%q, %q) true", c.w0, c.w1)
		}
	}
	for _, c := range []struct{ w0, w1 string }{
		{"Son", "Heung-min"}, {"Hong", "Myung-bo"}, {"Kim", "Jong-un"}, {"Moon", "Jae-in"}, {"Tsai", "Ing-wen"},
	} {
		if b := (&builder{}); !b.surnameFirst(c.w0, c.w1) {
			t.Errorf("surnameFirst(%q, %q) false", c.w0, c.w1)
		}
	}
}

// TestSurnameFirstGender: a surname first is no first name (Kim is a
// woman's first name in the US data).
func TestSurnameFirstGender(t *testing.T) {
	_, m := buildText(t, "North Korean leader Kim Jong-un oversaw the launch on Thursday.")
	e := find(m, "Kim Jong-un")
	if e == nil {
		t.Fatal("no Kim Jong-un")
	}
	for _, ev := range e.Evidence {
		if ev.Source == FromFirstName {
			t.Errorf("first-name evidence %+v", ev)
		}
	}
}
