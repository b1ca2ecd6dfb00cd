package lexicon

// EachPlaceKey calls f with every name that CountryByName, CountryOfDemonym
// or PlaceCountry knows, as written in their tables, so that a caller can
// build a cheap test in front of them (the title rules keep a set of the
// keys' first words). The order is unspecified.
func EachPlaceKey(f func(key string)) {
	t := tables()
	for _, m := range []map[string]string{t.byName, t.byDemo, t.places} {
		for k := range m {
			f(k)
		}
	}
}
