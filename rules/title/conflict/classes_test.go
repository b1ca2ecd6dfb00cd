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

// release leaves no office of a person's classes in the pooled lists, not
// even past the last person's classes: the offices' strings (an Org is the
// document's own text) would keep the document alive in the pool.
func TestReleaseClearsClasses(t *testing.T) {
	doc, err := lint.Parse("a.txt", []byte("Acme chairman Jo Roe. Bolt chairman Jo Roe. Acme chairman Al Poe."), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	office := func(org string) titled {
		return titled{office: titles.Office{Cat: titles.Company, Key: "chair", Org: org, Words: []string{"x"}}}
	}
	all := []titled{office("Acme"), office("Bolt"), office("Acme")}
	wk := getWork()
	wk.classes.sort(doc, all, []int{0, 1}) // Roe: two classes
	wk.classes.sort(doc, all, []int{2})    // Poe: one
	reps := wk.classes.reps[:cap(wk.classes.reps)]
	wk.release()
	for i, o := range reps {
		if o.Org != "" || o.Key != "" || o.Words != nil {
			t.Errorf("after release, class %d of %d still holds %+v", i, len(reps), o)
		}
	}
}
