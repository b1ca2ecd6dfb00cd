package varcon

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
)

// The filter keyed by Fold passes every clean word of the table and of a
// Set, in any case, and few others.
func TestFoldFilter(t *testing.T) {
	set := NewSet(map[string]bool{"zorblax": true, "program": true})
	folds := set.folds()
	for i := 0; i < nWords; i++ {
		w := word(i)
		if _, clean := wordHash(w); !clean {
			continue
		}
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			if !tableFolds().may(lint.FoldHash(v)) || !folds.may(lint.FoldHash(v)) {
				t.Fatalf("the Fold filter drops %q", v)
			}
		}
	}
	if !folds.may(lint.FoldHash("Zorblax")) {
		t.Error("the Set's Fold filter drops a word of the Set alone")
	}
	pass, n := madeUpPasses(func(w string) bool { return folds.may(lint.FoldHash(w)) })
	if pass*100 > n*2 {
		t.Errorf("%d of %d words not in the table pass the Fold filter", pass, n)
	}
}

// Scan finds what looking up every word the thorough way finds: its
// filters (the Fold filter, the hyphens and apostrophes) drop none of
// them. Made-up sentences with possessives, compounds, odd bytes and odd
// capitals, and the dev corpus when it is at hand.
func TestScanDropsNothing(t *testing.T) {
	texts := []string{
		"Colour's role in the well-organised parade: a co-operative re\u2011organise of the colour\u2019s centre's work.\n\n" +
			"COLOUR and McColour, iColour, ColoUr, programme-maker, colour's's, o'colour, colour2, col\u00f3ur, the-colour-.\n\n" +
			"Internationalisation and Americanisation of the theatre; the centres' programmes' 'colour' and -colour- " +
			"in a flavour-filled labour-saving behaviour, an anti-organise's pro-analyse's. The color",
		"Organisation",
		"'s colour-'s -'- ' - favour",
	}
	if dev, ok := corpus.Dev(); ok {
		names, _ := filepath.Glob(filepath.Join(dev, "articles", "*.txt"))
		if len(names) > 80 {
			names = names[:80]
		}
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	var all foldFilter
	for i := range all.f {
		all.f[i] = ^uint64(0)
	}
	set := NewSet(map[string]bool{"practice": true, "program": true, "towards": true})
	for k, text := range texts {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		for _, extra := range []*Set{nil, set} {
			got, want := Scan(doc, extra), scanAll(doc, extra, &all)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("text %d: Scan finds %d words, looking up every word %d", k, len(got), len(want))
			}
			if k == 0 && len(want) < 15 {
				t.Errorf("text 0: only %d words found", len(want))
			}
		}
	}
}

// madeUpPasses counts the made-up words not in the table (n) and those of
// them that passes lets through.
func madeUpPasses(passes func(w string) bool) (pass, n int) {
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			for _, mid := range []string{"qu", "xtr", "mbl", "zzo"} {
				w := string(a) + mid + string(b) + "ing"
				if _, ok := Lookup(w); ok {
					continue
				}
				n++
				if passes(w) {
					pass++
				}
			}
		}
	}
	return pass, n
}

// scanAll is Scan with a filter keyed by Fold that passes every word: it
// looks up every word the thorough way.
func scanAll(doc *lint.Document, extra *Set, all *foldFilter) []Occurrence {
	s := newScanner(doc, extra)
	s.folds, s.stopAt = all, all
	occ, _ := s.run()
	return occ
}
