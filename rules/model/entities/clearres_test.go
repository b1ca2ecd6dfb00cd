package entities

import "testing"

// TestClearResolution pins the window of pronouns' clear resolution: the
// pronoun's sentence and the one before it (read from Candidate.Sentence),
// where one person and nothing else that could be one resolves it. A
// person two sentences back is out of the window; a person noun inside it
// (the judge) leaves the pronoun open.
func TestClearResolution(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Mary Smith arrived. Tom Lee spoke. He left.\n", "Tom Lee"},
		{"At noon, Mary Smith arrived. Tom Lee spoke. He left.\n", "Tom Lee"},
		{"Tom Lee arrived in Leeds. Mary Smith spoke. She left.\n", "Mary Smith"},
		{"Mary Smith arrived. Tom Lee spoke to the judge. He left.\n", ""},
		{"Mary Smith arrived. Tom Lee met Anna Field. He left.\n", ""},
	} {
		_, m := buildText(t, c.text)
		if len(m.Pronouns) != 1 {
			t.Fatalf("%q: %d pronouns, want 1", c.text, len(m.Pronouns))
		}
		got := ""
		if a := m.Pronouns[0].Antecedent; a != nil {
			got = a.Name
		}
		if got != c.want {
			t.Errorf("%q: antecedent %q, want %q", c.text, got, c.want)
		}
	}
}
