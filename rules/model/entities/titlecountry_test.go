package entities

import "testing"

// TestTitleTwoWordCountry: a title's country of two words is read whole,
// also when its first word opens the sentence (South Korea coach, North
// Korea leader); The US envoy keeps its title US envoy.
func TestTitleTwoWordCountry(t *testing.T) {
	checkTitleCountries(t, []titleCountry{
		{"South Korea coach Hong Myung-bo named his squad.", "Hong Myung-bo", "South Korea coach", "KR"},
		{"Fans cheered as the South Korea coach Hong Myung-bo named his squad.", "Hong Myung-bo", "South Korea coach", "KR"},
		{"North Korea leader Kim Jong-un spoke.", "Kim Jong-un", "North Korea leader", "KP"},
		{"The US envoy John Bolton spoke.", "John Bolton", "US envoy", "US"},
	})
}

// titleCountry is a sentence, a person it names, and the one title the
// model should give that person, with the title's country.
type titleCountry struct{ text, name, title, country string }

// checkTitleCountries builds the model of each case's sentence and fails
// the test where the person has no title, more than one, or another text
// or country.
func checkTitleCountries(t *testing.T, cases []titleCountry) {
	t.Helper()
	for _, c := range cases {
		_, m := buildText(t, c.text)
		e := find(m, c.name)
		if e == nil || len(e.Titles) != 1 || e.Titles[0].Text != c.title || e.Titles[0].Country != c.country {
			t.Errorf("%q: %s = %+v, want title %q country %s", c.text, c.name, e, c.title, c.country)
		}
	}
}
