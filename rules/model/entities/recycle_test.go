package entities_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/factlint/factlint/internal/difftest"
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
	"github.com/factlint/factlint/rules/model/entities"
)

// recycleDoc is one document of the recycling test.
type recycleDoc struct {
	name string
	src  []byte
}

// recycleDocs are the invented articles and, when the corpus is there,
// 30 dev articles (read from ../shared, never copied).
func recycleDocs(t *testing.T) []recycleDoc {
	var docs []recycleDoc
	for i, a := range entities.ReuseArticles {
		docs = append(docs, recycleDoc{fmt.Sprintf("reuse-%d.txt", i), []byte(a)})
	}
	dir := "../../../../shared/corpus/dev/articles"
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(names)
	for _, p := range names[:min(30, len(names))] {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, recycleDoc{filepath.Base(p), src})
	}
	return docs
}

// checker runs every rule and a probe that dumps the model as the last
// rule of the Check (the model is recycled right after it).
type checker struct {
	rules []*lint.Rule
	dump  string
}

func newChecker() *checker {
	c := &checker{}
	probe := &lint.Rule{Name: "zzz-model-probe", ResultOnly: true, Requires: []*lint.Rule{entities.Rule}, Run: func(p *lint.Pass) (any, error) {
		c.dump = entities.DumpFull(p.Doc, entities.Of(p))
		return nil, nil
	}}
	c.rules = append(append([]*lint.Rule(nil), all.All()...), probe)
	return c
}

// run checks d and returns its findings and its model's dump.
func (c *checker) run(t *testing.T, d recycleDoc) (string, string) {
	doc, err := lint.Parse(d.name, d.src, lint.FormatOf(d.name))
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, c.rules, nil)
	if err != nil {
		t.Fatalf("%s: %v", d.name, err)
	}
	return fmt.Sprintf("%+v", diags), c.dump
}

// A model built in a recycled model's memory is the model built in fresh
// memory, and so are the findings of every rule: documents checked in
// turn, one after another and on several goroutines at once (run with
// -race), each compared with a run that never recycles.
func TestRecycledModelsMatchFreshOnes(t *testing.T) {
	docs := recycleDocs(t)
	entities.SetRecycling(false)
	fresh := newChecker()
	wantDiags, wantDump := make([]string, len(docs)), make([]string, len(docs))
	for i, d := range docs {
		wantDiags[i], wantDump[i] = fresh.run(t, d)
	}
	entities.SetRecycling(true)
	defer entities.SetRecycling(true)
	compare := func(c *checker, i int) {
		diags, dump := c.run(t, docs[i])
		if diags != wantDiags[i] {
			t.Errorf("%s: findings differ after recycling:\n%s", docs[i].name, difftest.First(wantDiags[i], diags))
		}
		if dump != wantDump[i] {
			t.Errorf("%s: model differs after recycling:\n%s", docs[i].name, difftest.First(wantDump[i], dump))
		}
	}
	// In turn: forwards, then backwards (a long document's store serves a
	// short one and the other way round).
	c := newChecker()
	for round := 0; round < 2; round++ {
		for k := range docs {
			i := k
			if round == 1 {
				i = len(docs) - 1 - k
			}
			compare(c, i)
		}
	}
	// At once: each goroutine starts at another document.
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := newChecker()
			for k := range docs {
				compare(c, (k+g*7)%len(docs))
			}
		}()
	}
	wg.Wait()
}

// Recycle empties the model, and a second call does nothing.
func TestRecycleEmptiesTheModel(t *testing.T) {
	doc, err := lint.Parse("a.txt", []byte(entities.ReuseArticles[0]), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	m := entities.Build(doc, nil)
	if len(m.Entities) == 0 || len(m.Pronouns) == 0 {
		t.Fatal("the article has no entities or pronouns")
	}
	m.Recycle()
	if m.Entities != nil || m.Pronouns != nil || m.At(0) != nil {
		t.Error("a recycled model still has entities")
	}
	m.Recycle()
}
