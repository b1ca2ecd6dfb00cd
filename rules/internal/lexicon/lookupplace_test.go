package lexicon

import "testing"

// TestLookupPlace checks that one LookupPlace gives what IsPlace,
// CountryByName, CountryOfDemonym and PlaceCountry give one by one, and
// that codes survive their trip through Code.
func TestLookupPlace(t *testing.T) {
	for _, k := range []string{"Moscow", "Russia", "Russian", "Britons", "Buenos Aires", "U.S.", "Korea", "Georgia", "the Netherlands", "Table", "", "Zz"} {
		p := LookupPlace(k)
		if got, want := p.IsPlace(), IsPlace(k); got != want {
			t.Errorf("LookupPlace(%q).IsPlace() = %v, IsPlace %v", k, got, want)
		}
		country := p.CountryCode()
		if country == 0 {
			country = CountryAfterThe(k)
		}
		if got, want := country.String(), CountryByName(k); got != want {
			t.Errorf("country of %q: %q, CountryByName %q", k, got, want)
		}
		if got, want := p.DemonymCode().String(), CountryOfDemonym(k); got != want {
			t.Errorf("demonym of %q: %q, CountryOfDemonym %q", k, got, want)
		}
		if got, want := p.PlaceCode().String(), PlaceCountry(k); got != want {
			t.Errorf("place of %q: %q, PlaceCountry %q", k, got, want)
		}
	}
	if got := LookupPlace("Moscow").PlaceCode().String(); got != "RU" {
		t.Errorf("Moscow is in %q, want RU", got)
	}
	if got := CountryAfterThe("the Netherlands").String(); got != "NL" {
		t.Errorf("the Netherlands: %q, want NL", got)
	}
	for _, c := range []string{"KR", "GB", "US", "EU"} {
		if got := CodeOf(c).String(); got != c {
			t.Errorf("CodeOf(%q).String() = %q", c, got)
		}
	}
	if CodeOf("XX") != 0 || CodeOf("ZZ") != 0 || Code(0).String() != "" {
		t.Error("CodeOf of no code is not 0, or Code 0 is not empty")
	}
}
