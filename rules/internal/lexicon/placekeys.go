package lexicon

// EachPlaceKey calls f with every name that CountryByName, CountryOfDemonym
// or PlaceCountry knows, as written in their tables, so that a caller can
// build a cheap test in front of them (the title rules keep a set of the
// keys' first words). The order is unspecified.
func EachPlaceKey(f func(key string)) {
	for i := range placeEntries {
		e, k := &placeEntries[i], placeKey(i)
		// once for each table that holds the key
		for _, c := range [...]uint16{e.name, e.demo, e.place} {
			if c != 0 {
				f(k)
			}
		}
	}
}
