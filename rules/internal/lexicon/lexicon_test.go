package lexicon

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules/internal/keyindex"
	"github.com/factlint/factlint/rules/internal/lexicon/internal/placetab"
)

func TestFirstNames(t *testing.T) {
	for name, want := range map[string]Gender{
		"Patricia": Female, "Jim": Male, "Vladimir": Male, "Chris": Unisex, "JAMES": Male,
		"Mahmoud": Male, "Xqzw": NotAName, "": NotAName,
		// Diacritics, composed or decomposed, and in capitals.
		"Thérèse": Female, "The\u0301re\u0300se": Female, "JOSÉ": Male, "François": Male, "Zoë": Female,
		"Ñxqzw": NotAName, "Ωμέγα": NotAName,
	} {
		if got := FirstNameGender(name); got != want {
			t.Errorf("FirstNameGender(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCommonFirstNames(t *testing.T) {
	for name, want := range map[string]bool{"Joel": true, "Kelly": true, "Patricia": true, "Sony": false, "Jupiter": false} {
		if got := IsCommonFirstName(name); got != want {
			t.Errorf("IsCommonFirstName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	for w, want := range map[string]bool{"Officials": true, "The": true, "Sunday": true, "Mattis": false, "Khusyaynova": false, "table": true} {
		if got := IsCommonWord(w); got != want {
			t.Errorf("IsCommonWord(%q) = %v, want %v", w, got, want)
		}
	}
	if !IsSurname("Smyth") || IsSurname("Stallnoe") || !IsKnownName("Busch") {
		t.Error("IsSurname")
	}
	if !IsProperName("Moscow") || IsProperName("moscow") {
		t.Error("IsProperName")
	}
}

func TestCountries(t *testing.T) {
	for in, want := range map[string]string{"Britain": "GB", "Russia": "RU", "U.S.": "US", "United States": "US", "Argentina": "AR", "Narnia": ""} {
		if got := CountryByName(in); got != want {
			t.Errorf("CountryByName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Russian": "RU", "British": "GB", "American": "US", "Americans": "US", "Chinese": "CN", "French": "FR", "Table": "",
		"U.S.": "US"} { // a country's name before a noun, though U.S. is also the Virgin Islands' adjective
		if got := CountryOfDemonym(in); got != want {
			t.Errorf("CountryOfDemonym(%q) = %q, want %q", in, got, want)
		}
	}
	if PlaceCountry("Buenos Aires") != "AR" || PlaceCountry("Moscow") != "RU" || !IsPlace("Washington") {
		t.Error("places")
	}
	if CountryName("RU") == "" {
		t.Error("CountryName")
	}
}

func BenchmarkIsCommonWord(b *testing.B) {
	for i := 0; i < b.N; i++ {
		IsCommonWord("Officials")
	}
}

func TestLoadTime(t *testing.T) {
	// Every table loads once; a lookup of each must not take long.
	IsCommonWord("x")
	IsFirstName("x")
	IsSurname("x")
	IsProperName("x")
	CountryByName("x")
}

// TestIndexesUpToDate rebuilds each list's index in memory and compares it
// with the one embedded beside the list, so that a list changed without
// go generate fails here.
func TestIndexesUpToDate(t *testing.T) {
	for _, l := range []struct {
		name string
		t    *keyindex.Table
	}{{"firstnames", firstNames}, {"surnames", surnames}, {"words", words}, {"propernames", proper}} {
		idx, err := keyindex.Build(l.t.List())
		if err != nil {
			t.Fatal(err)
		}
		if idx != l.t.Index() {
			t.Errorf("data/%s.idx is out of date with its list: run go generate", l.name)
		}
	}
}

// Every key of every list is found with the value of its first line, and
// keys that differ from one a little are not.
func TestFindEveryKey(t *testing.T) {
	for _, tab := range []*keyindex.Table{firstNames, surnames, words, proper} {
		first := map[string]string{}
		for ln := range strings.SplitSeq(tab.List(), "\n") {
			if ln == "" {
				continue
			}
			k, v, _ := strings.Cut(ln, "\t")
			if _, ok := first[k]; !ok {
				first[k] = v
			}
		}
		for k, want := range first {
			if v, ok := tab.Find(k); !ok || v != want {
				t.Fatalf("find(%q) = %q, %v; want %q", k, v, ok, want)
			}
			for _, other := range []string{k + "x", k[:len(k)-1], "x" + k, k + "\t", k + "\n"} {
				if _, dup := first[other]; dup {
					continue
				}
				if _, ok := tab.Find(other); ok {
					t.Fatalf("find(%q) found", other)
				}
			}
		}
		if _, ok := tab.Find(""); ok {
			t.Error("the empty key is found")
		}
	}
}

// TestPlacesUpToDate parses the country and place lists again, writes
// their tables in memory and compares them with places_gen.go; then every
// lookup answers as the parsed tables do.
func TestPlacesUpToDate(t *testing.T) {
	var lists [2]string
	for i, name := range []string{"data/countries.tsv", "data/places.tsv"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		lists[i] = string(b)
	}
	tab := placetab.Parse(lists[0], lists[1])
	src, err := placetab.Go(tab)
	if err != nil {
		t.Fatal(err)
	}
	if gen, err := os.ReadFile("places_gen.go"); err != nil || !bytes.Equal(gen, src) {
		t.Fatalf("places_gen.go is out of date with data/countries.tsv and data/places.tsv: run go generate (%v)", err)
	}
	keys := map[string]int{}
	for _, m := range []map[string]string{tab.ByName, tab.ByDemo, tab.Places} {
		for k := range m {
			keys[k]++
		}
	}
	for k := range keys {
		_, name := tab.ByName[k]
		_, place := tab.Places[k]
		if CountryByName(k) != tab.ByName[k] || CountryOfDemonym(k) != tab.ByDemo[k] ||
			PlaceCountry(k) != tab.Places[k] || IsPlace(k) != (name || place) {
			t.Errorf("%q: %q %q %q %v", k, CountryByName(k), CountryOfDemonym(k), PlaceCountry(k), IsPlace(k))
		}
		if c, ok := tab.ByName[k]; ok && CountryByName("the "+k) != c {
			if _, own := tab.ByName["the "+k]; !own {
				t.Errorf("the %s: %q", k, CountryByName("the "+k))
			}
		}
		for _, other := range []string{k + "x", "x" + k, k[1:]} {
			if _, ok := keys[other]; !ok && (CountryOfDemonym(other) != "" || PlaceCountry(other) != "" || IsPlace(other)) {
				t.Errorf("%q is found", other)
			}
		}
	}
	for _, c := range []string{"", "GB", "US", "EU", "ZZ", "A", "ZZZ"} {
		if got := CountryName(c); got != tab.NameOf[c] {
			t.Errorf("CountryName(%q) = %q, want %q", c, got, tab.NameOf[c])
		}
	}
	for c, n := range tab.NameOf {
		if got := CountryName(c); got != n {
			t.Errorf("CountryName(%q) = %q, want %q", c, got, n)
		}
	}
	if MaxPlaceWords() != tab.MaxWords {
		t.Errorf("MaxPlaceWords() = %d, want %d", MaxPlaceWords(), tab.MaxWords)
	}
	EachPlaceKey(func(k string) { keys[k]-- })
	for k, n := range keys {
		if n != 0 {
			t.Errorf("EachPlaceKey: %q %d times too few", k, n)
		}
	}
}

func TestIsMonth(t *testing.T) {
	for _, w := range []string{"january", "may", "december"} {
		if !IsMonth(w) || !IsCommonWord(w) {
			t.Errorf("%s: want a month and a common word", w)
		}
	}
	for _, w := range []string{"monday", "sept", "January", "mayday"} {
		if IsMonth(w) {
			t.Errorf("%s is no month (in lower case)", w)
		}
	}
	if !IsCommonWord("Sunday") {
		t.Error("Sunday is a calendar word")
	}
}
