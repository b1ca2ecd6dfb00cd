package lint

import "testing"

// overlapping sorts the edits of a fix by start, keeping the order of
// edits that start together: an insertion before a replacement at the same
// place is fine, after it overlaps. One edit alone never overlaps.
func TestOverlapping(t *testing.T) {
	ins, repl := Edit{Span{4, 4}, "x"}, Edit{Span{4, 6}, "y"}
	for _, c := range []struct {
		edits []Edit
		want  bool
	}{
		{nil, false},
		{[]Edit{repl}, false},
		{[]Edit{ins, repl}, false},
		{[]Edit{repl, ins}, true},
		{[]Edit{{Span{8, 9}, ""}, {Span{0, 2}, ""}, {Span{2, 3}, ""}}, false},
		{[]Edit{{Span{8, 9}, ""}, {Span{0, 3}, ""}, {Span{2, 3}, ""}}, true},
	} {
		before := append([]Edit(nil), c.edits...)
		if got := overlapping(c.edits); got != c.want {
			t.Errorf("overlapping(%v) = %v, want %v", c.edits, got, c.want)
		}
		for i := range before {
			if c.edits[i] != before[i] {
				t.Errorf("overlapping reordered its argument: %v", c.edits)
			}
		}
	}
}
