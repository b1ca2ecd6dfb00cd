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
