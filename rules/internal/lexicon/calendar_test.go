package lexicon

import (
	"strings"
	"testing"
)

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

// TestIsDayMonthName checks IsDay and IsMonthName against calendar and
// months: every day or month name capitalised or in capitals, and no
// lower-case or other word.
func TestIsDayMonthName(t *testing.T) {
	for w := range calendar {
		for _, f := range []string{TitleCase(w), strings.ToUpper(w)} {
			if IsDay(f) == months[w] || IsMonthName(f) != months[w] {
				t.Errorf("IsDay(%q) = %v, IsMonthName = %v", f, IsDay(f), IsMonthName(f))
			}
		}
		if IsDay(w) || IsMonthName(w) {
			t.Errorf("lower-case %q taken for a name", w)
		}
	}
	for _, w := range []string{"", "Mon", "Week", "Mayor", "Junes", "SUNDAYS"} {
		if IsDay(w) || IsMonthName(w) {
			t.Errorf("%q taken for a day or month", w)
		}
	}
}
