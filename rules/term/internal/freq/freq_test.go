package freq

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules/internal/keyindex"
)

func TestBand(t *testing.T) {
	if Band("the") < 15 || Band("government") < 12 {
		t.Errorf("the %d, government %d: want the commonest bands", Band("the"), Band("government"))
	}
	if Band("executrices") != 0 || Band("zzzq") != 0 {
		t.Error("a rare word has band 0")
	}
	if Band("central")-Band("centime") < 3 || Band("digital")-Band("dignity") < 3 {
		t.Error("a common word is three bands above the slip that looks like it")
	}
	for _, w := range []string{"premarket", "midyear", "nonbank"} {
		if !Compound(w) {
			t.Errorf("%s is a compound", w)
		}
	}
	for _, w := range []string{"premature", "executrices", "central", "re"} {
		if Compound(w) {
			t.Errorf("%s is no compound", w)
		}
	}
}

// TestIndexUpToDate rebuilds the index from the table: a table edited or
// regenerated without its index fails here (run go generate).
func TestIndexUpToDate(t *testing.T) {
	idx, err := keyindex.Build(list)
	if err != nil {
		t.Fatal(err)
	}
	if idx != index {
		t.Fatal("bands.idx is out of date with bands.tsv: run go generate")
	}
	prev := ""
	for ln := range strings.Lines(list) {
		w, b, ok := strings.Cut(strings.TrimSuffix(ln, "\n"), "\t")
		if !ok || w <= prev || b == "" || strings.Trim(b, "0123456789") != "" {
			t.Fatalf("line %q: want word<TAB>band, words sorted and unique", ln)
		}
		prev = w
		if got := Band(w); strings.TrimLeft(b, "0") != fmt.Sprint(got) {
			t.Fatalf("Band(%q) = %d, the table says %s", w, got, b)
		}
	}
}
