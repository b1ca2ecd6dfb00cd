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

// With doubled spaces, the spaces before marks and the doubled spaces that
// checkDoubles finds from the text give what the walk over every token
// gives: mid-sentence, after a full stop (one, or the article's habit), in
// a table, across a line end, at a block's start.
func TestDoublesMatchWalk(t *testing.T) {
	texts := []string{
		"Rain  , then sun . Then  more ; less.  Done.\n\nA  smile.  And  a .22 rifle ,  5.",
		"Head  line\n\nOne.  Two.  Three.  Four. Five.\nName   Age\nAnn  3 | x | y\nEnd  here .",
		"  Lead  in.\r\nNext  line.  Again.\n\n\n  Indented  block.",
		"One.  Two. Three. Four  five.",
	}
	for _, s := range ruletest.Articles(t, "testdata", 100) {
		texts = append(texts, s, strings.ReplaceAll(s, ". ", ".  "), strings.Replace(strings.ReplaceAll(s, ", ", ",  "), " the ", "  the ", 3))
	}
	shortcut := func(p *lint.Pass) {
		marks, _ := spacedMarks(p.Doc.Text, nil, nil)
		for _, i := range marks {
			spaceBeforeAt(p, i)
		}
		checkDoubles(p)
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
		{"six  , x", []int{5}, true},
		{"abcdefg  x", nil, true},
		{"a\t, b\n. c\u00a0; 5 .5", []int{15}, false},
		{" ,", []int{1}, false},
	} {
		marks, double := spacedMarks(c.text, nil, nil)
		if double != c.double || !slices.Equal(marks, c.marks) {
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

// checkAll is the walk over every token that run replaced (doubled spaces,
// the article's habit after a full stop, spaces before marks), kept as the
// reference its shortcuts must match.
func checkAll(p *lint.Pass) {
	d := p.Doc
	text := d.Text
	toks := d.Tokens
	var doubles []double
	stopSingle, stopDouble := 0, 0
	tabularLine := -1 // start of the last line found to be a table
	checkedLine := -1
	// lineStart is the start of the line holding the current token, kept
	// as the tokens go by (searching back from each double space would be
	// quadratic on a long line).
	lineStart := 0
	if len(toks) > 0 {
		lineStart = strings.LastIndexAny(text[:toks[0].Span.Start], "\n\r") + 1
	}
	for k := 1; k < len(toks); k++ {
		t, prev := &toks[k], &toks[k-1]
		if t.Has(lint.NewlineBefore) || t.Block != prev.Block {
			if i := strings.LastIndexAny(text[prev.Span.End:t.Span.Start], "\n\r"); i >= 0 {
				lineStart = prev.Span.End + i + 1
			}
		}
		if t.Flags&(lint.SpaceBefore|lint.NewlineBefore) != lint.SpaceBefore || t.Block != prev.Block {
			continue
		}
		if t.Kind == lint.Punct && len(t.Text) == 1 {
			spaceBefore(p, k) // reported at once: before any doubled space, as they always were
		}
		gap := text[prev.Span.End:t.Span.Start]
		stop := prev.Kind == lint.Punct && afterStop(text[d.Blocks[t.Block].Span.Start:prev.Span.End])
		if gap == " " {
			if stop {
				stopSingle++
			}
			continue
		}
		if !allSpaces(gap) {
			continue // a tab or a special space: layout, not a slip
		}
		// A line with a run of three or more spaces, or with cells between
		// pipes, is a table.
		ls := lineStart // no line end between prev and t: they share a line
		if ls != checkedLine {
			checkedLine = ls
			le := strings.IndexAny(text[ls:], "\n\r")
			if le < 0 {
				le = len(text) - ls
			}
			if line := text[ls : ls+le]; strings.Contains(line, "   ") || strings.Count(line, "|") >= 2 {
				tabularLine = ls
			}
		}
		if tabularLine == ls {
			continue
		}
		if stop {
			stopDouble++
		}
		doubles = append(doubles, double{span: lint.Span{Start: prev.Span.End, End: t.Span.Start}, afterStop: stop})
	}
	// Two spaces after a full stop is a typewriter habit; when the article
	// keeps it up it is the article's style.
	stopStyle := stopDouble > 0 && stopDouble >= stopSingle
	reportDoubles(p, doubles, stopStyle)
}
