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
		wk := getWork(len(doc.Tokens))
		all := wk.collect(doc)
		g := make([]int, min(len(all), maxPersonTitles))
		for x := range g {
			g[x] = x
		}
		cls.sort(doc, all, g)
		if len(cls.reps) < len(g) {
			shared++
		}
		conflicts += checkClasses(t, doc, &cls, all, g)
		wk.release(len(doc.Tokens))
	}
	if conflicts == 0 || shared == 0 {
		t.Fatalf("%d conflicting pairs, %d articles with titles of one class: the articles no longer exercise the classes", conflicts, shared)
	}
}

// checkClasses fails the test where the classes of the titles g of all
// answer otherwise than the questions asked of each pair of titles, and
// returns the conflicting pairs.
func checkClasses(t *testing.T, doc *lint.Document, cls *officeClasses, all []titled, g []int) (conflicts int) {
	t.Helper()
	support := make([]int, len(g))
	for x := range g {
		a := all[g[x]].office
		for y := range g {
			b := all[g[y]].office
			if x != y && titles.Same(a, b) && !crossConvention(doc, a, b) {
				support[x]++
			}
			if x < y && cls.conflict(x, y) != (titles.Conflicts(a, b) || crossConvention(doc, a, b)) {
				t.Errorf("%q %+v and %q %+v: conflict %v", doc.Slice(a.Span), a, doc.Slice(b.Span), b, cls.conflict(x, y))
			}
			if x < y && cls.conflict(x, y) {
				conflicts++
			}
		}
	}
	if got := cls.countSupport(); !slices.Equal(got, support) {
		t.Errorf("support %v, want %v", got, support)
	}
	return conflicts
}

// Titles written alike that differ in a field the questions read (a
// country or organisation before the title, a modifier, the post the
// words name) are in classes of their own: each field in turn, with titles
// beside them that the field decides a conflict with.
func TestOfficeClassesFields(t *testing.T) {
	doc, err := lint.Parse("a.txt", []byte("Senator Senator Rep. Secretary Secretary"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	span := func(i int) lint.Span { return doc.Tokens[i].Span }
	senator := titles.Office{Cat: titles.Government, Key: "senate", Span: span(0)}
	rep := titles.Office{Cat: titles.Government, Key: "house", Country: "US", Span: span(2)}
	home := titles.Office{Cat: titles.Government, Key: "home", Words: []string{"home"}, Span: span(3)}
	health := titles.Office{Cat: titles.Government, Key: "health", Words: []string{"health"}, Span: span(4)}
	chair := titles.Office{Cat: titles.Company, Key: "chair", Org: "Acme", Span: span(3)}
	ceo := titles.Office{Cat: titles.Company, Key: "ceo", Org: "Acme", Span: span(4)}
	cases := []struct {
		name        string
		base, other titles.Office
		change      func(*titles.Office)
	}{
		{"country", senator, rep, func(o *titles.Office) { o.Country = "AU" }},
		{"modifier", senator, rep, func(o *titles.Office) { o.Modifier = "former" }},
		{"key", senator, rep, func(o *titles.Office) { o.Key = "house" }},
		{"category", senator, rep, func(o *titles.Office) { o.Cat = titles.Party }},
		{"words", home, health, func(o *titles.Office) { o.Words = []string{"health", "home"} }},
		{"org", chair, ceo, func(o *titles.Office) { o.Org = "Bolt" }},
	}
	var cls officeClasses
	for _, c := range cases {
		changed := c.base
		c.change(&changed)
		// The changed title first, and again last: the class of the first
		// title of a kind is the one asked about.
		all := []titled{{office: changed}, {office: c.base}, {office: c.other}, {office: c.base}, {office: changed}}
		g := []int{0, 1, 2, 3, 4}
		cls.sort(doc, all, g)
		if len(cls.reps) != 3 {
			t.Errorf("%s: %d classes, want 3", c.name, len(cls.reps))
		}
		checkClasses(t, doc, &cls, all, g)
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
	wk := getWork(len(doc.Tokens))
	wk.classes.sort(doc, all, []int{0, 1}) // Roe: two classes
	wk.classes.sort(doc, all, []int{2})    // Poe: one
	reps := wk.classes.reps[:cap(wk.classes.reps)]
	wk.release(len(doc.Tokens))
	for i, o := range reps {
		if o.Org != "" || o.Key != "" || o.Words != nil {
			t.Errorf("after release, class %d of %d still holds %+v", i, len(reps), o)
		}
	}
}
