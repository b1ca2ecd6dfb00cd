package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/difftest"
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
	// The model with the runs kept to the end (the page has more of them
	// than dropRuns keeps), then with dropRuns after group.
	b := getBuilder(doc)
	var room bool
	want := DumpFull(doc, b.build(func(b *builder) {
		room = cap(b.names) > maxPooledNames && b.titles.len() > 0
	}))
	putBuilder(b)
	if !room {
		t.Fatal("the page has too few runs or no titles: dropRuns would keep them")
	}
	b = getBuilder(doc)
	var left string
	got := DumpFull(doc, b.build(func(b *builder) {
		b.dropRuns()
		if b.names != nil || b.titles.pages != nil || b.protos != nil || b.assigned != nil {
			left = fmt.Sprintf("dropRuns kept room for %d runs, %d titles, %d entities and %d assignments", cap(b.names), b.titles.len(), cap(b.protos), cap(b.assigned))
		}
	}))
	putBuilder(b)
	if left != "" {
		t.Error(left)
	}
	if got != want {
		t.Errorf("the model differs when the runs are let go after group:\n%s", difftest.First(want, got))
	}
	if got := DumpFull(doc, Build(doc, nil)); got != want {
		t.Errorf("Build's model differs from the one with the runs kept:\n%s", difftest.First(want, got))
	}
	if !strings.Contains(want, "Mattis") {
		t.Fatalf("the page lost its titled names:\n%.2000s", want)
	}
}
