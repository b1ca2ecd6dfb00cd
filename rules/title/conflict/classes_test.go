package conflict

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/title/internal/titles"
)

// officeClasses answers, for every pair of titles, what asking titles.Same,
// titles.Conflicts and crossConvention about the two titles answers: on the
// titles of each test article and development article, taken as the titles
// of one person (so that titles of many kinds meet).
func TestOfficeClassesMatchPairs(t *testing.T) {
	var cls officeClasses
	conflicts, shared := 0, 0
	for _, s := range ruletest.Articles(t, "testdata", 400) {
		doc, err := lint.Parse("article.txt", []byte(s), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		wk := getWork()
		all := wk.collect(doc)
		g := make([]int, min(len(all), maxPersonTitles))
		for x := range g {
			g[x] = x
		}
		cls.sort(doc, all, g)
		if len(cls.reps) < len(g) {
			shared++
		}
		support := make([]int, len(g))
		for x := range g {
			a := all[g[x]].office
			for y := range g {
				b := all[g[y]].office
				if x != y && titles.Same(a, b) && !crossConvention(doc, a, b) {
					support[x]++
				}
				if x < y && cls.conflict(x, y) != (titles.Conflicts(a, b) || crossConvention(doc, a, b)) {
					t.Errorf("%q and %q: conflict %v", doc.Slice(a.Span), doc.Slice(b.Span), cls.conflict(x, y))
				}
				if x < y && cls.conflict(x, y) {
					conflicts++
				}
			}
		}
		if got := cls.countSupport(); !slices.Equal(got, support) {
			t.Errorf("support %v, want %v", got, support)
		}
		wk.release()
	}
	if conflicts == 0 || shared == 0 {
		t.Fatalf("%d conflicting pairs, %d articles with titles of one class: the articles no longer exercise the classes", conflicts, shared)
	}
}
