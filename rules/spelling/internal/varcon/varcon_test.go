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
	if !set.filter.mayHave(hashLower("kerb")) || !set.m["licence"] || set.m["no"] {
		t.Error("Set")
	}
	// lowerHash agrees with hashLower.
	var buf [64]byte
	for _, w := range []string{"Colour", "ORGANISATION", "o'clock", "defence"} {
		n, h, ok := lowerHash(w, &buf)
		if !ok || string(buf[:n]) != strings.ToLower(w) || h != hashLower(strings.ToLower(w)) {
			t.Errorf("lowerHash(%q) = %q %x %v", w, buf[:n], h, ok)
		}
	}
	if _, _, ok := lowerHash("co-operate", &buf); ok {
		t.Error("lowerHash takes a hyphen")
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
