package lexicon

import "testing"

// TestIsCalendar checks that isCalendar holds the words of calendar and
// no others.
func TestIsCalendar(t *testing.T) {
	for w := range calendar {
		if !isCalendar(w) {
			t.Errorf("isCalendar(%q) = false", w)
		}
	}
	for _, w := range []string{"Monday", "mondays", "mar", "", "decembe", "week", "marches"} {
		if isCalendar(w) != calendar[w] {
			t.Errorf("isCalendar(%q) = %v, calendar %v", w, isCalendar(w), calendar[w])
		}
	}
}
