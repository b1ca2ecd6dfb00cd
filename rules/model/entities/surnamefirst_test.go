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

// TestGivenFirst: the same names in Western order (Ji-sung Park) are
// people whose surname is the last word, though Park is an organisation's
// word; Co-op Bank stays no person.
func TestGivenFirst(t *testing.T) {
	_, m := buildText(t, "Manchester United signed Ji-sung Park in 2005. Park said he was delighted.")
	if e := find(m, "Ji-sung Park"); e == nil || e.Kind != Person || e.Surname != "Park" || len(e.Mentions) != 2 {
		t.Errorf("Ji-sung Park = %+v, want a person surnamed Park with 2 mentions", e)
	}
	_, m = buildText(t, "Savers at the Co-op Bank lost money.")
	if e := find(m, "Co-op Bank"); e != nil && e.Kind == Person {
		t.Errorf("Co-op Bank is a person")
	}
	for _, c := range []struct {
		w0, w1 string
		want   bool
	}{
		{"Ji-sung", "Park", true}, {"Heung-min", "Son", true}, {"Co-op", "Bank", false}, {"Ex-chief", "Lee", false},
		{"Blair-style", "Lee", false}, {"Pro-Kremlin", "Lee", false}, {"Myung-bo", "Hong", false}, // two letters after the hyphen
	} {
		if got := (&builder{}).givenFirst(c.w0, c.w1); got != c.want {
			t.Errorf("givenFirst(%q, %q) = %v", c.w0, c.w1, got)
		}
	}
}
