package consistency

import (
	"cmp"
	"slices"
	"testing"
)

func TestSameConcat(t *testing.T) {
	parts := []string{"", "B", "Ba", "Bank", "ank", "Bank of ", "of ", "of England", "England", "nk of E"}
	for _, a1 := range parts {
		for _, b1 := range parts {
			for _, a2 := range parts {
				for _, b2 := range parts {
					if got, want := sameConcat(a1, b1, a2, b2), a1+b1 == a2+b2; got != want {
						t.Errorf("sameConcat(%q, %q, %q, %q) = %v, want %v", a1, b1, a2, b2, got, want)
					}
					if a1+b1 == a2+b2 && restHash(a1, b1) != restHash(a2, b2) {
						t.Errorf("restHash(%q, %q) != restHash(%q, %q)", a1, b1, a2, b2)
					}
				}
			}
		}
	}
}

// refsOfHash gives, of names sorted by hash as lowered sorts them (more
// than manyRefs), those of one hash in text order; of a few, all.
func TestRefsOfHash(t *testing.T) {
	var refs []pairRef
	for i := range 40 {
		refs = append(refs, pairRef{first: i, end: i + 2, h: uint32(i * 7 % 5)}) // hashes 0 to 4, in turns
	}
	slices.SortStableFunc(refs, func(a, b pairRef) int { return cmp.Compare(a.h, b.h) })
	for h := range uint32(6) {
		var want []int
		for i := range 40 {
			if uint32(i*7%5) == h {
				want = append(want, i)
			}
		}
		var got []int
		for _, r := range refsOfHash(refs, h) {
			got = append(got, r.first)
		}
		if !slices.Equal(got, want) {
			t.Errorf("refsOfHash(%d) = %v, want %v", h, got, want)
		}
	}
	few := refs[:manyRefs]
	if got := refsOfHash(few, 3); len(got) != len(few) {
		t.Errorf("refsOfHash of %d names gave %d, want all", len(few), len(got))
	}
}
