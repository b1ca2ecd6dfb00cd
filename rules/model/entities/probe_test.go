package entities

import "testing"

// Found by probing with US and British copy unlike the dev corpus.
func TestProbeNames(t *testing.T) {
	// A first name before a surname that is also a word, when the surname
	// is capitalised mid-sentence elsewhere (Mr. Lander).
	_, m := buildText(t, "Budget signed\n\nBrad Lander, the city comptroller, warned that the budget was optimistic. Mr. Lander said the city should save more.\n")
	if e := find(m, "Brad Lander"); e == nil || len(e.Mentions) < 2 {
		t.Errorf("Brad Lander not one person with two mentions: %+v", e)
	}
	// Post-nominal letters are not part of the name, and an age after them counts.
	_, m = buildText(t, "Fraud case\n\nHis barrister, Simon Mortimer KC, 58, said his client was sorry. Mortimer said the sentence was too long.\n")
	e := find(m, "Simon Mortimer")
	if e == nil {
		t.Fatal("no person Simon Mortimer")
	}
	if e.Surname != "Mortimer" || len(e.Mentions) < 2 || len(e.Ages) != 1 || e.Ages[0].Age != 58 {
		t.Errorf("Simon Mortimer: surname %q, %d mentions, ages %+v", e.Surname, len(e.Mentions), e.Ages)
	}
}
