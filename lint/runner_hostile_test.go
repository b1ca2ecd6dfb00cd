package lint

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// runResults runs the runner and returns its results in order.
func runResults(t *testing.T, rn *Runner, inputs []Input) []*Result {
	t.Helper()
	var out []*Result
	if err := rn.Run(context.Background(), inputs, func(r *Result) { out = append(out, r) }); err != nil {
		t.Fatal(err)
	}
	if len(out) != len(inputs) {
		t.Fatalf("%d results for %d inputs", len(out), len(inputs))
	}
	return out
}

func inputsOf(dir string, names ...string) []Input {
	var in []Input
	for _, n := range names {
		in = append(in, Input{Path: filepath.Join(dir, n)})
	}
	return in
}

// TestRunnerLean: a lean result keeps what the formats print from (the
// source, the line table) and the same findings, and drops the tokens.
func TestRunnerLean(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Head`s line\n\nThe the vote`s count.\n"})
	for _, fix := range []FixMode{FixNone, FixDiff} {
		full := runResults(t, &Runner{Rules: []*Rule{testTick, testDouble}, Fix: fix}, inputsOf(dir, "a.txt"))[0]
		lean := runResults(t, &Runner{Rules: []*Rule{testTick, testDouble}, Fix: fix, Lean: true}, inputsOf(dir, "a.txt"))[0]
		if full.Err != nil || lean.Err != nil {
			t.Fatal(full.Err, lean.Err)
		}
		if summary(string(full.Doc.Src), full.Diags) != summary(string(lean.Doc.Src), lean.Diags) || len(lean.Diags) == 0 {
			t.Errorf("fix %d: lean findings differ: %v / %v", fix, full.Diags, lean.Diags)
		}
		if lean.Doc.Tokens != nil || lean.Doc.Sentences != nil || lean.Doc.Blocks != nil {
			t.Errorf("fix %d: the lean document keeps its tokens", fix)
		}
		if len(full.Doc.Tokens) == 0 {
			t.Errorf("fix %d: the full document has no tokens", fix)
		}
		if !bytes.Equal(lean.Doc.Src, full.Doc.Src) || lean.Doc.Lines == nil || lean.Doc.Lines.Lines() != full.Doc.Lines.Lines() {
			t.Errorf("fix %d: the lean document lost its source or line table", fix)
		}
		if fix == FixDiff && (lean.Fixed == nil || !bytes.Equal(lean.Fixed, full.Fixed)) {
			t.Errorf("fixed text %q, want %q", lean.Fixed, full.Fixed)
		}
	}
}

// TestRunnerFileVanishes: a file removed after the folder was walked and
// before it is read gives one clear error; the others are linted.
func TestRunnerFileVanishes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Head\n\nA vote`s count.\n", "b.txt": "Head\n\nB vote`s count.\n", "c.txt": "Head\n\nC vote`s count.\n"})
	rn := &Runner{Rules: []*Rule{testTick}, ConfigFor: func(path string) (*Config, error) {
		if filepath.Base(path) == "b.txt" {
			if err := os.Remove(path); err != nil {
				t.Error(err)
			}
		}
		return nil, nil
	}}
	got := strings.Join(runAll(t, rn, inputsOf(dir, "a.txt", "b.txt", "c.txt")), "\n")
	want := "a.txt: 3:typography-test-tick\nb.txt: error: no such file or directory\nc.txt: 3:typography-test-tick"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// rewriteOnRun is a rule that overwrites the file it is checking with other
// text (an editor saving while factlint runs), once.
func rewriteOnRun(t *testing.T, path, text string) *Rule {
	done := false
	return &Rule{Name: "typography-test-rewrite", Summary: "x", Severity: Info, Run: func(p *Pass) (any, error) {
		if p.Doc.Path == path && !done {
			done = true
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Error(err)
			}
		}
		return nil, nil
	}}
}

// TestRunnerFileChangesDuringFix: with --fix, a file that changed on disk
// after it was read is left as it now is, with ErrChanged; another file
// of the same run is fixed.
func TestRunnerFileChangesDuringFix(t *testing.T) {
	for _, edit := range []string{"Head\n\nSomeone else`s edit.\n", "Head\n\nA vote`s count.\nMore\n", ""} {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"a.txt": "Head\n\nA vote`s count.\n", "b.txt": "Head\n\nB vote`s count.\n"})
		a := filepath.Join(dir, "a.txt")
		rn := &Runner{Rules: []*Rule{testTick, rewriteOnRun(t, a, edit)}, Fix: FixWrite, Jobs: 1}
		res := runResults(t, rn, inputsOf(dir, "a.txt", "b.txt"))
		if !errors.Is(res[0].FixErr, ErrChanged) || res[0].Written {
			t.Errorf("edit %q: FixErr %v, Written %v; want ErrChanged", edit, res[0].FixErr, res[0].Written)
		}
		if got, _ := os.ReadFile(a); string(got) != edit {
			t.Errorf("edit %q: the changed file now holds %q", edit, got)
		}
		if res[1].FixErr != nil || !res[1].Written {
			t.Errorf("b.txt: FixErr %v, Written %v", res[1].FixErr, res[1].Written)
		}
		if got, _ := os.ReadFile(filepath.Join(dir, "b.txt")); string(got) != "Head\n\nB vote's count.\n" {
			t.Errorf("b.txt: %q", got)
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 2 {
			t.Errorf("temporary files left: %v", ents)
		}
	}
}

// TestRunnerFixNeverWritesOnError: a file with an input error, or whose
// check failed (a rule panicked), is never written.
func TestRunnerFixNeverWritesOnError(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"bad.txt":   "Head`s\xff line\n\nA vote`s count.\n",
		"nul.txt":   "Head`s\x00 line\n\nA vote`s count.\n",
		"panic.txt": "Panic`s head\n\nA vote`s count.\n",
	}
	writeFiles(t, dir, files)
	boom := &Rule{Name: "typography-test-boom", Summary: "x", Severity: Info, Run: func(p *Pass) (any, error) {
		if strings.HasPrefix(p.Doc.Text, "Panic") {
			panic("boom")
		}
		return nil, nil
	}}
	res := runResults(t, &Runner{Rules: []*Rule{testTick, boom}, Fix: FixWrite}, inputsOf(dir, "bad.txt", "nul.txt", "panic.txt"))
	for _, r := range res {
		if r.Err == nil || r.Written || r.Fixed != nil {
			t.Errorf("%s: Err %v, Written %v, Fixed %q", filepath.Base(r.Path), r.Err, r.Written, r.Fixed)
		}
	}
	for name, body := range files {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != body {
			t.Errorf("%s was written: %q", name, got)
		}
	}
}

// TestRunnerFixAtomicModeIdempotent: --fix replaces the file by a rename
// (a reader that opened the old file reads it whole; the new file is a new
// inode), keeps its permission bits, and a second run writes nothing.
func TestRunnerFixAtomicModeIdempotent(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	orig := "Head`s line\n\nA vote`s count, the council`s plan.\n"
	writeFiles(t, dir, map[string]string{"a.txt": orig})
	if err := os.Chmod(p, 0o604); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	old, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	rn := &Runner{Rules: []*Rule{testTick}, Fix: FixWrite}
	r := runResults(t, rn, inputsOf(dir, "a.txt"))[0]
	if r.Err != nil || r.FixErr != nil || !r.Written {
		t.Fatalf("Err %v, FixErr %v, Written %v", r.Err, r.FixErr, r.Written)
	}
	want := strings.ReplaceAll(orig, "`", "'")
	after, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != want {
		t.Errorf("fixed: %q", got)
	}
	if runtime.GOOS != "windows" && after.Mode().Perm() != 0o604 {
		t.Errorf("mode %v, want 0604", after.Mode().Perm())
	}
	if os.SameFile(before, after) {
		t.Error("the file was rewritten in place, not replaced by a rename")
	}
	var b bytes.Buffer
	if _, err := b.ReadFrom(old); err != nil || b.String() != orig {
		t.Errorf("a reader of the old file got %q, %v", b.String(), err)
	}
	// A second run finds nothing to fix and does not touch the file.
	r = runResults(t, rn, inputsOf(dir, "a.txt"))[0]
	if r.Written || r.Fixed != nil || r.FixErr != nil {
		t.Errorf("second run: Written %v, Fixed %q, FixErr %v", r.Written, r.Fixed, r.FixErr)
	}
	if again, err := os.Stat(p); err != nil || !os.SameFile(after, again) {
		t.Errorf("the second run rewrote the file (%v)", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}
}

// TestRunnerBudget: with a budget, the bytes of the files being checked at
// once never exceed it (a file larger than the budget runs alone), every
// file is still reported, in order, and the small files do share the jobs.
func TestRunnerBudget(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	var names []string
	sizes := []int{100, 3000, 100, 100, 5000, 100, 2500, 2500, 100, 100, 100, 100, 100, 100, 100, 100}
	for i, n := range sizes {
		name := fmt.Sprintf("f%02d.txt", i)
		files[name] = "Head`s\n\n" + strings.Repeat("word ", n/5) + "\n"
		names = append(names, name)
	}
	writeFiles(t, dir, files)
	const limit = 4000
	var mu sync.Mutex
	var cur, overlapSmall int64
	gauge := &Rule{Name: "typography-test-gauge", Summary: "x", Severity: Info, Run: func(p *Pass) (any, error) {
		n := int64(len(p.Doc.Src))
		mu.Lock()
		cur += n
		if n < 1000 && cur > n {
			overlapSmall++
		}
		over := cur > limit && cur != n // only a file alone may exceed the budget
		mu.Unlock()
		if over {
			t.Errorf("%d bytes checked at once, over the budget of %d", cur, limit)
		}
		time.Sleep(5 * time.Millisecond)
		mu.Lock()
		cur -= n
		mu.Unlock()
		return nil, nil
	}}
	rn := &Runner{Rules: []*Rule{testTick, gauge}, Jobs: 4, Budget: limit}
	res := runResults(t, rn, inputsOf(dir, names...))
	for i, r := range res {
		if r.Err != nil || filepath.Base(r.Path) != names[i] || len(r.Diags) != 1 {
			t.Errorf("%s: %v, %d findings", r.Path, r.Err, len(r.Diags))
		}
	}
	if overlapSmall == 0 {
		t.Error("small files never ran together")
	}
}

func TestBudgetFIFO(t *testing.T) {
	b := newBudget(10)
	if got := b.acquire(25); got != 10 {
		t.Fatalf("acquire(25) took %d, want the whole budget", got)
	}
	var granted sync.WaitGroup
	for i, n := range []int64{8, 1, 1} {
		granted.Add(1)
		go func() {
			defer granted.Done()
			b.acquire(n)
		}()
		// Wait until the waiter is queued, so that the queue order is known.
		for {
			b.mu.Lock()
			q := len(b.queue)
			b.mu.Unlock()
			if q == i+1 {
				break
			}
			time.Sleep(time.Millisecond)
		}
	}
	// 5 free: the 1s would fit, but the 8 came first and nobody overtakes it.
	b.release(5)
	b.mu.Lock()
	q, free := len(b.queue), b.free
	b.mu.Unlock()
	if q != 3 || free != 5 {
		t.Errorf("after releasing 5: %d waiting, %d free; want 3 waiting, 5 free", q, free)
	}
	b.release(5)
	granted.Wait()
	if len(b.queue) != 0 || b.free != 0 {
		t.Errorf("after releasing 10: %d waiting, %d free", len(b.queue), b.free)
	}
	b.release(10)
	if b.free != 10 {
		t.Errorf("free %d, want 10", b.free)
	}
}
