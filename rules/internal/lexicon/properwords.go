package lexicon

import "strings"

// ProperWords calls yield with each one-word proper name of the tables
// that is unlikely to be a person's name: the one-word keys of the country
// and place tables (countries, nationalities, cities, regions; in several
// languages), the capitalised entries of the word lists written in
// letters alone (Europe, Olympics, Hansard: an initial capital, then lower
// case) that are no census surname, and the months and days of the week;
// none of them a common first name but a country's (not Victoria,
// Florence, Paris; America, Jordan, Georgia are countries). A word
// may be yielded twice (Paris from both tables). Iteration stops when
// yield returns false. The entity model's generator keeps the ones news
// copy writes often (see rules/model/entities/internal/lexgen).
func ProperWords(yield func(string) bool) {
	for i := 0; i+1 < len(placeOff); i++ {
		k := placeKey(i)
		if !ProperShape(k) || IsCommonFirstName(k) && CountryByName(k) == "" {
			continue
		}
		if !yield(k) {
			return
		}
	}
	for rest := properData; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, "\n")
		if !ProperShape(w) || IsCommonFirstName(w) || IsSurname(w) && !IsPlace(w) && CountryOfDemonym(w) == "" {
			continue
		}
		if !yield(w) {
			return
		}
	}
	for w := range calendar {
		if !yield(TitleCase(w)) {
			return
		}
	}
}

// ProperShape reports whether w is one ASCII word of an initial capital
// and lower-case letters.
func ProperShape(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
