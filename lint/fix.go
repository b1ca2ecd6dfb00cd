package lint

import (
	"bytes"
	"fmt"
	"sort"
)

// ApplyEdits applies non-overlapping edits (Src offsets) to src and returns
// the new bytes. Overlapping edits are an error: the caller chooses which
// fixes to apply so that they do not overlap (FixEdits does).
func ApplyEdits(src []byte, edits []Edit) ([]byte, error) {
	s := append([]Edit(nil), edits...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].Span.Start < s[j].Span.Start })
	grow := 0
	for _, e := range s {
		grow += len(e.NewText)
	}
	out := make([]byte, 0, len(src)+grow)
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

// clash reports whether two edits cannot both be applied: they overlap, or
// one inserts at the point where the other starts (the order of the two
// would be a guess).
func clash(a, b Span) bool {
	return a.Overlaps(b) || a == b || a.Start == b.Start && (a.Len() == 0 || b.Len() == 0)
}

// FixEdits collects the edits of the fixes to apply from diags: the safe
// fixes, and the unsafe ones too when unsafe is set. A diagnostic
// contributes its first eligible fix, all of its edits or none. When two
// fixes clash, the one that comes first in diagnostic order wins and the
// other is left for a later round. The result is sorted by position. It
// takes O(n log n) time in the number of edits.
func FixEdits(diags []Diagnostic, unsafe bool) []Edit {
	var taken []Edit // sorted by Start; pairwise non-clashing
	for i := range diags {
		// One fix per diagnostic: the first it may apply.
		taken = takeFix(taken, eligibleEdits(diags[i].Fixes, unsafe))
	}
	return taken
}

// eligibleEdits returns the edits of the first fix FixEdits may apply (a
// safe one, or any with unsafe), nil when there is none.
func eligibleEdits(fixes []Fix, unsafe bool) []Edit {
	for _, f := range fixes {
		if f.Safe || unsafe {
			return f.Edits
		}
	}
	return nil
}

// takeFix adds edits (the edits of one fix) to taken, sorted and
// pairwise non-clashing, unless there are none or one of them clashes.
func takeFix(taken, edits []Edit) []Edit {
	if len(edits) > 0 && !clashesAny(taken, edits) {
		for _, e := range edits {
			taken = insertEdit(taken, e)
		}
	}
	return taken
}

// clashesAny reports whether any of edits clashes with taken (sorted) or
// with another of edits.
func clashesAny(taken, edits []Edit) bool {
	for i, e := range edits {
		if e.Span.Start < 0 || e.Span.End < e.Span.Start {
			return true
		}
		for _, o := range edits[:i] {
			if clash(e.Span, o.Span) {
				return true
			}
		}
		// taken is non-overlapping and sorted by Start, so its Ends are
		// sorted too: the candidates start at the first one ending at or
		// after e starts, and stop at the first one starting after e ends.
		j := sort.Search(len(taken), func(k int) bool { return taken[k].Span.End >= e.Span.Start })
		for ; j < len(taken) && taken[j].Span.Start <= e.Span.End; j++ {
			if clash(e.Span, taken[j].Span) {
				return true
			}
		}
	}
	return false
}

// insertEdit inserts e into the sorted slice (appending in the common case
// of increasing positions).
func insertEdit(taken []Edit, e Edit) []Edit {
	i := sort.Search(len(taken), func(k int) bool {
		t := taken[k].Span
		return t.Start > e.Span.Start || t.Start == e.Span.Start && t.End > e.Span.End
	})
	taken = append(taken, Edit{})
	copy(taken[i+1:], taken[i:])
	taken[i] = e
	return taken
}

// FixRounds applies the fixes of diags to doc's source, re-parses and
// re-checks, and repeats until no fix applies or after maxRounds rounds.
// It returns the fixed source with its document and diagnostics, or a nil
// source (and doc, diags unchanged) when nothing changed. A round whose
// result cannot be parsed or checked is dropped and fixing stops. Each
// round checks without the limit on findings (Config.FindingLimit), so
// that every fix applies; diags should be so too, and the caller limits
// the diagnostics it reports (LimitFindings).
func FixRounds(doc *Document, diags []Diagnostic, rules []*Rule, cfg *Config, unsafe bool, maxRounds int) ([]byte, *Document, []Diagnostic) {
	cfg = withoutLimit(cfg)
	src := doc.Src
	var fixed []byte
	for round := 0; round < maxRounds; round++ {
		edits := FixEdits(diags, unsafe)
		if len(edits) == 0 {
			break
		}
		next, err := ApplyEdits(src, edits)
		if err != nil || bytes.Equal(next, src) {
			break
		}
		ndoc, err := Parse(doc.Path, next, doc.Format)
		if err != nil {
			break
		}
		ndiags, err := Check(ndoc, rules, cfg)
		if err != nil {
			break
		}
		src, doc, diags, fixed = next, ndoc, ndiags, next
	}
	return fixed, doc, diags
}
