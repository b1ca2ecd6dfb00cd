// Package age implements fact-age: one person given two different ages in
// one article.
package age

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/model/entities"
)

//go:embed doc.md
var doc string

// Rule is fact-age.
var Rule = &lint.Rule{
	Name:     "fact-age",
	Summary:  "One person given two different ages (Smith, 45, … the 47-year-old).",
	Doc:      doc,
	Severity: lint.Warning,
	Requires: []*lint.Rule{entities.Rule},
	Fixable:  true,
	Run:      run,
}

func run(p *lint.Pass) (any, error) {
	m := entities.Of(p)
	if m == nil {
		return nil, nil
	}
	if !anyTwoAges(m) {
		return nil, nil // nobody is given two ages (nearly every article)
	}
	d := p.Doc
	// Ages stated beside a name, by age: a "the 27-year-old" that matches
	// another person's stated age most likely refers to that person.
	stated := map[int][]*entities.Entity{}
	for _, e := range m.Entities {
		if e.Kind != entities.Person {
			continue
		}
		for _, a := range e.Ages {
			if !strings.HasSuffix(d.Slice(a.Span), "-year-old") {
				stated[a.Age] = append(stated[a.Age], e)
			}
		}
	}
	for _, e := range m.Entities {
		if e.Kind != entities.Person || len(e.Ages) < 2 {
			continue // fewer than two ages: nothing to compare
		}
		var ages []entities.AgeFact
		for _, a := range e.Ages {
			if strings.HasSuffix(d.Slice(a.Span), "-year-old") && statedByOther(stated[a.Age], e) {
				continue
			}
			ages = append(ages, a)
		}
		if len(ages) < 2 {
			continue
		}
		count := map[int]int{}
		for _, a := range ages {
			count[a.Age]++
		}
		if len(count) < 2 {
			continue
		}
		// The reference is the most given age; at a tie, the first.
		ref := ages[0]
		for _, a := range ages {
			if count[a.Age] > count[ref.Age] {
				ref = a
			}
		}
		for _, a := range ages {
			if a.Age == ref.Age {
				continue
			}
			if !plausibleSpan(d, a.Span) || !plausibleSpan(d, ref.Span) {
				continue
			}
			sp := numberSpan(d, a.Span)
			line := d.LineOf(ref.Span.Start)
			name := e.Name
			if name == "" {
				name = e.Surname
			}
			p.Report(lint.Diagnostic{
				Span:    sp,
				Message: fmt.Sprintf("%s is %d here but %d on line %d", name, a.Age, ref.Age, line),
				Related: []lint.Related{{Span: numberSpan(d, ref.Span), Message: fmt.Sprintf("%s is %d here", name, ref.Age)}},
				Fixes:   fixes.One(fmt.Sprintf("Use %d as on line %d", ref.Age, line), sp, strconv.Itoa(ref.Age), false),
			})
		}
	}
	return nil, nil
}

// anyTwoAges reports whether a person of the model is given two ages or
// more (m.People without its slice).
func anyTwoAges(m *entities.Model) bool {
	for _, e := range m.Entities {
		if e.Kind == entities.Person && len(e.Ages) >= 2 {
			return true
		}
	}
	return false
}

// numberSpan narrows an age span to its digits ("45-year-old" → "45").
func numberSpan(d *lint.Document, sp lint.Span) lint.Span {
	s := d.Slice(sp)
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 {
		return sp
	}
	return lint.Span{Start: sp.Start, End: sp.Start + n}
}

// plausibleSpan checks that the age is written as an age: "(45)", ", 45,",
// "aged 45", "45-year-old", and not inside a range or a list of numbers.
func plausibleSpan(d *lint.Document, sp lint.Span) bool {
	if sp.Len() == 0 || sp.End > len(d.Text) {
		return false
	}
	s := d.Slice(sp)
	if strings.HasSuffix(s, "-year-old") {
		return true
	}
	before := strings.TrimRight(d.Text[max(0, sp.Start-8):sp.Start], " \t\n")
	after := strings.TrimLeft(d.Text[sp.End:min(len(d.Text), sp.End+4)], " ")
	switch {
	case strings.HasSuffix(before, "aged"):
		return !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "to ") && !strings.HasPrefix(after, "and ")
	case strings.HasSuffix(before, "("):
		return strings.HasPrefix(after, ")")
	case strings.HasSuffix(before, ","):
		return strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".") || strings.HasPrefix(after, ";")
	}
	return false
}

func statedByOther(es []*entities.Entity, e *entities.Entity) bool {
	for _, o := range es {
		if o != e {
			return true
		}
	}
	return false
}
