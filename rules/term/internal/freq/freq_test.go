package freq

import "testing"

func TestBand(t *testing.T) {
	if Band("the") < 15 || Band("government") < 12 {
		t.Errorf("the %d, government %d: want the commonest bands", Band("the"), Band("government"))
	}
	if Band("executrices") != 0 || Band("zzzq") != 0 {
		t.Error("a rare word has band 0")
	}
	if Band("central")-Band("centime") < 3 || Band("digital")-Band("dignity") < 3 {
		t.Error("a common word is three bands above the slip that looks like it")
	}
	for _, w := range []string{"premarket", "midyear", "nonbank"} {
		if !Compound(w) {
			t.Errorf("%s is a compound", w)
		}
	}
	for _, w := range []string{"premature", "executrices", "central", "re"} {
		if Compound(w) {
			t.Errorf("%s is no compound", w)
		}
	}
}
