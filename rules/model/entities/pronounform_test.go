package entities

import "testing"

// pronounForms is what pronounFormOf must answer for each pronoun.
var pronounForms = map[string]pronounForm{
	"he": {Male, Subjective}, "him": {Male, Objective}, "his": {Male, Possessive}, "himself": {Male, Reflexive},
	"she": {Female, Subjective}, "her": {Female, Objective}, "hers": {Female, Possessive}, "herself": {Female, Reflexive},
}

// TestPronounFormOf: the switch answers as the table does, and nothing
// for other words; pronounWords lists the same pronouns, and each form's
// word (pronounForm.word) is its pronoun.
func TestPronounFormOf(t *testing.T) {
	if len(pronounWords) != len(pronounForms) {
		t.Errorf("pronounWords has %d words, the table %d", len(pronounWords), len(pronounForms))
	}
	for _, w := range pronounWords {
		if _, ok := pronounForms[w]; !ok {
			t.Errorf("pronounWords has %q, the table does not", w)
		}
	}
	for w, want := range pronounForms {
		if got := pronounFormOf(w); got != want {
			t.Errorf("pronounFormOf(%q) = %v, want %v", w, got, want)
		}
		if got := want.word(); got != w {
			t.Errorf("the word of %q's form %v is %q", w, want, got)
		}
		if !isPronounForm(w) {
			t.Errorf("isPronounForm(%q) = false", w)
		}
	}
	for _, w := range []string{"", "it", "He", "hes", "they", "herselves"} {
		if got := pronounFormOf(w); got != (pronounForm{}) {
			t.Errorf("pronounFormOf(%q) = %v, want none", w, got)
		}
	}
}
