package paragraph

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// sameText agrees with strings.Fields joined by spaces.
func TestSameText(t *testing.T) {
	texts := []string{"", " ", "a", "a b", " a  b ", "a\tb\n", "a\u00a0b", "a\u2003 b", "ab", "a b c", "a\x85b",
		"é b", "\xff b", "a \xff", "The minister said so.", "The  minister\nsaid so. ", "The minister said so"}
	for _, a := range texts {
		for _, b := range texts {
			want := strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
			if got := sameText(a, b); got != want {
				t.Errorf("sameText(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestCandidates: the blocks candidates lists are, in order, those whose
// quickKey another block shares.
func TestCandidates(t *testing.T) {
	src := "One two three four.\n\nOther words here now.\n\nOne two three four.\n\nA paragraph of its own.\n\n" +
		"Other words here now.\n\nOne two three four.\n\nThe last one."
	d, err := lint.Parse("x.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	var want []int
	for i := range d.Blocks {
		for j := range d.Blocks {
			if i != j && quickKey(d.Slice(d.Blocks[i].Span)) == quickKey(d.Slice(d.Blocks[j].Span)) {
				want = append(want, i)
				break
			}
		}
	}
	if len(want) != 5 {
		t.Fatalf("%d blocks share a key, want 5: the text no longer tests candidates", len(want))
	}
	if got := candidates(d, nil); !slices.Equal(got, want) {
		t.Errorf("candidates %v, want %v", got, want)
	}
}
