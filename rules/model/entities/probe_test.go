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

// A person's title before an initial and a surname makes a person with
// that surname (Governor K. Subramanian), not an other name.
func TestProbeTitleInitial(t *testing.T) {
	_, m := buildText(t, "Rates held\n\nGovernor K. Subramanian told reporters the bank would wait. Subramanian said prices were still rising.\n")
	e := find(m, "K. Subramanian")
	if e == nil || e.Kind != Person || e.Surname != "Subramanian" || len(e.Mentions) < 2 {
		t.Errorf("K. Subramanian not one person with surname Subramanian and two mentions: %+v", e)
	}
	// A lower-case title noun and a comma before the name do the same.
	_, m = buildText(t, "Rates held\n\nThe bank's governor, K. Subramanian, told reporters it would wait.\n")
	if e := find(m, "K. Subramanian"); e == nil || e.Kind != Person {
		t.Errorf("K. Subramanian in apposition not a person: %+v", e)
	}
	// Without a title, a capitalised word then an initial is no person
	// on the strength of the initial alone.
	_, m = buildText(t, "Plan\n\nThe council backed Plan B. Officials said it would cost less.\n")
	if e := find(m, "Plan B."); e != nil && e.Kind == Person {
		t.Errorf("Plan B. read as a person: %+v", e)
	}
}
