package titles

import (
	"testing"

	"github.com/factlint/factlint/rules/internal/lexicon"
)

// placeCode gives what lexMatch asked of the lexicon in three lookups (a
// country's name, else a demonym, else a place), for every key of the
// place tables, each after "The " and "the ", and for texts that are
// none.
func TestPlaceCodeIsTheThreeLookups(t *testing.T) {
	var texts []string
	lexicon.EachPlaceKey(func(k string) { texts = append(texts, k, "The "+k, "the "+k, k+"x") })
	texts = append(texts, "", "The", "The ", "Xyzzy", "US", "U.S.", "Britons", "Scottish", "Glasgow")
	kinds := map[string]int{}
	for _, s := range texts {
		want, kind := lexicon.CountryByName(s), "name"
		if want == "" {
			want, kind = lexicon.CountryOfDemonym(s), "demonym"
		}
		if want == "" {
			want, kind = lexicon.PlaceCountry(s), "place"
		}
		if got := placeCode(s); got != want {
			t.Errorf("placeCode(%q) = %q, want %q", s, got, want)
		}
		if want != "" {
			kinds[kind]++
		}
	}
	// Each of the three answers is given for some text (a test that
	// never reached one would prove nothing of it).
	for _, k := range []string{"name", "demonym", "place"} {
		if kinds[k] == 0 {
			t.Errorf("no text is a %s", k)
		}
	}
}
