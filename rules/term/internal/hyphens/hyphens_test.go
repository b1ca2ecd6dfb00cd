package hyphens

import "testing"

func TestKnown(t *testing.T) {
	for _, w := range []string{"team-mates", "dressing-room", "hat-trick", "long-term", "file-sharers"} {
		if !Known(w) {
			t.Errorf("%s is used in news copy", w)
		}
	}
	for _, w := range []string{"interest-rates", "central-bank", "lowest-level", "", "zz-zz"} {
		if Known(w) {
			t.Errorf("%s is no compound of news copy", w)
		}
	}
}

func TestClosed(t *testing.T) {
	closed := map[string]bool{}
	for _, w := range Closed() {
		closed[w] = true
		if !Known(w) {
			t.Errorf("%s is in Closed but not in the list", w)
		}
	}
	for _, w := range []string{"year-old", "well-known", "five-year"} {
		if !closed[w] {
			t.Errorf("%s is never written closed up in news copy", w)
		}
	}
	// written closed up too (teammates, filmmaking), or counted too seldom
	// for the absence of a closed form to tell (short-lived)
	for _, w := range []string{"team-mates", "film-making", "roll-out", "short-lived", "hat-trick"} {
		if closed[w] {
			t.Errorf("%s is not one news copy never writes closed up", w)
		}
	}
}
