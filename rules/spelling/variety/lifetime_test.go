package variety_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
	"github.com/factlint/factlint/rules/spelling/variety"
)

// lifetimeDocs are articles of different lengths whose spelling-variety
// Words differ (British, American and mixed spellings, dashes and titles
// for the other pooled rules), so that a list recycled from one and read
// as another's would show.
func lifetimeDocs(t *testing.T) []*lint.Document {
	t.Helper()
	lines := []string{
		"Mr. Smith said the colour of the centre was grey \u2013 a favourite of the council.\n\n",
		"Mr Jones said the color of the center was gray -- a favorite of the U.S. council.\n\n",
		"Dr. Brown will organise the programme \u2014 and realise the defence of the theatre.\n\n",
		"Dr Hansen will organize the program - and realize the defense of the theater in the US.\n\n",
		"The labour minister travelled to the catalogue fair\u2014its licence was renewed on Jan. 5.\n\n",
	}
	var docs []*lint.Document
	for k := range 8 {
		var b strings.Builder
		b.WriteString(fmt.Sprintf("Headline number %d\n\n", k))
		for i := range 3 + 7*k {
			b.WriteString(lines[(i*(k+1)+k)%len(lines)])
		}
		doc, err := lint.Parse(fmt.Sprintf("d%d.txt", k), []byte(b.String()), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// wordsOf returns a copy of the Words of spelling-variety's result for doc,
// computed by RuleResults (whose caller owns the result: never recycled).
func wordsOf(t *testing.T, doc *lint.Document) (*variety.Result, []varcon.Occurrence) {
	t.Helper()
	res, err := lint.RuleResults(doc, []*lint.Rule{variety.Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := res[variety.Rule].(*variety.Result)
	return r, slices.Clone(r.Words)
}

// A Result's Words are recycled by lint.Check, never while someone may
// still read them: a result RuleResults returned keeps its Words through
// any number of later Checks, and the rules of every Check, run at once on
// several goroutines and in batches, read their own document's Words and
// report what a Check of that document alone reports. (Run with -race.)
func TestRecycledWordsAreNoOtherDocumentsWords(t *testing.T) {
	docs := lifetimeDocs(t)
	rules := all.All()
	want := make([][]varcon.Occurrence, len(docs))
	wantDiags := make([][]lint.Diagnostic, len(docs))
	for k, doc := range docs {
		_, want[k] = wordsOf(t, doc)
		if len(want[k]) == 0 {
			t.Fatalf("doc %d: no words", k)
		}
		d, err := lint.Check(doc, rules, nil)
		if err != nil {
			t.Fatal(err)
		}
		wantDiags[k] = d
	}
	kept, keptWords := wordsOf(t, docs[len(docs)-1])
	// The probe checks, while its Check runs, that the document's Words are
	// its own (the rules that read them run before it or beside it).
	byDoc := map[*lint.Document]int{}
	for k, doc := range docs {
		byDoc[doc] = k
	}
	probe := &lint.Rule{Name: "zzz-variety-lifetime", ResultOnly: true, Requires: []*lint.Rule{variety.Rule}, Run: func(p *lint.Pass) (any, error) {
		k := byDoc[p.Doc]
		if got := lint.ResultOf[*variety.Result](p, variety.Rule).Words; !slices.Equal(got, want[k]) {
			t.Errorf("doc %d: a Check read %d words, not the document's %d", k, len(got), len(want[k]))
		}
		return nil, nil
	}}
	withProbe := append(slices.Clone(rules), probe)
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 4 {
				if (g+round)%2 == 0 {
					for i := range docs {
						k := (i*(g+2) + round) % len(docs)
						d, err := lint.Check(docs[k], withProbe, nil)
						if err != nil {
							t.Error(err)
							return
						}
						if !reflect.DeepEqual(d, wantDiags[k]) {
							t.Errorf("goroutine %d round %d: doc %d's findings differ from its Check alone", g, round, k)
						}
					}
					continue
				}
				batch := slices.Clone(docs)
				if g%2 == 1 {
					slices.Reverse(batch)
				}
				ds, errs := lint.CheckBatch(batch, withProbe, nil)
				for i, doc := range batch {
					k := byDoc[doc]
					if errs[i] != nil {
						t.Error(errs[i])
					} else if !reflect.DeepEqual(ds[i], wantDiags[k]) {
						t.Errorf("goroutine %d round %d: doc %d's findings in a batch differ from its Check alone", g, round, k)
					}
				}
			}
		}()
	}
	wg.Wait()
	if !slices.Equal(kept.Words, keptWords) {
		t.Errorf("a result RuleResults returned was overwritten by later Checks: %d words, want %d", len(kept.Words), len(keptWords))
	}
}
