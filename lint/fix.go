package lint

import (
	"fmt"
	"sort"
)

// ApplyEdits applies non-overlapping edits (Src offsets) to src and returns
// the new bytes. Overlapping edits are an error: the caller chooses which
// fixes to apply so that they do not overlap.
func ApplyEdits(src []byte, edits []Edit) ([]byte, error) {
	s := append([]Edit(nil), edits...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].Span.Start < s[j].Span.Start })
	out := make([]byte, 0, len(src))
	pos := 0
	for _, e := range s {
		if e.Span.Start < pos || e.Span.End < e.Span.Start || e.Span.End > len(src) {
			return nil, fmt.Errorf("edit %d-%d overlaps another or lies outside the file", e.Span.Start, e.Span.End)
		}
		out = append(out, src[pos:e.Span.Start]...)
		out = append(out, e.NewText...)
		pos = e.Span.End
	}
	return append(out, src[pos:]...), nil
}

// FixEdits collects the edits of the fixes to apply from diags: the safe
// fixes, and the unsafe ones too when unsafe is set. When two fixes overlap,
// the one that comes first in diagnostic order wins and the other is left for
// a later run.
func FixEdits(diags []Diagnostic, unsafe bool) []Edit {
	var taken []Edit
	for _, d := range diags {
		for _, f := range d.Fixes {
			if !f.Safe && !unsafe {
				continue
			}
			clash := false
			for _, e := range f.Edits {
				for _, t := range taken {
					if e.Span.Overlaps(t.Span) || e.Span == t.Span || (e.Span.Len() == 0 || t.Span.Len() == 0) && e.Span.Start == t.Span.Start {
						clash = true
					}
				}
			}
			if !clash {
				taken = append(taken, f.Edits...)
			}
			break // one fix per diagnostic
		}
	}
	return taken
}
