package format

import (
	"strings"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/factlint/factlint/lint"
)

// TestHunkDiffs checks the HTML report's word diff against hand-written
// answers: the text between edits is equal, each edit is compared with what
// it replaces, a repeated word's deletion marks the copy the fix deletes, and
// an edit longer than htmlEditDiffMax is shown whole.
func TestHunkDiffs(t *testing.T) {
	type d = diffmatchpatch.Diff
	eq, del, ins := diffmatchpatch.DiffEqual, diffmatchpatch.DiffDelete, diffmatchpatch.DiffInsert
	long := strings.Repeat("word ", htmlEditDiffMax/5+1)
	for _, tc := range []struct {
		name   string
		before string
		edits  []lint.Edit
		want   []d
	}{
		{"repeated word", "for the the first time", []lint.Edit{{Span: lint.Span{Start: 7, End: 11}}},
			[]d{{Type: eq, Text: "for the"}, {Type: del, Text: " the"}, {Type: eq, Text: " first time"}}},
		{"two edits, word diff inside each", "Jim Matisse met Khuseyinova.",
			[]lint.Edit{{Span: lint.Span{Start: 4, End: 11}, NewText: "Mathis"}, {Span: lint.Span{Start: 16, End: 27}, NewText: "Khuseynova"}},
			[]d{{Type: eq, Text: "Jim Mat"}, {Type: ins, Text: "h"}, {Type: eq, Text: "is"}, {Type: del, Text: "se"}, {Type: eq, Text: " met Khusey"},
				{Type: del, Text: "i"}, {Type: eq, Text: "nova."}}},
		{"insertion", "Russias economy", []lint.Edit{{Span: lint.Span{Start: 6, End: 6}, NewText: "’"}},
			[]d{{Type: eq, Text: "Russia"}, {Type: ins, Text: "’"}, {Type: eq, Text: "s economy"}}},
		{"long edit shown whole", "a " + long + "b", []lint.Edit{{Span: lint.Span{Start: 2, End: 2 + len(long)}, NewText: long + "x"}},
			[]d{{Type: eq, Text: "a "}, {Type: del, Text: long}, {Type: ins, Text: long + "x"}, {Type: eq, Text: "b"}}},
	} {
		dmp := diffmatchpatch.New()
		dmp.DiffTimeout = 0
		got := hunkDiffs(dmp, []byte(tc.before), tc.edits)
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %d diffs %q, want %q", tc.name, len(got), got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: diff %d is %v %q, want %v %q", tc.name, i, got[i].Type, got[i].Text, tc.want[i].Type, tc.want[i].Text)
			}
		}
		// Whatever the diff, its deletions and equal text give the
		// text before, and its insertions and equal text the text after.
		var b, a strings.Builder
		for _, x := range got {
			if x.Type != ins {
				b.WriteString(x.Text)
			}
			if x.Type != del {
				a.WriteString(x.Text)
			}
		}
		after, err := lint.ApplyEdits([]byte(tc.before), tc.edits)
		if err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.before || a.String() != string(after) {
			t.Errorf("%s: diff gives %q -> %q, want %q -> %q", tc.name, b.String(), a.String(), tc.before, after)
		}
	}
}

// FuzzHunkDiffs: for any text and any two edits (clamped into it, in order,
// not overlapping), the word diff's deletions and equal runs give the text
// and its insertions and equal runs give the text with the edits applied.
func FuzzHunkDiffs(f *testing.F) {
	f.Add("for the the first time", 7, 11, "", 0, 0, "")
	f.Add("Jim Matisse met Khuseyinova.", 4, 11, "Mathis", 16, 27, "Khuseynova")
	f.Add("Zoë´s “bridge”", 3, 5, "’", 6, 6, "\"")
	f.Fuzz(func(t *testing.T, before string, s1, e1 int, t1 string, s2, e2 int, t2 string) {
		n := len(before)
		clamp := func(v int) int {
			if v < 0 {
				v = -(v + 1)
			}
			return v % (n + 1)
		}
		s1, e1, s2, e2 = clamp(s1), clamp(e1), clamp(s2), clamp(e2)
		if e1 < s1 {
			s1, e1 = e1, s1
		}
		if e2 < s2 {
			s2, e2 = e2, s2
		}
		if s2 < s1 {
			s1, e1, t1, s2, e2, t2 = s2, e2, t2, s1, e1, t1
		}
		edits := []lint.Edit{{Span: lint.Span{Start: s1, End: e1}, NewText: t1}}
		if s2 >= e1 {
			edits = append(edits, lint.Edit{Span: lint.Span{Start: s2, End: e2}, NewText: t2})
		}
		after, err := lint.ApplyEdits([]byte(before), edits)
		if err != nil {
			t.Skip(err)
		}
		dmp := diffmatchpatch.New()
		dmp.DiffTimeout = 0
		var b, a strings.Builder
		for _, x := range hunkDiffs(dmp, []byte(before), edits) {
			if x.Type != diffmatchpatch.DiffInsert {
				b.WriteString(x.Text)
			}
			if x.Type != diffmatchpatch.DiffDelete {
				a.WriteString(x.Text)
			}
		}
		if b.String() != before || a.String() != string(after) {
			t.Errorf("diff gives %q -> %q, want %q -> %q", b.String(), a.String(), before, after)
		}
	})
}
