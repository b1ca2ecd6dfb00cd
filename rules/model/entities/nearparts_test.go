package entities

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/difftest"
	"github.com/factlint/factlint/lint"
)

// lookalikePage is a made-up page of many people whose surnames are one
// letter apart from another's (Darrowby, Darowby, Darrowbi), so that the
// near-miss search has many candidate pairs.
func lookalikePage() string {
	firsts := []string{"Anna", "Brian", "Clara", "David", "Ellen", "Frank", "Grace", "Henry"}
	heads := []string{"Dar", "Ket", "Mal", "Pem", "Quil", "Ros", "Stal", "Thwai", "Under", "Weth", "Ash", "Blen"}
	tails := []string{"rowby", "tering", "linson", "berton", "feather", "siter", "lybrass", "hill", "erell", "combe"}
	var sb strings.Builder
	for i := range 1200 {
		s := heads[i%len(heads)] + tails[i/len(heads)%len(tails)]
		switch k := i / (len(heads) * len(tails)) % 4; k {
		case 1: // a letter dropped
			p := 2 + i%(len(s)-3)
			s = s[:p] + s[p+1:]
		case 2: // a letter changed at the end
			s = s[:len(s)-1] + "i"
		case 3: // a made-up suffix makes a word of its own
			s += string(rune('a' + i%26))
		}
		fmt.Fprintf(&sb, "%s %s said on Monday that the council had met. %s agreed.\n\n", firsts[i%len(firsts)], s, s)
	}
	return sb.String()
}

// TestBoundedTables: the model is the same when candidatePairs takes its
// keys in parts (maxKeySlots) and the document's word table stops growing
// (maxLocal) as when neither bound is reached, on a page of look-alike
// names and on the invented articles.
func TestBoundedTables(t *testing.T) {
	sameNearModel(t, "with the tables bounded", func() func() {
		k, l := maxKeySlots, maxLocal
		maxKeySlots, maxLocal = 64, 512
		return func() { maxKeySlots, maxLocal = k, l }
	})
}

// sameNearModel checks that the model of the look-alike page (which must
// have many near misses) and of the invented articles is the same after
// set, which changes a bound of the model (what says how) and returns what
// puts it back, as before.
func sameNearModel(t *testing.T, what string, set func() (restore func())) {
	t.Helper()
	docs := append([]string{lookalikePage()}, reuseArticles...)
	want := make([]string, len(docs))
	for i, d := range docs {
		var n int
		want[i], n = dumpNear(t, d)
		if i == 0 && n < 50 {
			t.Fatalf("the look-alike page has %d near misses, want many (the test needs a new page)", n)
		}
	}
	defer set()()
	for i, d := range docs {
		if got, _ := dumpNear(t, d); got != want[i] {
			t.Errorf("document %d: the model differs %s:\n%s", i, what, difftest.First(want[i], got))
		}
	}
}

// TestPartPairs: candidatePairs finds the same pairs when it takes the
// keys in parts (maxKeySlots lowered) as in one table, for the words of
// the look-alike page.
func TestPartPairs(t *testing.T) {
	doc, err := lint.Parse("t.txt", []byte(lookalikePage()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	b := getBuilder(doc)
	defer putBuilder(b)
	var list []nameWord
	seen := map[string]bool{}
	for i := range doc.Tokens {
		tk := &doc.Tokens[i]
		if tk.Kind != lint.Word || seen[tk.Text] || len(tk.Text) < 3 {
			continue
		}
		seen[tk.Text] = true
		id := b.docID(tk.Text)
		if f := b.foldID(id); !seen[f] {
			seen[f] = true
			list = append(list, nameWord{key: f, text: tk.Text, id: id})
		}
	}
	want := slices.Clone(b.candidatePairs(list))
	if len(want) < 100 {
		t.Fatalf("%d candidate pairs, want many (the test needs a new page)", len(want))
	}
	defer func(k int) { maxKeySlots = k }(maxKeySlots)
	for _, k := range []int{4096, 256, 16} {
		maxKeySlots = k
		if got := b.candidatePairs(list); !slices.Equal(got, want) {
			t.Errorf("maxKeySlots %d: %d pairs, want %d", k, len(got), len(want))
		}
	}
}

// TestNameWordsBounded: a document's first maxNameWords distinct name
// words are compared, the later ones with none: a slip at the end of a
// long list of names is found without the bound and not with it, and one
// at the start is found either way.
func TestNameWordsBounded(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Anna Darrowby said on Monday that the council had met. Darowby agreed.\n\n")
	for i := range 300 {
		// Distinct made-up names: Zab, Zac, ... Zbab (base 26 after a Z).
		name := []byte{'Z'}
		for n := i + 26; n > 0; n /= 26 {
			name = append(name, byte('a'+n%26))
		}
		fmt.Fprintf(&sb, "Mr %s spoke.\n\n", name)
	}
	sb.WriteString("Brian Kettering said on Monday that the council had met. Ketering agreed.\n\n")
	found := func() map[string]bool {
		doc, err := lint.Parse("t.txt", []byte(sb.String()), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		words := map[string]bool{}
		for _, nm := range Build(doc, nil).NearMisses {
			words[nm.Word] = true
		}
		return words
	}
	if w := found(); !w["Darowby"] || !w["Ketering"] {
		t.Fatalf("without the bound: near misses %v, want Darowby and Ketering", w)
	}
	defer func(n int) { maxNameWords = n }(maxNameWords)
	maxNameWords = 100
	if w := found(); !w["Darowby"] || w["Ketering"] {
		t.Errorf("with the bound at 100: near misses %v, want Darowby and not Ketering", w)
	}
}

// dumpNear builds the model of text and returns its dump and its number of
// near misses.
func dumpNear(t testing.TB, text string) (string, int) {
	t.Helper()
	doc, err := lint.Parse("t.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	m := Build(doc, nil)
	var sb strings.Builder
	if err := dumpModel(&sb, doc, m); err != nil {
		t.Fatal(err)
	}
	return sb.String(), len(m.NearMisses)
}
