package entities

import "testing"

// TestResemblanceOfKeys: the score from the keys is Resemblance's.
func TestResemblanceOfKeys(t *testing.T) {
	names := []string{"Patterson", "Paterson", "Lindqvist", "Lindquist", "Matisse", "Mathis", "Petrova", "Petreva",
		"Zoë", "Brontë", "Bronte", "O'Neill", "ONeil", "Khodorkovsky", "Hodorkovski", "", "-", "Ng", "Śmigły", "Smigly"}
	for _, a := range names {
		for _, b := range names {
			got := ResemblanceOfKeys(ResemblanceKey(a), ResemblanceKey(b))
			if k := ResemblanceKeyOfFold(Fold(a)); k != ResemblanceKey(a) {
				t.Errorf("ResemblanceKeyOfFold(Fold(%q)) = %q, ResemblanceKey = %q", a, k, ResemblanceKey(a))
			}
			if want := Resemblance(a, b); got != want {
				t.Errorf("ResemblanceOfKeys(%q, %q) = %v, Resemblance = %v", a, b, got, want)
			}
		}
	}
}
