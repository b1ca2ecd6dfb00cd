package varcon

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
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
		if e.Accepted(c.c) != c.ok || e.Repl[c.c] != c.repl {
			t.Errorf("%s in %d: accepted %v, repl %q; want %v, %q", c.word, c.c, e.Accepted(c.c), e.Repl[c.c], c.ok, c.repl)
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
	out := filepath.Join(t.TempDir(), "table.tsv")
	cmd := exec.Command("go", "run", "./gen", "-varcon", src, "-out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != tableData {
		t.Error("table.tsv is out of date: run go generate")
	}
}

// The filter in front of the table passes every word of the table and of a
// Set, and few others.
func TestFilter(t *testing.T) {
	tab := table()
	for w := range tab.m {
		if !tab.filter.mayHave(hashLower(w)) {
			t.Fatalf("the filter drops %q", w)
		}
	}
	set := NewSet(map[string]bool{"licence": true, "kerb": true, "no": false})
	if !set.filter().mayHave(hashLower("kerb")) || !set.filter().mayHave(hashLower("colour")) || !set.m["licence"] || set.m["no"] {
		t.Error("Set")
	}
	// wordHash is the hash of the lower-case form, for every length, and
	// tells words of letters and apostrophes from all others, whatever the
	// position of the odd byte; hashAt agrees with it on words of letters
	// up to 16 bytes long, whatever follows them in the text.
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
		if n > 16 {
			continue
		}
		plain := strings.ReplaceAll(w, "'", "q")
		ph, _ := wordHash(plain)
		for _, after := range []string{" and more text", "'s colour", "\xe2\x80\x99s and so on", "-operate with them"} {
			text := "x " + plain + after + strings.Repeat(" ", 16)
			if h, ok := hashAt(text, 2, n); !ok || h != ph {
				t.Errorf("hashAt(%q) = %x %v, wordHash %x", text, h, ok, ph)
			}
			for k := 0; k < n; k++ {
				for _, c := range append(odd, '\'') {
					b := []byte(text)
					b[2+k] = c
					if _, ok := hashAt(string(b), 2, n); ok {
						t.Errorf("hashAt(%q, 2, %d) takes byte %#x", b, n, c)
					}
				}
			}
		}
	}
	if _, ok := wordHash(""); ok {
		t.Error("wordHash takes the empty word")
	}
	if _, ok := hashAt(strings.Repeat(" ", 20), 2, 0); ok {
		t.Error("hashAt takes the empty word")
	}
	// Made-up words pass rarely.
	pass, n := 0, 0
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			for _, mid := range []string{"qu", "xtr", "mbl", "zzo"} {
				w := string(a) + mid + string(b) + "ing"
				if _, ok := tab.m[w]; ok {
					continue
				}
				n++
				if tab.filter.mayHave(hashLower(w)) {
					pass++
				}
			}
		}
	}
	if pass*100 > n*8 {
		t.Errorf("%d of %d words not in the table pass the filter", pass, n)
	}
}

// The index finds every clean word of the table and of a Set, in any case,
// and no other word.
func TestIndex(t *testing.T) {
	set := NewSet(map[string]bool{"zorblax": true, "colour": true})
	x := set.index()
	tab := table()
	for w, i := range tab.m {
		h, clean := wordHash(w)
		if !clean {
			continue
		}
		up := strings.ToUpper(w[:1]) + w[1:]
		k := x.find(h, up)
		if k < 0 || x.words[k] != w || x.ents[k] != &tab.entries[i] {
			t.Fatalf("index: %q not found", up)
		}
	}
	if h, _ := wordHash("Zorblax"); x.find(h, "Zorblax") < 0 || x.ents[x.find(h, "Zorblax")] != &noEntry {
		t.Error("index: a word of the Set alone")
	}
	if h, _ := wordHash("Colour"); x.find(h, "Colour") < 0 || x.ents[x.find(h, "Colour")] == &noEntry {
		t.Error("index: a word of the Set and the table has no entry")
	}
	for _, w := range []string{"table", "colours'", "Colr", "zorblaxes", "the"} {
		if h, _ := wordHash(w); x.find(h, w) >= 0 {
			t.Errorf("index: %q found", w)
		}
	}
}
