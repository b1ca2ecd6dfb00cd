// Package lexicon holds factlint's word tables: first names with gender,
// common English words, proper names, countries with their demonyms, and
// places. The tables are sorted newline lists embedded in the binary, each
// with a hash index that the generator writes beside it, both read in place:
// nothing is parsed, hashed or allocated for them at start-up.
//
// The tables are derived from ../shared/data by the generator in
// internal/gen (go generate); data/NOTICE.md gives their sources and licences.
package lexicon

//go:generate go run ./internal/gen -data ../../../../shared/data -out data -go places_gen.go

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/keyindex"
)

var (
	//go:embed data/firstnames.tsv
	firstNamesData string
	//go:embed data/surnames.txt
	surnamesData string
	//go:embed data/words.txt
	wordsData string
	//go:embed data/propernames.txt
	properData string
)

var (
	//go:embed data/firstnames.idx
	firstNamesIndex string
	//go:embed data/surnames.idx
	surnamesIndex string
	//go:embed data/words.idx
	wordsIndex string
	//go:embed data/propernames.idx
	properIndex string
)

var (
	firstNames = keyindex.New(firstNamesData, firstNamesIndex)
	words      = keyindex.New(wordsData, wordsIndex)
	surnames   = keyindex.New(surnamesData, surnamesIndex)
	proper     = keyindex.New(properData, properIndex)
)

// Gender is what a first name says about its bearer.
type Gender int8

const (
	NotAName Gender = iota // not in the first-name lists
	Unisex                 // given to both sexes (less than 95% one way)
	Male                   // at least 95% of bearers are male
	Female                 // at least 95% of bearers are female
)

func (g Gender) String() string {
	return [...]string{"not a name", "unisex", "male", "female"}[g]
}

// FirstNameGender returns the gender a first name indicates ("Patricia" →
// Female, "Chris" → Unisex, "Table" → NotAName). The name is looked up as
// written, in title case (JAMES, james → James) and, when it has letters
// beyond ASCII, without its diacritics (Thérèse → Therese, JOSÉ → Jose).
func FirstNameGender(name string) Gender {
	v, ok := findFirst(name)
	if !ok {
		return NotAName
	}
	switch v {
	case "M", "m":
		return Male
	case "F", "f":
		return Female
	}
	return Unisex
}

// IsCommonFirstName reports whether name is a first name borne by at least
// 5,000 people in the SSA data (Joel, Kelly; not Sony or Jupiter), looked up
// as FirstNameGender looks it up.
func IsCommonFirstName(name string) bool {
	v, ok := findFirst(name)
	return ok && v != "" && v[0] >= 'A' && v[0] <= 'Z'
}

// findFirst looks a first name up as written, in title case and, when it
// is not ASCII, folded by lint.FoldName (diacritics, NFD) in title case.
func findFirst(name string) (string, bool) {
	if v, ok := firstNames.Find(name); ok {
		return v, true
	}
	if t := TitleCase(name); t != name {
		if v, ok := firstNames.Find(t); ok {
			return v, true
		}
	}
	if fold.IsASCII(name) {
		return "", false
	}
	f := lint.FoldName(name)
	if f == "" || !fold.IsASCII(f) {
		return "", false
	}
	return firstNames.Find(TitleCase(f))
}

// IsFirstName reports whether name is a known first name.
func IsFirstName(name string) bool { return FirstNameGender(name) != NotAName }

// months are the month names in lower case.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// calendar words are capitalised in English but are ordinary words, not
// names: the months and the days of the week.
var calendar = func() map[string]bool {
	m := map[string]bool{
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true,
	}
	for w := range months {
		m[w] = true
	}
	return m
}()

// isCalendar is calendar[lw], by a switch on lw's length and bytes
// instead of hashing it: IsCommonWord asks it of every word.
func isCalendar(lw string) bool {
	switch lw {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// IsDay reports whether w is the name of a day of the week, capitalised
// (Monday) or in capitals (MONDAY).
func IsDay(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY":
		return true
	}
	return false
}

// IsMonthName reports whether w is the name of a month, capitalised
// (September) or in capitals (SEPTEMBER).
func IsMonthName(w string) bool {
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
		"JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER":
		return true
	}
	return false
}

// IsMonth reports whether lw, a word in lower case, is the name of a month.
func IsMonth(lw string) bool { return months[lw] }

// IsCommonWord reports whether w, folded to lower case, is an ordinary
// English word (a lower-case SCOWL entry), or a day or month name. A
// capitalised common word at the start of a sentence is not taken for a
// name: IsCommonWord("Officials") and IsCommonWord("Sunday") are true,
// IsCommonWord("Mattis") is false.
func IsCommonWord(w string) bool {
	// Capitalised ASCII words (most calls: names and sentence starts) are
	// lower-cased into a buffer on the stack, not a new string.
	var buf [32]byte
	if len(w) <= len(buf) && fold.IsASCII(w) {
		return isCommonLower(string(fold.LowerASCII(buf[:], w)))
	}
	return isCommonLower(toLower(w))
}

// IsCommonLower is IsCommonWord of a word whose lower-case form
// (strings.ToLower) lw is: for a caller that has it already, so that the
// word is not lowered again.
func IsCommonLower(lw string) bool { return isCommonLower(lw) }

// isCommonLower is IsCommonWord for a word in lower case; lw must not be
// kept (it may live in the caller's stack buffer).
func isCommonLower(lw string) bool {
	if isCalendar(lw) {
		return true
	}
	if _, ok := words.Find(lw); ok {
		return true
	}
	// Plural and possessive-less forms the lists leave out: try a singular.
	if strings.HasSuffix(lw, "s") && len(lw) > 3 {
		if _, ok := words.Find(lw[:len(lw)-1]); ok {
			return true
		}
	}
	return false
}

// IsSurname reports whether w is one of the 20,000 commonest surnames of the
// 1990 US census (Smith, Smyth, Busch).
func IsSurname(w string) bool {
	_, ok := surnames.Find(TitleCase(w))
	return ok
}

// IsKnownName reports whether w is a name the tables know: a first name, a
// census surname or a capitalised entry of the word lists.
func IsKnownName(w string) bool { return IsFirstName(w) || IsSurname(w) || IsProperName(w) }

// IsProperName reports whether w is a capitalised entry of the word lists
// (a proper name such as Blair, Moscow, Sunday).
func IsProperName(w string) bool {
	_, ok := proper.Find(w)
	return ok
}

// TitleCase upper-cases the first letter of s and lower-cases the rest.
func TitleCase(s string) string {
	if titleASCII(s) {
		return s // most calls: a capitalised ASCII word
	}
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	rest := s[n:]
	if unicode.IsUpper(r) && !hasUpper(rest) {
		return s
	}
	return string(unicode.ToUpper(r)) + strings.ToLower(rest)
}

// titleASCII reports whether s is ASCII, a capital letter and then no
// capital: TitleCase(s) == s without decoding a rune.
func titleASCII(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// The country and place tables are in places_gen.go, which the generator
// writes from data/countries.tsv and data/places.tsv (see placetab): every
// key of them once, with its codes as a country name, a demonym and a
// place, found by an open-addressing index of keyindex.Hash.

// placeEntry holds the codes of a key (1 + the code's number in codeText,
// 0 where the key is none of the kind).
type placeEntry struct{ name, demo, place uint16 }

// placeKey returns key i of the country and place tables.
func placeKey(i int) string { return placeText[placeOff[i]:placeOff[i+1]] }

// code returns code c-1 (c > 0).
func code(c uint16) string { return codeText[codeOff[c-1]:codeOff[c]] }

// findPlace returns the entry of key k, or nil.
func findPlace(k string) *placeEntry {
	const mask = len(placeSlots) - 1
	for p := int(keyindex.Hash(k) >> placeShift); ; p = (p + 1) & mask {
		i := int(placeSlots[p]) - 1
		if i < 0 {
			return nil
		}
		if placeKey(i) == k {
			return &placeEntries[i]
		}
	}
}

// CountryByName returns the ISO 3166 alpha-2 code of a country name
// ("Britain" → "GB", "Russia" → "RU", "U.S." → "US"), or "". "EU" is
// returned for the European Union.
func CountryByName(name string) string {
	if c := LookupPlace(name).CountryCode(); c != 0 {
		return c.String()
	}
	return CountryAfterThe(name).String()
}

// CountryAfterThe is the code of the country a name that begins "the " or
// "The " names without those four bytes ("the Netherlands"), or 0: what
// CountryByName gives a name whose Place names no country.
func CountryAfterThe(name string) Code {
	if strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "The ") {
		return LookupPlace(name[4:]).CountryCode()
	}
	return 0
}

// CountryOfDemonym returns the country code of a demonym or its plural
// ("Russian" → "RU", "Britons" → "GB"), or "".
func CountryOfDemonym(d string) string { return LookupPlace(d).DemonymCode().String() }

// CountryName returns a short English name of the country with the given
// code ("GB" → "United Kingdom"), or "".
func CountryName(c string) string {
	n := CodeOf(c)
	if n == 0 || codeName[n-1] == 0 {
		return ""
	}
	return placeKey(int(codeName[n-1]) - 1)
}

// Code is a country code of the tables by its number (0: none): two
// bytes and no pointer where the code's string is sixteen bytes.
type Code uint16

// String returns the code ("GB"), or "" for 0.
func (c Code) String() string {
	if c == 0 {
		return ""
	}
	return code(uint16(c))
}

// CodeOf returns the Code of the country code c ("KR"), or 0 when the
// tables have none such.
func CodeOf(c string) Code {
	lo, hi := 1, len(codeName)+1 // codes by number, 1 + their position
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if code(uint16(m)) < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo > len(codeName) || code(uint16(lo)) != c {
		return 0
	}
	return Code(lo)
}

// PlaceCountry returns the country code of a city, region or US state
// ("Moscow" → "RU", "Buenos Aires" → "AR"), or "".
func PlaceCountry(name string) string { return LookupPlace(name).PlaceCode().String() }

// IsPlace reports whether name is a country or a known place.
func IsPlace(name string) bool { return LookupPlace(name).IsPlace() }

// Place is what the country and place tables hold for one key (the zero
// Place for a key they do not have).
type Place struct{ e placeEntry }

// LookupPlace returns the entry of key k: one lookup gives what IsPlace,
// PlaceCountry, CountryOfDemonym and CountryByName (but for its "the "
// form, see CountryAfterThe) would each look k up for.
func LookupPlace(k string) Place {
	if e := findPlace(k); e != nil {
		return Place{*e}
	}
	return Place{}
}

// IsPlace reports whether the key is a country or a known place.
func (p Place) IsPlace() bool { return p.e.name != 0 || p.e.place != 0 }

// CountryCode is the code of the country the key names, or 0.
func (p Place) CountryCode() Code { return Code(p.e.name) }

// DemonymCode is the code of the country whose demonym the key is, or 0.
func (p Place) DemonymCode() Code { return Code(p.e.demo) }

// PlaceCode is the code of the country of the city, region or state the
// key names, or 0.
func (p Place) PlaceCode() Code { return Code(p.e.place) }

// MaxPlaceWords is the number of words of the longest country or place name.
func MaxPlaceWords() int { return maxPlaceWords }

// toLower is strings.ToLower with a fast path for words that are already
// lower case.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}
