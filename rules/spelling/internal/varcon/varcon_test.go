package varcon

import (
	"os"
	"os/exec"
	"path/filepath"
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
