package entities

import "testing"

func TestDropOne(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"thompson", "thomson", true}, {"benitez", "bnitez", true}, {"whitfield", "witfield", true},
		{"evans", "evan", false},           // the last letter: another surname as often as a slip
		{"cotterills", "cotterill", false}, // a possessive after an s
		{"lewis", "ewis", false},           // the first letter
		{"lewis", "lwis", true},            // five letters, the second dropped
		{"bair", "bar", false},             // shorter than five
		{"thompson", "thomsen", false},     // a letter dropped and another changed
		{"smith", "smith", false},
		{"thompson", "thomson", true},
	} {
		if got := dropOne(c.a, c.b); got != c.want {
			t.Errorf("dropOne(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := dropOne(c.b, c.a); got != c.want {
			t.Errorf("dropOne(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}

// TestSharedFirstDrop: a surname with one letter dropped inside is a near
// miss when both full names share their first name, unless the two are
// namesakes each introduced with a description or each spelling is
// written twice or more.
func TestSharedFirstDrop(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the deviant word reported, "" for none
	}{
		{"Columnist Bill Thompson wrote the report. It was published on Monday. Bill Thomson is a regular guest on the programme.", "Thomson"},
		{"Columnist Bill Thompson wrote the report. Bill Thompson said so. Bill Thomson agreed. Bill Thomson left.", ""},
		{"Bill Thompson, the columnist, wrote it. Bill Thomson, a farmer, read it.", ""},
		{"Bill Thompson wrote the report. Ann Thomson read it.", ""},
		{"Rugby star Mark Evans met Mark Evan at the launch.", ""},
		{"John Smith, who runs the shop, is standing. John Smyth, a retired sergeant, is standing too. Mr Smith spoke. John Smyth said he was ready.", ""},
		{"Builder John Smith is standing. The club backs John Smyth. Mr Smith spoke. John Smyth said he was ready.", "Smyth"},
	} {
		_, m := buildText(t, c.text)
		got := ""
		for _, nm := range m.NearMisses {
			if nm.Count <= nm.RefCount {
				got = nm.Word
			}
		}
		if got != c.want {
			t.Errorf("%q: near miss %q, want %q (%+v)", c.text, got, c.want, m.NearMisses)
		}
	}
}
