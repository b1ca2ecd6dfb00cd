package fold

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLookupMatchesToLower(t *testing.T) {
	m := map[string]int{"people": 1, "kill": 2, "straße": 3, "": 4, "i̇stanbul": 5, strings.Repeat("a", 60): 6}
	for _, s := range []string{
		"people", "People", "PEOPLE", "pEoPlE", "peoples", "kill", "\u212Aill", "KILL", "Straße", "STRASSE",
		"", "İstanbul", "istanbul", strings.Repeat("A", 60), strings.Repeat("a", 60), "x\xffy", "PEOPLE\xff",
	} {
		want, wantOK := m[strings.ToLower(s)]
		got, ok := Lookup(m, s)
		if got != want || ok != wantOK {
			t.Errorf("Lookup(%q) = %d, %v; want %d, %v", s, got, ok, want, wantOK)
		}
		if Has(m, s) != wantOK || Get(m, s) != want {
			t.Errorf("Has/Get(%q) disagree with Lookup", s)
		}
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	m := map[string]bool{"people": true}
	n := testing.AllocsPerRun(100, func() {
		if !Has(m, "People") || Has(m, "CHILDREN") || !Has(m, "people") {
			t.Fatal("wrong answer")
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per run, want 0", n)
	}
}

func BenchmarkHas(b *testing.B) {
	m := map[string]bool{"people": true, "children": true}
	words := []string{"The", "people", "said", "CHILDREN", "were", "Safe"}
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Has(m, w)
		}
	}
}

func TestTableMatchesToLower(t *testing.T) {
	m := map[string]int{"two": 2, "three": 3, "twenty": 20, "straße": 9, "&": 1, "u.s.": 4, "kill": 5}
	tab := NewTable(m)
	for _, s := range []string{
		"two", "Two", "TWO", "tWo", "the", "To", "three", "Three", "thre", "twenty", "TWENTY", "twentY",
		"Straße", "STRASSE", "&", "U.S.", "u.s", "\u212Aill", "kill", "", "x", "twoo", "two\xff",
	} {
		want, wantOK := m[strings.ToLower(s)]
		got, ok := tab.Lookup(s)
		if got != want || ok != wantOK {
			t.Errorf("Table.Lookup(%q) = %d, %v; want %d, %v", s, got, ok, want, wantOK)
		}
		if tab.Has(s) != wantOK || tab.Get(s) != want {
			t.Errorf("Table.Has/Get(%q) disagree with Lookup", s)
		}
	}
}

func TestTableSievesMostWords(t *testing.T) {
	tab := NewTable(map[string]bool{"two": true, "three": true, "four": true, "people": true})
	passed := 0
	words := strings.Fields("the said that for was with from have this they were been which their would about there after into more other than")
	for _, w := range words {
		if tab.May(w) {
			passed++
		}
	}
	if passed > 2 {
		t.Errorf("%d of %d common words pass a sieve of four words", passed, len(words))
	}
}

// TestPreimagesComplete checks, over every character, that preimages finds
// all that lower-case to it.
func TestPreimagesComplete(t *testing.T) {
	want := map[rune][]rune{}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l != r {
			want[l] = append(want[l], r)
		}
	}
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if unicode.ToLower(c) != c {
			continue // never in a lower-case word
		}
		pre := preimages(c)
		for _, r := range want[c] {
			if !slices.Contains(pre, r) {
				t.Errorf("preimages(%q) misses %U", c, r)
			}
		}
		for _, r := range pre {
			if unicode.ToLower(r) != c {
				t.Errorf("preimages(%q) has %U, which lower-cases to %U", c, r, unicode.ToLower(r))
			}
		}
	}
}

func TestSieveNeverMissesASpelling(t *testing.T) {
	words := []string{"six", "kick", "killed", "istanbul", "straße", "σοφία", "u.s.", "&", "x", "naïve"}
	var sv Sieve
	for _, w := range words {
		sv.Add(w)
	}
	for _, s := range []string{"SIX", "S\u0130X", "six", "\u212AICK", "KIC\u212A", "kic\u212A", "\u212AILLED", "\u0130STANBUL",
		"STRAßE", "ΣΟΦΊΑ", "Σοφία", "U.S.", "&", "X", "NAÏVE", "Naïve"} {
		if strings.ToLower(s) == "" || !slices.Contains(words, strings.ToLower(s)) {
			t.Fatalf("bad test word %q (lower %q)", s, strings.ToLower(s))
		}
		if !sv.May(s) {
			t.Errorf("sieve turns away %q", s)
		}
	}
}

// Add's way for ASCII words sets the bits its general way sets, for every
// word of the tables' sort, long words with many letters of several
// spellings (k, s, i) and words past its limits.
func TestSieveASCIIAsGeneral(t *testing.T) {
	words := []string{"a", "k", "s", "i", "x", "said", "kiss", "u.s.", "&", "o'neill", "well-known", "7", "kkkkkkkk",
		"sissies", "skiskiskiskiski", strings.Repeat("kis", 20), strings.Repeat("ks", 32), strings.Repeat("k", 65),
		strings.Repeat("sik", 22), "Capital", "naïve", "", "\x7f~{}|"}
	for c := byte(0); c < utf8.RuneSelf; c++ {
		words = append(words, string(c), "a"+string(c), string(c)+"z"+string(c))
	}
	for _, w := range words {
		var fast, general Sieve
		if !fast.addASCII(w) {
			fast.addAny(w)
		}
		general.addAny(w)
		if fast != general {
			t.Errorf("%q: the ASCII way differs from the general way (all %v, %v)", w, fast.all, general.all)
		}
	}
}
