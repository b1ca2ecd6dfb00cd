package lexicon

import "strings"

// EachFirstName calls f with every first name of the table as the table
// writes it (title case, ASCII: José is Jose), so that a caller can build a
// cheap test in front of FirstNameGender (capitalization-consistency keeps
// a filter of them). The order is that of the table.
func EachFirstName(f func(name string)) {
	for s := firstNamesData; s != ""; {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			line = line[:i]
		}
		if line != "" {
			f(line)
		}
	}
}
