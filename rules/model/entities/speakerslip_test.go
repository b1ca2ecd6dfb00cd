package entities

import "testing"

// TestSpeakerSlip checks which sentence openers before a speech verb
// nearMisses compares with the names (see speakerSlip): a known surname
// that is no first name, and only before said, says, told or added.
func TestSpeakerSlip(t *testing.T) {
	for _, c := range []struct {
		text string
		slip bool
	}{
		{"The analyst Rebecca Tan expects rates to rise.\n\nTang said the bank would act in March.\n", true},
		{"The analyst Rebecca Tan expects rates to rise.\n\nTang told reporters the bank would act.\n", true},
		// No speech verb after it: the opener is an ordinary word.
		{"The analyst Rebecca Tan expects rates to rise.\n\nTang was the bank's pick in March.\n", false},
		// A first name (Will said) is no slip for a surname (Wall).
		{"The analyst Bill Wall expects rates to rise.\n\nWill said the bank would act in March.\n", false},
	} {
		_, m := buildText(t, c.text)
		slip := false
		for _, nm := range m.NearMisses {
			if nm.Word == "Tang" || nm.Word == "Will" {
				slip = true
			}
		}
		if slip != c.slip {
			t.Errorf("%q: near miss of the opener %v, want %v (near misses %+v)", c.text, slip, c.slip, m.NearMisses)
		}
	}
}
