package entities

import "testing"

func TestLexSlip(t *testing.T) {
	for _, c := range []struct {
		dev, ref string
		want     bool
	}{
		{"eurpoean", "european", true},  // swapped
		{"swedash", "swedish", true},    // a vowel inside
		{"olyympics", "olympics", true}, // doubled
		{"idian", "indian", true},       // dropped inside
		{"novmber", "november", true},
		{"tunisie", "tunisia", false},  // the last letter: another language's name
		{"tokio", "tokyo", false},      // y: a transliteration
		{"brasil", "brazil", false},    // z/s: a transliteration
		{"ndian", "indian", false},     // the first letter dropped
		{"olympic", "olympics", false}, // s, the last letter, dropped
		{"hansar", "hansard", true},    // d, the last letter, dropped
		{"afric", "africa", false},     // a, the last letter: Petrov, Petrova
		{"eurapean", "european", true},
		{"aurope", "europe", false},   // the first letter changed
		{"sweedish", "swedish", true}, // doubled
	} {
		if got := lexSlip(c.dev, c.ref); got != c.want {
			t.Errorf("lexSlip(%q, %q) = %v, want %v", c.dev, c.ref, got, c.want)
		}
	}
}

func TestProperWordsTable(t *testing.T) {
	tab := lexProper()
	for _, w := range []string{"european", "tuesday", "heathrow", "swedish", "america"} {
		if !tab.has(w) {
			t.Errorf("%s not in the proper words", w)
		}
	}
	// Person names, cities that are common first names, other languages'
	// country names, rare places and ordinary words stay out.
	for _, w := range []string{"blair", "paris", "serbie", "castries", "table", "fujian"} {
		if tab.has(w) {
			t.Errorf("%s in the proper words", w)
		}
	}
}
