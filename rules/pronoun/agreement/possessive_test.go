package agreement

import (
	"testing"

	"github.com/factlint/factlint/rules/model/entities"
)

func TestContracted(t *testing.T) {
	for w, want := range map[string]entities.Gender{
		"He's": entities.Male, "he’d": entities.Male, "HE'LL": entities.Male,
		"She's": entities.Female, "she’ll": entities.Female, "she'd": entities.Female,
		"he": entities.Unknown, "She": entities.Unknown, "Here's": entities.Unknown,
		"shell": entities.Unknown, "hers": entities.Unknown, "Sh's": entities.Unknown,
		"He's'": entities.Unknown, "": entities.Unknown, "s": entities.Unknown,
	} {
		if got := contracted(w); got != want {
			t.Errorf("contracted(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestNameGender(t *testing.T) {
	for _, c := range []struct {
		s     string
		alone bool
		want  entities.Gender
	}{
		{"Collector Anil Menon", false, entities.Male},
		{"Commissioner Divya Ramesh", false, entities.Female},
		{"Tuesday", false, entities.Unknown}, // a lone word is no person's name
		{"Gary", true, entities.Male},
		{"Gary's", true, entities.Male},
		{"Menon", false, entities.Unknown},
		{"Texas Instruments", false, entities.Unknown},
		{"", true, entities.Unknown},
	} {
		if got := nameGender(c.s, c.alone); got != c.want {
			t.Errorf("nameGender(%q, %v) = %v, want %v", c.s, c.alone, got, c.want)
		}
	}
}
