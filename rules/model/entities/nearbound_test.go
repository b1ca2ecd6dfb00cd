package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestNearMissesBounded: a page of look-alike codes, each a near miss of
// several others and written many times, gets at most maxNearMisses near
// misses between its words (one per occurrence per look-alike would be
// thousands here, and hundreds of thousands on a 1 MB page).
func TestNearMissesBounded(t *testing.T) {
	defer func(n int) { maxNearMisses = n }(maxNearMisses)
	var paras []string
	for i := range 4000 {
		paras = append(paras, fmt.Sprintf("Word%d", i%200))
	}
	src := []byte(strings.Join(paras, "\n\n") + "\n")
	build := func() int {
		doc, err := lint.Parse("codes.txt", src, lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		return len(Build(doc, nil).NearMisses)
	}
	all := build()
	if all <= 100 {
		t.Fatalf("%d near misses unbounded: the page no longer makes many (the test needs a new page)", all)
	}
	maxNearMisses = 100
	if got := build(); got > 100 || got < 90 {
		t.Errorf("%d near misses with the bound at 100 (%d without a bound), want close to 100 and not over", got, all)
	}
}
