package entities

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// reuseArticles are invented news copy with names, titles, pronouns,
// near misses and words in common, so that a reused builder meets words
// it has seen before in another document.
var reuseArticles = []string{
	`Shipping group fined over Tyne spill

Northline Shipping has been fined £2m after diesel leaked into the River Tyne, the Environment Agency said.

The company's chief executive, Margaret Oduya, said she regretted the spill. Ms Oduya told the court the firm had replaced its pumps.

Judge Peter Hallam said the harm was serious. Hallam added that the 52-year-old had co-operated fully, and Oduyah's board had paid for the clean-up.
`,
	`Minister defends rail timetable

Transport Secretary Daniel Kerrigan has defended the new rail timetable after a week of cancellations.

Mr Kerrigan, 47, said he would meet the operators on Monday. The minister said passengers deserved better.

River freight was also hit, campaigners said. Margaret Oduya, chief executive of Northline Shipping, said freight had also been hit. Kerigan's officials said the timetable would be reviewed in May.
`,
	`Club appoints new manager

Harrow Rovers have appointed Lucia Ferraro as manager on a three-year deal.

Ferraro, who led Ascoli to promotion, said she was delighted. The club said her first match would be against Tyne United on Saturday.

Chairman Robert Ainsley said Ferrarro had impressed the board. Ainsley, 61, said the club would back her in the transfer window.
`,
}

// dumpAll builds and dumps the articles; before runs before each one.
func dumpAll(before func()) ([]string, error) {
	var out []string
	for i, a := range reuseArticles {
		before()
		doc, err := lint.Parse(filepath.Join("t", string(rune('a'+i))+".txt"), []byte(a), lint.FormatText)
		if err != nil {
			return nil, err
		}
		var sb strings.Builder
		if err := Dump(&sb, doc, nil); err != nil {
			return nil, err
		}
		out = append(out, sb.String())
	}
	return out, nil
}

func dumps(t *testing.T, before func()) []string {
	t.Helper()
	out, err := dumpAll(before)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func dropBuilders() {
	builders.Lock()
	builders.free = nil
	builders.Unlock()
}

// TestBuilderReuse checks that a builder reused across documents, with a
// vocabulary that grows, or is frozen and drops each document's new words,
// builds the same models as a fresh one.
func TestBuilderReuse(t *testing.T) {
	defer func(n int) { maxVocab = n; dropBuilders() }(maxVocab)
	dropBuilders()
	want := dumps(t, dropBuilders)
	if !strings.Contains(want[0], "Oduyah") || !strings.Contains(want[1], "Kerrigan") {
		t.Fatalf("the test articles lost their point:\n%s\n%s", want[0], want[1])
	}
	for _, limit := range []int{1 << 15, 40, 1} {
		maxVocab = limit
		dropBuilders()
		for round := 0; round < 3; round++ {
			got := dumps(t, func() {})
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("maxVocab %d, round %d, article %d: model differs from a fresh builder's\ngot:\n%s\nwant:\n%s", limit, round, i, got[i], want[i])
				}
			}
		}
	}
}

// TestBuildConcurrent builds the articles on several goroutines at once
// (run with -race): each Build takes its own builder.
func TestBuildConcurrent(t *testing.T) {
	dropBuilders()
	want := dumps(t, dropBuilders)
	type result struct {
		dumps []string
		err   error
	}
	done := make(chan result)
	for g := 0; g < 4; g++ {
		go func() {
			var r result
			for round := 0; round < 5 && r.err == nil; round++ {
				r.dumps, r.err = dumpAll(func() {})
			}
			done <- r
		}()
	}
	for g := 0; g < 4; g++ {
		r := <-done
		if r.err != nil {
			t.Fatal(r.err)
		}
		got := r.dumps
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("article %d: concurrent build differs", i)
			}
		}
	}
}

func TestPronounForms(t *testing.T) {
	for w := range pronounForms {
		if !isPronounForm(w) {
			t.Errorf("isPronounForm(%q) = false", w)
		}
	}
	for _, w := range []string{"hi", "hes", "shed", "h", ""} {
		if isPronounForm(w) {
			t.Errorf("isPronounForm(%q) = true", w)
		}
	}
}
