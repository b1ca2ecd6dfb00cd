package words

import "testing"

func TestKeyAndParts(t *testing.T) {
	if Key("Mid-Term") != "midterm" || Key("e‑mail") != "email" {
		t.Errorf("Key: %q %q", Key("Mid-Term"), Key("e‑mail"))
	}
	ps := Parts("like-for-like")
	if len(ps) != 3 || ps[1].Text != "for" || ps[1].Off != 5 {
		t.Errorf("Parts: %+v", ps)
	}
	if StripPossessive("Labour's") != "Labour" || StripPossessive("'s") != "'s" {
		t.Error("StripPossessive")
	}
	if MatchCase("Website", "web site") != "Web site" || MatchCase("email", "E-mail") != "e-mail" || MatchCase("us", "US") != "US" {
		t.Error("MatchCase")
	}
}
