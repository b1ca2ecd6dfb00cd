// Package lexicon holds factlint's word tables: first names with gender,
// common English words, proper names, countries with their demonyms, and
// places. The tables are sorted newline lists embedded in the binary; each
// is split into slices and hash-indexed the first time it is used (a few
// milliseconds for the largest), so nothing is parsed at start-up.
//
// The tables are derived from ../shared/data by the generator in
// internal/gen (go generate); data/NOTICE.md gives their sources and licences.
package lexicon

//go:generate go run ./internal/gen -data ../../../../shared/data -out data

import (
	_ "embed"
	"github.com/factlint/factlint/rules/internal/fold"
	"hash/maphash"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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
	//go:embed data/countries.tsv
	countriesData string
	//go:embed data/places.tsv
	placesData string
)

// table is a sorted newline list ("key" or "key<TAB>value" a line, sorted
// by key) indexed on first use by an open-addressing hash table of line
// positions. The keys and values are substrings of the embedded data, and
// the index holds no pointers (nothing for the garbage collector to scan):
// building it copies no text and takes a few milliseconds for the largest
// list; a lookup hashes the key once and compares one or two keys.
type table struct {
	idx func() *index
}

type index struct {
	data    string
	entries []entry
	slots   []int32 // position in entries + 1; 0 is an empty slot
	mask    uint64
}

// entry is one line of a table: the key at data[start:start+klen], the
// value (if any) after a tab.
type entry struct {
	start      uint32
	klen, vlen uint16
}

func (x *index) key(e entry) string { return x.data[e.start : e.start+uint32(e.klen)] }

func (x *index) val(e entry) string {
	if e.vlen == 0 {
		return ""
	}
	v := e.start + uint32(e.klen) + 1
	return x.data[v : v+uint32(e.vlen)]
}

var seed = maphash.MakeSeed()

func newList(data string) *table {
	return &table{idx: sync.OnceValue(func() *index {
		n := strings.Count(data, "\n") + 1
		x := &index{data: data, entries: make([]entry, 0, n)}
		for off := 0; off < len(data); {
			end := strings.IndexByte(data[off:], '\n')
			if end < 0 {
				end = len(data)
			} else {
				end += off
			}
			if ln := data[off:end]; ln != "" {
				e := entry{start: uint32(off), klen: uint16(len(ln))}
				if t := strings.IndexByte(ln, '\t'); t >= 0 {
					e.klen, e.vlen = uint16(t), uint16(len(ln)-t-1)
				}
				x.entries = append(x.entries, e)
			}
			off = end + 1
		}
		size := 16
		for size < 2*len(x.entries) {
			size <<= 1
		}
		x.slots, x.mask = make([]int32, size), uint64(size-1)
		for i, e := range x.entries {
			k := x.key(e)
			p := maphash.String(seed, k) & x.mask
			for {
				if x.slots[p] == 0 {
					x.slots[p] = int32(i + 1)
					break
				}
				if x.key(x.entries[x.slots[p]-1]) == k {
					break // a repeated key keeps its first value, as a binary search found it
				}
				p = (p + 1) & x.mask
			}
		}
		return x
	})}
}

// find returns the value of key k and whether the table holds k.
func (t *table) find(k string) (string, bool) {
	x := t.idx()
	p := maphash.String(seed, k) & x.mask
	for {
		i := x.slots[p]
		if i == 0 {
			return "", false
		}
		if e := x.entries[i-1]; x.key(e) == k {
			return x.val(e), true
		}
		p = (p + 1) & x.mask
	}
}

var (
	firstNames = newList(firstNamesData)
	words      = newList(wordsData)
	surnames   = newList(surnamesData)
	proper     = newList(properData)
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
// written and in title case (JAMES, james → James).
func FirstNameGender(name string) Gender {
	v, ok := firstNames.find(name)
	if !ok {
		t := TitleCase(name)
		if t == name {
			return NotAName
		}
		if v, ok = firstNames.find(t); !ok {
			return NotAName
		}
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
// 5,000 people in the SSA data (Joel, Kelly; not Sony or Jupiter).
func IsCommonFirstName(name string) bool {
	v, ok := firstNames.find(name)
	if !ok {
		v, ok = firstNames.find(TitleCase(name))
	}
	return ok && v != "" && v[0] >= 'A' && v[0] <= 'Z'
}

// IsFirstName reports whether name is a known first name.
func IsFirstName(name string) bool { return FirstNameGender(name) != NotAName }

// calendar words are capitalised in English but are ordinary words, not names.
var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

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

// isCommonLower is IsCommonWord for a word in lower case; lw must not be
// kept (it may live in the caller's stack buffer).
func isCommonLower(lw string) bool {
	if calendar[lw] {
		return true
	}
	if _, ok := words.find(lw); ok {
		return true
	}
	// Plural and possessive-less forms the lists leave out: try a singular.
	if strings.HasSuffix(lw, "s") && len(lw) > 3 {
		if _, ok := words.find(lw[:len(lw)-1]); ok {
			return true
		}
	}
	return false
}

// IsSurname reports whether w is one of the 20,000 commonest surnames of the
// 1990 US census (Smith, Smyth, Busch).
func IsSurname(w string) bool {
	_, ok := surnames.find(TitleCase(w))
	return ok
}

// IsKnownName reports whether w is a name the tables know: a first name, a
// census surname or a capitalised entry of the word lists.
func IsKnownName(w string) bool { return IsFirstName(w) || IsSurname(w) || IsProperName(w) }

// IsProperName reports whether w is a capitalised entry of the word lists
// (a proper name such as Blair, Moscow, Sunday).
func IsProperName(w string) bool {
	_, ok := proper.find(w)
	return ok
}

// TitleCase upper-cases the first letter of s and lower-cases the rest.
func TitleCase(s string) string {
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

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

type countryTables struct {
	byName   map[string]string // name → code
	byDemo   map[string]string // demonym (singular or plural) → code
	nameOf   map[string]string // code → shortest common name
	places   map[string]string // city or region → code
	maxWords int               // longest key, in words
}

var tables = sync.OnceValue(func() *countryTables {
	t := &countryTables{byName: map[string]string{}, byDemo: map[string]string{}, nameOf: map[string]string{}, places: map[string]string{}}
	for _, ln := range strings.Split(countriesData, "\n") {
		f := strings.Split(ln, "\t")
		if len(f) != 3 {
			continue
		}
		name, code, kind := f[0], f[1], f[2]
		if n := strings.Count(name, " ") + 1; n > t.maxWords {
			t.maxWords = n
		}
		switch kind {
		case "n":
			if _, ok := t.byName[name]; !ok {
				t.byName[name] = code
			}
			if cur, ok := t.nameOf[code]; !ok || len(name) < len(cur) && len(name) > 3 || len(cur) <= 3 && len(name) > 3 {
				t.nameOf[code] = name
			}
		default:
			if _, ok := t.byDemo[name]; !ok {
				t.byDemo[name] = code
			}
		}
	}
	for _, ln := range strings.Split(placesData, "\n") {
		if ln == "" || ln[0] == '#' {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != 2 {
			continue
		}
		if _, ok := t.places[f[0]]; !ok {
			t.places[f[0]] = f[1]
		}
		if n := strings.Count(f[0], " ") + 1; n > t.maxWords {
			t.maxWords = n
		}
	}
	return t
})

// CountryByName returns the ISO 3166 alpha-2 code of a country name
// ("Britain" → "GB", "Russia" → "RU", "U.S." → "US"), or "". "EU" is
// returned for the European Union.
func CountryByName(name string) string {
	t := tables()
	if c, ok := t.byName[name]; ok {
		return c
	}
	if strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "The ") {
		return t.byName[name[4:]]
	}
	return ""
}

// CountryOfDemonym returns the country code of a demonym or its plural
// ("Russian" → "RU", "Britons" → "GB"), or "".
func CountryOfDemonym(d string) string { return tables().byDemo[d] }

// CountryName returns a short English name of the country with the given
// code ("GB" → "United Kingdom"), or "".
func CountryName(code string) string { return tables().nameOf[code] }

// PlaceCountry returns the country code of a city, region or US state
// ("Moscow" → "RU", "Buenos Aires" → "AR"), or "".
func PlaceCountry(name string) string { return tables().places[name] }

// IsPlace reports whether name is a country or a known place.
func IsPlace(name string) bool {
	t := tables()
	_, a := t.byName[name]
	_, b := t.places[name]
	return a || b
}

// MaxPlaceWords is the number of words of the longest country or place name.
func MaxPlaceWords() int { return tables().maxWords }

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
