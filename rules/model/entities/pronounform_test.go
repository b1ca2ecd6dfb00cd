package entities

import "testing"

// TestPronounFormOf: the switch answers as the table does, and nothing
// for other words.
func TestPronounFormOf(t *testing.T) {
	for w, want := range pronounForms {
		if got := pronounFormOf(w); got != want {
			t.Errorf("pronounFormOf(%q) = %v, want %v", w, got, want)
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
