package lexicon

import "testing"

func TestFirstNames(t *testing.T) {
	for name, want := range map[string]Gender{
		"Patricia": Female, "Jim": Male, "Vladimir": Male, "Chris": Unisex, "JAMES": Male,
		"Mahmoud": Male, "Xqzw": NotAName, "": NotAName,
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
	for in, want := range map[string]string{"Russian": "RU", "British": "GB", "American": "US", "Americans": "US", "Chinese": "CN", "French": "FR", "Table": ""} {
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
