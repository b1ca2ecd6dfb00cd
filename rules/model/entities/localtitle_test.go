package entities

import "testing"

// TestLocalTitles: local offices are titles (Sheriff, Councilwoman,
// Assemblyman, Cllr), a gendered one gives the person's gender, and a title
// after "and" does not reach back over the person named before it.
func TestLocalTitles(t *testing.T) {
	for _, c := range []struct{ text, name, title, gender string }{
		{"Sheriff Casey Morrow said deputies made two arrests.", "Casey Morrow", "Sheriff", ""},
		{"Councilwoman Avery Stokes chairs the committee.", "Avery Stokes", "Councilwoman", "female"},
		{"Councilwoman Maria Delgado and Assemblyman Dana Reyes attended.", "Dana Reyes", "Assemblyman", "male"},
		{"Governor Jo Smith and Mayor Bill Reyes attended.", "Bill Reyes", "Mayor", ""},
		{"Assemblywoman Robin Okafor spoke first.", "Robin Okafor", "Assemblywoman", "female"},
	} {
		_, m := buildText(t, c.text)
		e := find(m, c.name)
		if e == nil || len(e.Titles) != 1 || e.Titles[0].Text != c.title || c.gender != "" && e.Gender.String() != c.gender {
			t.Errorf("%q: %s = %+v, want title %q gender %q", c.text, c.name, e, c.title, c.gender)
		}
	}
	_, m := buildText(t, "Cllr Robin Hale said the figures were late.")
	if e := find(m, "Robin Hale"); e == nil || e.Kind != Person {
		t.Errorf("Cllr Robin Hale: %+v, want a person", e)
	}
}

// TestBareKorea: a bare Korea (and Korean) is the South; North Korea and
// North Korean stay the North, read whole in a title.
func TestBareKorea(t *testing.T) {
	checkTitleCountries(t, []titleCountry{
		{"Rain fell as South Korean President Moon Jae-in spoke.", "Moon Jae-in", "South Korean President", "KR"},
		{"North Korean leader Kim Jong-un spoke.", "Kim Jong-un", "North Korean leader", "KP"},
		{"Fans waited as the North Korean leader Kim Jong-un spoke.", "Kim Jong-un", "North Korean leader", "KP"},
		{"North Korea leader Kim Jong-un spoke.", "Kim Jong-un", "North Korea leader", "KP"},
		{"Korea coach Hong Myung-bo named his squad.", "Hong Myung-bo", "Korea coach", "KR"},
		{"South African President Cyril Ramaphosa replied.", "Cyril Ramaphosa", "South African President", "ZA"},
	})
	_, m := buildText(t, "Korea will host the summit in May.")
	if e := find(m, "Korea"); e == nil || e.Country != "KR" {
		t.Errorf("bare Korea: %+v, want KR", e)
	}
}

// TestCountryFirstName: a country that is also a first name, before a
// known surname after a title or in apposition to one, is a first name;
// the country elsewhere stays a place.
func TestCountryFirstName(t *testing.T) {
	for _, text := range []string{
		"Her lawyer, Jordan Lim, told the court his client was innocent.",
		"The agency's spokesman, Israel Mendes, said the flight would leave.",
		"Assemblywoman Jordan Reyes said she would attend.",
	} {
		_, m := buildText(t, text)
		var p *Entity
		for _, e := range m.Entities {
			if e.Kind == Person {
				p = e
			}
		}
		if p == nil {
			t.Errorf("%q: no person", text)
		}
	}
	_, m := buildText(t, "Flights to Jordan resumed on Monday, the agency said.")
	if e := find(m, "Jordan"); e == nil || e.Kind != Place {
		t.Errorf("Flights to Jordan: %+v, want a place", e)
	}
}

// TestPostToBe: a post to be (Energy Minister-designate) is a title, not
// a name of its own.
func TestPostToBe(t *testing.T) {
	_, m := buildText(t, "Margaret Whitfield was approved. The Energy Minister-designate has promised to visit Idaho within her first 100 days.")
	if e := find(m, "Energy Minister-designate"); e != nil {
		t.Errorf("Energy Minister-designate is an entity: %+v", e)
	}
	_, m = buildText(t, "Energy Minister-designate Priya Nair will visit Idaho.")
	if e := find(m, "Priya Nair"); e == nil || len(e.Titles) != 1 || e.Titles[0].Text != "Energy Minister-designate" {
		t.Errorf("Priya Nair: %+v, want the title Energy Minister-designate", e)
	}
}
