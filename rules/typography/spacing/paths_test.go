package spacing

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// Without a doubled space, the marks after a space that spacedMarks finds
// give what the walk over every token gives.
func TestShortcutMatchesWalk(t *testing.T) {
	var texts []string
	for _, s := range append([]string{
		"Rain , then sun . Then : more ; less.\n\nA smile :) and a .22 rifle , 5 x ,y \"quoted\" , done .",
		"Head\n\nOne , two .\nThree ; four : five .",
	}, ruletest.Articles(t, "testdata", 100)...) {
		for strings.Contains(s, "  ") {
			s = strings.ReplaceAll(s, "  ", " ")
		}
		texts = append(texts, s)
	}
	shortcut := func(p *lint.Pass) {
		marks, double := spacedMarks(p.Doc.Text, nil, nil)
		if double {
			t.Fatal("a doubled space found in text without one")
		}
		for _, i := range marks {
			spaceBeforeAt(p, i)
		}
	}
	ruletest.Same(t, Rule.Name, texts, checkAll, shortcut)
}

func TestSpacedMarks(t *testing.T) {
	for _, c := range []struct {
		text   string
		marks  []int
		double bool
	}{
		{"", nil, false},
		{"a , b . c ; d : e,f", []int{2, 6, 10, 14}, false},
		{"twelve b , x", []int{9}, false},
		{"eight b ,", []int{8}, false},
		{"seven b  x", nil, true},
		{"abcdefg  x", nil, true},
		{"a\t, b\n. c\u00a0; 5 .5", []int{15}, false},
		{" ,", []int{1}, false},
	} {
		marks, double := spacedMarks(c.text, nil, nil)
		if double != c.double || !c.double && !slices.Equal(marks, c.marks) {
			t.Errorf("spacedMarks(%q) = %v, %v; want %v, %v", c.text, marks, double, c.marks, c.double)
		}
	}
}

// The search for the marks hands every mark that may run two words
// together to runOns, and only those.
func TestSpacedMarksRunOns(t *testing.T) {
	text := "He said,but the room.He asked why?Then x.Y and 5 .5 , ok ."
	var got []int
	marks, double := spacedMarks(text, nil, func(i int) { got = append(got, i) })
	slices.Sort(got)
	if want := []int{7, 20, 33}; !slices.Equal(got, want) {
		t.Errorf("runOns got %v, want %v", got, want)
	}
	if want := []int{49, 52, 57}; double || !slices.Equal(marks, want) {
		t.Errorf("marks %v, %v; want %v", marks, double, want)
	}
}
