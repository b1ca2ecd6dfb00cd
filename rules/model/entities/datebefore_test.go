package entities

import "testing"

// TestDateBefore: a day or a month before a name dates it and is not part
// of it (a day always, a month after in, on, last and the like), and a
// single-word place after in, at, from or near before a full name locates
// it; names that begin with such words stay whole.
func TestDateBefore(t *testing.T) {
	for _, c := range []struct {
		text, name string
		kind       Kind
		mentions   int
	}{
		{"The board met. On Tuesday Mr Ebbers denied the charges. Ebbers said he was innocent.", "Ebbers", Person, 2},
		{"Shares rose. The company said Monday Mary Smith would lead it. Smith said she was pleased.", "Mary Smith", Person, 2},
		{"Rugby. Danny Grewcock was banned. Last June Grewcock was banned again. Grewcock said he would appeal.", "Danny Grewcock", Person, 3},
		{"Profits rose. In September Symantec said profits had risen.", "Symantec", -1, 1},
		{"The row grew. In Leeds Tom Lee agreed. Lee said he would stay.", "Tom Lee", Person, 2},
		// Whole names: a day or month before a common word, a month that
		// is a first name without a dating word, a place that is a first
		// name, a place after no placing word.
		{"Media\n\nThe story ran in the Sunday Times on Monday. The Sunday Times said so.", "Sunday Times", Organization, 2},
		{"Media\n\nThe firm invested in March Networks last year. March Networks said so.", "March Networks", Organization, 2},
		{"The band played. April Smith sang. Smith said she was tired.", "April Smith", Person, 2},
		{"Media\n\nHe met Paris Hilton at the party. Hilton said she was happy.", "Paris Hilton", -1, 1},
		// A place before a first name and an ordinary word begins an
		// organisation's name (Seattle Grace Hospital), though Grace is a
		// first name.
		{"Crash\n\nDoctors at Seattle Grace Hospital treated him. Seattle Grace Hospital said so.", "Seattle Grace Hospital", -1, 2},
	} {
		_, m := buildText(t, c.text)
		e := find(m, c.name)
		if e == nil || c.kind >= 0 && e.Kind != c.kind || len(e.Mentions) != c.mentions {
			t.Errorf("%q: %s = %+v, want %d mentions", c.text, c.name, e, c.mentions)
		}
	}
	// A month or day before Day names a day (May Day), though Day is a
	// surname: every mention of May Day is May Day whole.
	if _, m := buildText(t, "Holiday\n\nCrowds marched on May Day in Oxford. May Day is a holiday."); find(m, "May Day") == nil {
		t.Errorf("May Day: not found")
	} else {
		for _, mm := range find(m, "May Day").Mentions {
			if mm.Text != "May Day" {
				t.Errorf("May Day: mention %q", mm.Text)
			}
		}
	}
	for _, c := range []struct{ text, not string }{
		{"The board met. On Tuesday Mr Ebbers denied the charges.", "Tuesday Ebbers"},
		{"Profits rose. In September Symantec said profits had risen.", "September Symantec"},
		{"Rugby. Last June Grewcock was banned.", "June Grewcock"},
	} {
		if _, m := buildText(t, c.text); find(m, c.not) != nil {
			t.Errorf("%q: found %s", c.text, c.not)
		}
	}
}
