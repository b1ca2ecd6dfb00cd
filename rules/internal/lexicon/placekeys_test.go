package lexicon

import "testing"

func TestEachPlaceKey(t *testing.T) {
	seen := map[string]bool{}
	EachPlaceKey(func(k string) { seen[k] = true })
	for _, k := range []string{"Britain", "Russian", "Moscow", "Buenos Aires"} {
		if !seen[k] {
			t.Errorf("EachPlaceKey does not give %q", k)
		}
	}
	for k := range seen {
		if !IsPlace(k) && CountryOfDemonym(k) == "" {
			t.Errorf("%q is given but is no key of the tables", k)
		}
	}
}
