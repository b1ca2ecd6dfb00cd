package varcon

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules/spelling/internal/varcon/internal/tablegen"
)

func TestLookup(t *testing.T) {
	cases := []struct {
		word string
		c    Category
		ok   bool
		repl string
	}{
		{"colour", American, false, "color"},
		{"color", British, false, "colour"},
		{"canceled", British, false, "cancelled"},
		{"organization", BritishIZE, true, ""},
		{"organization", British, false, "organisation"},
		{"defence", British, true, ""},
	}
	for _, c := range cases {
		e, found := Lookup(c.word)
		if !found {
			t.Errorf("%s: not in the table", c.word)
			continue
		}
		if e.Accepted(c.c) != c.ok || e.Repl(c.c) != c.repl {
			t.Errorf("%s in %d: accepted %v, repl %q; want %v, %q", c.word, c.c, e.Accepted(c.c), e.Repl(c.c), c.ok, c.repl)
		}
	}
	if _, found := Lookup("table"); found {
		t.Error("a word spelt alike everywhere is in the table")
	}
}

// TestTableUpToDate regenerates the table from VarCon when the source is
// at hand and compares it with the embedded one.
func TestTableUpToDate(t *testing.T) {
	src := filepath.Join("..", "..", "..", "..", "..", "shared", "data", "spelling", "varcon.txt")
	if _, err := os.Stat(src); err != nil {
		t.Skip("VarCon source not present")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "table.tsv")
	cmd := exec.Command("go", "run", "./gen", "-varcon", src, "-out", out, "-go", filepath.Join(dir, "table_gen.go"))
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("table.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("table.tsv is out of date: run go generate")
	}
}

// TestGoTableUpToDate regenerates table_gen.go, the table the program
// reads, from table.tsv in memory and compares it with the committed one.
func TestGoTableUpToDate(t *testing.T) {
	tsv, err := os.ReadFile("table.tsv")
	if err != nil {
		t.Fatal(err)
	}
	got, err := tablegen.Go(string(tsv))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("table_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("table_gen.go is out of date with table.tsv: run go generate")
	}
	// The table as the program reads it is table.tsv, line by line.
	n := 0
	for ln := range strings.SplitSeq(string(tsv), "\n") {
		f := strings.Split(ln, "\t")
		if len(f) != 7 {
			continue
		}
		e, ok := Lookup(f[0])
		if !ok || word(n) != f[0] {
			t.Fatalf("%q: not the table's word %d", f[0], n)
		}
		for k := 0; k < 5; k++ {
			if e.Level[k] != f[1][k]-'0' || e.Repl(Category(k)) != f[2+k] {
				t.Fatalf("%q: entry %v", f[0], e)
			}
		}
		n++
	}
	if n != nWords {
		t.Errorf("%d words in table.tsv, %d in the table", n, nWords)
	}
}

// The filter in front of the table passes every word of the table and of a
// Set, and few others.
func TestFilter(t *testing.T) {
	for i := 0; i < nWords; i++ {
		if w := word(i); !tableFilter.MayHave(hashLower(w)) {
			if _, clean := wordHash(w); clean {
				t.Fatalf("the filter drops %q", w)
			}
		}
	}
	set := NewSet(map[string]bool{"licence": true, "kerb": true, "no": false})
	if !set.filter().MayHave(hashLower("kerb")) || !set.filter().MayHave(hashLower("colour")) || !set.m["licence"] || set.m["no"] {
		t.Error("Set")
	}
	// wordHash is the hash of the lower-case form, for every length, and
	// tells words of letters and apostrophes from all others, whatever the
	// position of the odd byte.
	const letters = "aBcDeFgHiJkLmNoPqRsTuVwXyZ'zYxWvUtSrQpOnMlKjIhGfEdCbA"
	odd := []byte{'-', '0', '9', '.', '@', '[', '`', '{', 0x07, 0x27 | 0x80, 0xc3, 0xe2, 'A' | 0x80}
	for n := 1; n <= 40; n++ {
		w := strings.Repeat(letters, 1+n/len(letters))[:n]
		h, ok := wordHash(w)
		if lh, lok := wordHash(strings.ToLower(w)); !ok || !lok || h != lh || h != hashLower(strings.ToLower(w)) {
			t.Errorf("wordHash(%q) = %x %v, of its lower case %x %v", w, h, ok, lh, lok)
		}
		for k := 0; k < n; k++ {
			for _, c := range odd {
				b := []byte(w)
				b[k] = c
				if _, ok := wordHash(string(b)); ok {
					t.Errorf("wordHash(%q) takes byte %#x", b, c)
				}
			}
		}
	}
	if _, ok := wordHash(""); ok {
		t.Error("wordHash takes the empty word")
	}
	// Made-up words pass rarely.
	pass, n := madeUpPasses(func(w string) bool { return tableFilter.MayHave(hashLower(w)) })
	if pass*100 > n*8 {
		t.Errorf("%d of %d words not in the table pass the filter", pass, n)
	}
}

// The index finds every clean word of the table and of a Set, in any case,
// and no other word.
func TestIndex(t *testing.T) {
	set := NewSet(map[string]bool{"zorblax": true, "colour": true})
	x := set.index()
	for i := 0; i < nWords; i++ {
		w := word(i)
		h, clean := wordHash(w)
		if !clean {
			continue
		}
		up := strings.ToUpper(w[:1]) + w[1:]
		if lw, e := findTable(h, up); lw != w || e != &entries[i] {
			t.Fatalf("index: %q not found", up)
		}
		if x.find(h, up) != "" {
			t.Fatalf("index: %q of the table in the Set's own index", up)
		}
	}
	if h, _ := wordHash("Zorblax"); x.find(h, "Zorblax") != "zorblax" {
		t.Error("index: a word of the Set alone")
	}
	if h, _ := wordHash("Colour"); x.find(h, "Colour") != "" {
		t.Error("index: a word of the Set and the table is in the Set's own index")
	}
	for _, w := range []string{"table", "colours'", "Colr", "zorblaxes", "the"} {
		h, _ := wordHash(w)
		if lw, e := findTable(h, w); e != nil || lw != "" || x.find(h, w) != "" {
			t.Errorf("index: %q found", w)
		}
	}
	if e, ok := Lookup("sweep-stake"); !ok || e.Repl(American) != "sweepstakes" {
		t.Errorf("Lookup of a word with a hyphen: %v %v", e, ok)
	}
}

// TestEntryHoldsNoPointer: an Entry is numbers only, so that the table of
// entries (one per word, in the binary's data) gives the collector no
// pointer to scan at each cycle; its replacements are word numbers.
func TestEntryHoldsNoPointer(t *testing.T) {
	typ := reflect.TypeFor[Entry]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		k := f.Type.Kind()
		if k == reflect.Array {
			k = f.Type.Elem().Kind()
		}
		if k < reflect.Bool || k > reflect.Complex128 {
			t.Errorf("Entry.%s is a %s: the table would hold pointers", f.Name, f.Type)
		}
	}
}
