package lint

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestFixEdits(t *testing.T) {
	fix := func(safe bool, spans ...Span) Fix {
		f := Fix{Message: "x", Safe: safe}
		for _, s := range spans {
			f.Edits = append(f.Edits, Edit{Span: s, NewText: "#"})
		}
		return f
	}
	diags := []Diagnostic{
		{Fixes: []Fix{fix(true, Span{10, 12})}},
		{Fixes: []Fix{fix(true, Span{11, 13})}},                           // overlaps the first: left for later
		{Fixes: []Fix{fix(true, Span{12, 12})}},                           // insertion where the first ends: fine
		{Fixes: []Fix{fix(true, Span{0, 2}, Span{20, 21})}},               // two edits, both free
		{Fixes: []Fix{fix(true, Span{5, 6}, Span{20, 20})}},               // second edit clashes: whole fix skipped
		{Fixes: []Fix{fix(false, Span{30, 31})}},                          // unsafe
		{Fixes: []Fix{fix(false, Span{40, 41}), fix(true, Span{42, 43})}}, // the first eligible one only
	}
	got := fmt.Sprint(FixEdits(diags, false))
	want := "[{{0 2} #} {{10 12} #} {{12 12} #} {{20 21} #} {{42 43} #}]"
	if got != want {
		t.Errorf("safe:\n got %s\nwant %s", got, want)
	}
	got = fmt.Sprint(FixEdits(diags, true))
	want = "[{{0 2} #} {{10 12} #} {{12 12} #} {{20 21} #} {{30 31} #} {{40 41} #}]"
	if got != want {
		t.Errorf("unsafe:\n got %s\nwant %s", got, want)
	}
}

func TestApplyEdits(t *testing.T) {
	out, err := ApplyEdits([]byte("the the cat`s"), []Edit{{Span{11, 12}, "'"}, {Span{3, 7}, ""}})
	if err != nil || string(out) != "the cat's" {
		t.Errorf("%q %v", out, err)
	}
	if _, err := ApplyEdits([]byte("abc"), []Edit{{Span{0, 2}, ""}, {Span{1, 3}, ""}}); err == nil {
		t.Error("overlapping edits accepted")
	}
	if _, err := ApplyEdits([]byte("abc"), []Edit{{Span{2, 9}, ""}}); err == nil {
		t.Error("edit past the end accepted")
	}
}

func TestFixRounds(t *testing.T) {
	// Deleting one copy of "the the the" leaves "the the": a second round
	// fixes that.
	src := "Harbour vote delayed\n\nThe the the council`s vote was put off.\n"
	doc, _ := Parse("a.txt", []byte(src), FormatText)
	rules := []*Rule{testTick, testDouble}
	diags, _ := Check(doc, rules, nil)
	fixed, fdoc, fdiags := FixRounds(doc, diags, rules, nil, false, MaxFixRounds)
	if string(fixed) != "Harbour vote delayed\n\nThe the the council's vote was put off.\n" {
		t.Errorf("safe only: %q", fixed)
	}
	if len(fdiags) != 2 || fdoc.Src == nil {
		t.Errorf("remaining: %v", fdiags)
	}
	fixed, _, fdiags = FixRounds(doc, diags, rules, nil, true, MaxFixRounds)
	if string(fixed) != "Harbour vote delayed\n\nThe council's vote was put off.\n" || len(fdiags) != 0 {
		t.Errorf("unsafe: %q %v", fixed, fdiags)
	}
	if fixed, _, _ := FixRounds(fdoc, nil, rules, nil, true, MaxFixRounds); fixed != nil {
		t.Error("nothing to fix, yet FixRounds changed something")
	}
}

func TestWriteFileIfUnchanged(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	orig := []byte("old text\n")
	if err := os.WriteFile(p, orig, 0o640); err != nil {
		t.Fatal(err)
	}
	_, info, err := ReadFileLimit(p, 100)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteFileIfUnchanged(p, orig, info, []byte("new text\n")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	st, _ := os.Stat(p)
	if string(got) != "new text\n" || (runtime.GOOS != "windows" && st.Mode().Perm() != 0o640) {
		t.Errorf("got %q mode %v", got, st.Mode())
	}
	// The file changed since it was read: left alone.
	if err := WriteFileIfUnchanged(p, orig, info, []byte("fixed\n")); err != ErrChanged {
		t.Errorf("err = %v, want ErrChanged", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "new text\n" {
		t.Errorf("changed file was overwritten: %q", got)
	}
	// A symlink stays a link; its target is replaced.
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink("a.txt", link); err == nil {
		if err := WriteFileIfUnchanged(link, []byte("new text\n"), nil, []byte("via link\n")); err != nil {
			t.Fatal(err)
		}
		if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
			t.Error("the link was replaced by a file")
		}
		if got, _ := os.ReadFile(p); string(got) != "via link\n" {
			t.Errorf("target: %q", got)
		}
	}
	// No temporary files are left behind.
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if e.Name() != "a.txt" && e.Name() != "link.txt" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	// A vanished file is an error, not a new file.
	if err := WriteFileIfUnchanged(filepath.Join(dir, "gone.txt"), orig, nil, orig); err == nil {
		t.Error("vanished file: no error")
	}
	if _, err := os.Stat(filepath.Join(dir, "gone.txt")); err == nil {
		t.Error("vanished file was created")
	}
}

func TestApplyEditsMatchesRunnerFix(t *testing.T) {
	// The runner's written file equals FixRounds on the same text.
	dir := t.TempDir()
	src := []byte("Council`s vote\n\nThe the council`s vote was put off off again.\n")
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, src, 0o644); err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{testTick, testDouble}
	doc, _ := Parse(p, src, FormatText)
	diags, _ := Check(doc, rules, nil)
	want, _, _ := FixRounds(doc, diags, rules, nil, true, MaxFixRounds)
	rn := &Runner{Rules: rules, Fix: FixWrite, Unsafe: true}
	var res *Result
	if err := rn.Run(t.Context(), []Input{{Path: p}}, func(r *Result) { res = r }); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if !bytes.Equal(got, want) || !res.Written || len(res.Diags) != 0 {
		t.Errorf("runner wrote %q (written %v, %d left), FixRounds %q", got, res.Written, len(res.Diags), want)
	}
	// A second run changes nothing.
	res = nil
	_ = rn.Run(t.Context(), []Input{{Path: p}}, func(r *Result) { res = r })
	if res.Written || res.Fixed != nil {
		t.Error("second --fix changed the file again")
	}
}
