package titles

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestTable checks the built-in table: every country the brief names is
// there, every form belongs to a known country, has wrong forms in lower
// case, and does not "correct" an office to itself.
func TestTable(t *testing.T) {
	tab := Default()
	for _, code := range []string{"US", "GB", "CA", "AU", "RU", "FR", "DE", "IN", "CN", "JP", "EU", "UN"} {
		c := tab.Countries[code]
		if c == nil || len(c.Modifiers) == 0 {
			t.Errorf("country %s missing or without modifiers", code)
			continue
		}
		n := 0
		for _, f := range tab.Forms {
			if f.Country == code {
				n++
			}
		}
		if n == 0 {
			t.Errorf("country %s has no wrong forms", code)
		}
	}
	seen := map[string]bool{}
	for _, f := range tab.Forms {
		if tab.Countries[f.Country] == nil {
			t.Errorf("form %v: unknown country", f.Wrong)
		}
		if len(f.Wrong) == 0 {
			t.Errorf("form of %s → %q has no wrong forms", f.Country, f.Right)
		}
		for _, w := range f.Wrong {
			if w != strings.ToLower(w) || strings.TrimSpace(w) != w || w == "" {
				t.Errorf("%s: wrong form %q is not trimmed lower case", f.Country, w)
			}
			if strings.EqualFold(w, f.Right) {
				t.Errorf("%s: %q corrected to itself", f.Country, w)
			}
			if seen[f.Country+"|"+w] {
				t.Errorf("%s: %q listed twice", f.Country, w)
			}
			seen[f.Country+"|"+w] = true
		}
	}
	if got := tab.CountryCode("United States"); got != "US" {
		t.Errorf("CountryCode(United States) = %q", got)
	}
	if got := tab.CountryCode("uk"); got != "GB" {
		t.Errorf("CountryCode(uk) = %q", got)
	}
	ext := tab.Extend([]Entry{{Country: "Canada", Wrong: "Secretary  of State", Right: "Foreign Affairs Minister"}, {Country: "Atlantis", Wrong: "x", Right: "y"}})
	if len(ext.Forms) != len(tab.Forms)+1 || ext.Forms[len(ext.Forms)-1].Wrong[0] != "secretary of state" {
		t.Errorf("Extend: got %d forms, want %d with the Canadian entry folded", len(ext.Forms), len(tab.Forms)+1)
	}
}

func parse(t *testing.T, s string) *lint.Document {
	t.Helper()
	d, err := lint.Parse("t.txt", []byte(s), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDominant(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Headline\n\nWASHINGTON (Wire) - The White House said Congress would vote. US officials agreed. Russia objected.", "US"},
		{"Headline\n\nMPs at Westminster voted on the bill. Labour and the Tories clashed in the Commons.", "GB"},
		{"Headline\n\nFrance and Germany met in Paris. Berlin and Paris agreed.", ""},
	} {
		got, _ := NewContext(parse(t, c.text)).Dominant()
		if got != c.want {
			t.Errorf("Dominant(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestTitleBefore(t *testing.T) {
	for _, c := range []struct {
		text, name string
		cat        Category
		key        string
		modifier   string
	}{
		{"He met Trade and Industry Secretary Jan Holt.", "Jan", Government, "industry+trade", ""},
		{"He met Chancellor of the Exchequer Jan Holt.", "Jan", Government, "finance", ""},
		{"He met Secretary of Defense Jan Holt.", "Jan", Government, "defence", ""},
		{"He met former Home Secretary Jan Holt.", "Jan", Government, "home", "former"},
		{"He met shadow Home Secretary Jan Holt.", "Jan", Government, "home", "shadow"},
		{"He met Telewest chief executive Jan Holt.", "Jan", Company, "ceo", ""},
		{"He met Lib Dem leader Jan Holt.", "Jan", Party, "libdem", ""},
		{"He met Commons leader Jan Holt.", "Jan", NoCategory, "", ""},
		{"He met Nokia President Jan Holt.", "Jan", NoCategory, "president", ""},
		{"He met Home Office minister Jan Holt.", "Jan", Government, "*", ""},
		{"He met Sen. Jan Holt.", "Jan", Government, "senate", ""},
	} {
		d := parse(t, c.text)
		i := 0
		for i < len(d.Tokens) && d.Tokens[i].Text != c.name {
			i++
		}
		os := TitleBefore(d, NewContext(d), i)
		if len(os) == 0 {
			t.Errorf("%q: no title", c.text)
			continue
		}
		o := os[0]
		if o.Cat != c.cat || c.cat != NoCategory && o.Key != c.key || o.Modifier != c.modifier {
			t.Errorf("%q: got %+v, want cat %d key %q modifier %q", c.text, o, c.cat, c.key, c.modifier)
		}
	}
}

// TestStripPossessive checks the table-driven fast path against the plain
// rule: a possessive ends in s after an apostrophe, or in an apostrophe.
func TestStripPossessive(t *testing.T) {
	for _, c := range []struct{ in, out string }{
		{"Brown's", "Brown"}, {"Brown’s", "Brown"}, {"BROWN'S", "BROWN"}, {"Jones'", "Jones"}, {"Jones’", "Jones"},
		{"Jones`", "Jones"}, {"Brown", "Brown"}, {"bus", "bus"}, {"'s", "'s"}, {"s", "s"}, {"", ""}, {"’", "’"},
		{"Brown‘s", "Brown‘s"}, {"café", "café"}, {"X's", "X"},
	} {
		got, ok := StripPossessive(c.in)
		if got != c.out || ok != (c.out != c.in) {
			t.Errorf("StripPossessive(%q) = %q, %v; want %q", c.in, got, ok, c.out)
		}
	}
}

func TestKeySieve(t *testing.T) {
	var s keySieve
	words := []string{"Minister", "minister", "MINISTER", "Sen.", "x", "Außenminister"}
	for _, w := range words {
		s.add(w)
	}
	for _, w := range words {
		if !s.has(w) {
			t.Errorf("sieve turns away %q, which was added", w)
		}
	}
	if s.has("") {
		t.Error("sieve takes the empty word")
	}
	passed := 0
	for _, w := range strings.Fields("the said that for was with from have this they were been which their would about") {
		if s.has(w) {
			passed++
		}
	}
	if passed > 1 {
		t.Errorf("%d common words pass a sieve of six", passed)
	}
}

// TestLowerWordIsToLower checks that lowerWord is strings.ToLower for the
// words of the tables and for words with other characters than ASCII
// letters and digits, and notInTables for the other words of letters and
// digits (its callers compare it with the tables' words only).
func TestLowerWordIsToLower(t *testing.T) {
	words := []string{"", "a", "Secretary", "SECRETARY", "secretary", "Gordon", "Ex-Foreign", "Défense", "\u212Aing", "Prime", "PM", "Of", "x-Y"}
	for w := range knownLower() {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		got, want := lowerWord(w), strings.ToLower(w)
		_, known := knownLower()[want]
		switch {
		case known || !alnumASCII(w):
			if got != want {
				t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
			}
		case got != notInTables:
			// A word of letters and digits outside the tables may stand
			// for itself only as a word no table has.
			t.Errorf("lowerWord(%q) = %q, want notInTables", w, got)
		}
	}
}
