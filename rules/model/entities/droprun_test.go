package entities

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestDropRuns checks that a page of more names than a free builder keeps
// lets go of its runs once group is done, and that its model is the one
// built with the runs kept to the end (the passes after group do not read
// them), titles and all.
func TestDropRuns(t *testing.T) {
	page := "Defense Secretary Jim Mattis met Prime Minister Theresa May. " + namePage(maxPooledNames+1000) +
		" Mattis said Minister May agreed."
	doc, err := lint.Parse("page.txt", []byte(page), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	// The model with the runs kept: Build's passes, without dropRuns.
	b := getBuilder(doc)
	b.m = newModel()
	b.scanCase()
	b.findRuns()
	b.group()
	if cap(b.names) <= maxPooledNames || b.titles.len() == 0 {
		t.Fatalf("the page has room for %d runs and %d titles: dropRuns would keep them", cap(b.names), b.titles.len())
	}
	b.appositions()
	b.titleOnly()
	b.pronouns()
	b.decideGender()
	b.nearMisses()
	b.m.settle()
	want := DumpFull(doc, b.m)
	putBuilder(b)

	b = getBuilder(doc)
	b.m = newModel()
	b.scanCase()
	b.findRuns()
	b.group()
	b.dropRuns()
	if b.names != nil || b.titles.pages != nil || b.protos != nil || b.assigned != nil {
		t.Errorf("dropRuns kept room for %d runs, %d titles, %d entities and %d assignments", cap(b.names), b.titles.len(), cap(b.protos), cap(b.assigned))
	}
	putBuilder(b)
	if got := DumpFull(doc, Build(doc, nil)); got != want {
		t.Errorf("the model differs when the runs are let go after group:\n%s", firstDiff(want, got))
	}
	if !strings.Contains(want, "Mattis") {
		t.Fatalf("the page lost its titled names:\n%.2000s", want)
	}
}
