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

// TestSpeakerSlipNoSpeech checks that speakerSlip turns away an opener
// before no speech verb by itself (markMixed, which marks a speaker word
// seen elsewhere, does not cover it here): the opener "Tang was" is no
// speaker word, so the folded form it shares with Täng stays an ordinary
// name word, and Täng is compared with Tan. Had speakerSlip taken the
// opener, the shared word would be a speaker word, marked mixed, and the
// pair dropped.
func TestSpeakerSlipNoSpeech(t *testing.T) {
	_, m := buildText(t, "The analyst Rebecca Tan expects rates to rise.\n\nThe trader Rebecca Täng agrees.\n\nTang was the bank's pick in March.\n")
	found := false
	for _, nm := range m.NearMisses {
		if nm.Word == "Täng" && nm.RefWord == "Tan" {
			found = true
			if nm.Speaker {
				t.Errorf("Täng ~ Tan: a speaker slip (%+v)", nm)
			}
		}
	}
	if !found {
		t.Errorf("no near miss of Täng for Tan: %+v", m.NearMisses)
	}
}
