package paragraph

import (
	"fmt"
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
// quickKey another block shares, in an article of a few blocks and in one
// of more than 64 (whose marks are on the heap, in several words).
func TestCandidates(t *testing.T) {
	short := "One two three four.\n\nOther words here now.\n\nOne two three four.\n\nA paragraph of its own.\n\n" +
		"Other words here now.\n\nOne two three four.\n\nThe last one."
	var long strings.Builder
	for i := range 200 {
		switch {
		case i%61 == 60:
			long.WriteString("The same words again, at block 60.\n\n")
		case i == 130 || i == 199:
			long.WriteString("Printed twice, far apart, beyond the first 64.\n\n")
		default:
			fmt.Fprintf(&long, "Paragraph number %d, unlike the others %d.\n\n", i, i*i)
		}
	}
	for _, c := range []struct {
		src  string
		want int
	}{{short, 5}, {long.String(), 5}} {
		d, err := lint.Parse("x.txt", []byte(c.src), lint.FormatText)
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
		if len(want) != c.want {
			t.Fatalf("%d blocks share a key, want %d: the text no longer tests candidates", len(want), c.want)
		}
		if got, _, _ := candidates(d, nil, nil, nil); !slices.Equal(got, want) {
			t.Errorf("%d blocks: candidates %v, want %v", len(d.Blocks), got, want)
		}
	}
}
