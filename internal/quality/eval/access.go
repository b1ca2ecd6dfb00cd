package eval

import "sort"

// Counts are one class's numbers in a Report, as the table prints them.
type Counts struct {
	Gold, Found, TP, FP, Background, CleanFP int
}

// Counts returns the numbers of a class (zero when the class never occurred).
func (rep *Report) Counts(class string) Counts {
	s := rep.stats[class]
	if s == nil {
		return Counts{}
	}
	return Counts{s.gold, s.found, s.tp, s.fp, s.background, s.cleanFP}
}

// Classes returns the classes the report has numbers for, sorted.
func (rep *Report) Classes() []string {
	var cs []string
	for c := range rep.stats {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	return cs
}

// Missed returns the required gold entries no finding matched (of a group,
// its first member), in the order the report lists them.
func (rep *Report) Missed() []Gold {
	out := make([]Gold, len(rep.missed))
	for i, m := range rep.missed {
		out[i] = m.g
	}
	return out
}

// Flagged is a finding with the text it flags.
type Flagged struct {
	Finding
	Text string
}

// FalsePositives returns the findings on articles/ that match no gold entry
// and are not background, in output order.
func (rep *Report) FalsePositives() []Flagged {
	out := make([]Flagged, len(rep.fps))
	for i, l := range rep.fps {
		out[i] = Flagged{l.f, l.text}
	}
	return out
}
