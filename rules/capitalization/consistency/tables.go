package consistency

//go:generate go test -run TestTablesUpToDate -update .

// The tables of place words and first names that the lower-case name
// passes read are derived from the lexicon at build time (tables_gen.go,
// written by TestTablesUpToDate with -update, which fails when it is out
// of date); only the index of the place words by FoldHash is built, on
// first use (placeTable: FoldHash values are not written into generated
// code).
//
//   - placeKindWords, sorted, and placeKindOf: the countries and places of
//     one word whose lower-case form is no ordinary word (london, africa,
//     glasgow; not china, turkey, chad, reading, nice), four letters or
//     more (isSingle), and the words of the country and place names of
//     several words but the connectors (korea, islands, united, aviv:
//     inMulti). Demonyms are left out: house styles lower-case some in set
//     phrases (french fries, swiss cheese).
//   - firstNameFine: a filter of the fnvFold of every first name
//     (mayBeFirstName; its coarse filter by FoldHash, firstNameFolds, is
//     built on first use).
