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
