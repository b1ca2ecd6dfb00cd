package lint

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runAll runs the runner and returns one line per result.
func runAll(t *testing.T, rn *Runner, inputs []Input) []string {
	t.Helper()
	var out []string
	err := rn.Run(context.Background(), inputs, func(r *Result) {
		if r.Err != nil {
			out = append(out, fmt.Sprintf("%s: error: %v", filepath.Base(r.Path), r.Err))
			return
		}
		out = append(out, fmt.Sprintf("%s: %s", filepath.Base(r.Path), summary(string(r.Doc.Src), r.Diags)))
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRunnerOrderAndErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":     "Headline\n\nA council`s vote.\n",
		"b.md":      "Headline\n\nThe the vote.\n",
		"empty.txt": "  \n",
		"bin.txt":   "Head\x00line\n",
		"bad.txt":   "Head\xffline\n",
		"big.txt":   "Headline\n\n" + strings.Repeat("word ", 100) + "\n",
	})
	if err := os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop.txt")
	hasLoop := os.Symlink("loop.txt", loop) == nil
	names := []string{"a.txt", "b.md", "bad.txt", "big.txt", "bin.txt", "empty.txt", "folder.txt", "gone.txt"}
	var inputs []Input
	for _, n := range names {
		inputs = append(inputs, Input{Path: filepath.Join(dir, n)})
	}
	if hasLoop {
		inputs = append(inputs, Input{Path: loop})
	}
	rn := &Runner{Rules: []*Rule{testTick, testDouble}, MaxSize: 200}
	got := strings.Join(runAll(t, rn, inputs), "\n")
	want := []string{
		"a.txt: 3:typography-test-tick",
		"b.md: 3:repetition-test-double",
		"bad.txt: error: invalid UTF-8 at line 1, column 5",
		"big.txt: error: file too large: 511 bytes, over the limit of 200 bytes (--max-size)",
		"bin.txt: error: binary file (contains NUL bytes)",
		"empty.txt: error: empty file",
		"folder.txt: error: is a directory",
		"gone.txt: error: no such file or directory",
	}
	if hasLoop {
		want = append(want, "loop.txt: error: too many levels of symbolic links (a symlink loop?)")
	}
	if got != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	// Standard input: bytes with a format.
	md := FormatMarkdown
	got = strings.Join(runAll(t, rn, []Input{{Path: "<stdin>", Src: []byte("Head\n\nIt it is.\n"), Format: &md}}), "\n")
	if got != "<stdin>: 3:repetition-test-double" {
		t.Errorf("stdin: %s", got)
	}
}

func TestRunnerPermissionDenied(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("root (or Windows) reads files whatever their mode")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.txt")
	writeFiles(t, dir, map[string]string{"secret.txt": "Headline\n\nText.\n"})
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	got := runAll(t, &Runner{Rules: []*Rule{testTick}}, []Input{{Path: p}})
	if len(got) != 1 || got[0] != "secret.txt: error: permission denied" {
		t.Errorf("%q", got)
	}
}

// TestRunnerDeterministic lints many files with different numbers of jobs
// and checks the output is the same every time and in path order.
func TestRunnerDeterministic(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	var inputs []Input
	for i := 0; i < 200; i++ {
		name := fmt.Sprintf("f%03d.txt", i)
		files[name] = fmt.Sprintf("Headline %d\n\n%s the the vote`s %d.\n", i, strings.Repeat("Word ", i%37), i)
		inputs = append(inputs, Input{Path: filepath.Join(dir, name)})
	}
	writeFiles(t, dir, files)
	var first string
	for _, jobs := range []int{1, 2, 7, 32} {
		got := strings.Join(runAll(t, &Runner{Rules: []*Rule{testTick, testDouble}, Jobs: jobs}, inputs), "\n")
		if first == "" {
			first = got
			if !strings.HasPrefix(got, "f000.txt: 3:repetition-test-double 3:typography-test-tick\nf001.txt") {
				t.Fatalf("unexpected output:\n%.300s", got)
			}
			continue
		}
		if got != first {
			t.Errorf("jobs=%d: output differs", jobs)
		}
	}
}

// TestRunnerStreamsBounded checks that results are emitted while later
// inputs are still being linted, and that the runner does not run ahead of
// the emitter by more than its window of batches: of small inputs, at most
// BatchFiles a batch; of inputs larger than BatchBytes, one.
func TestRunnerStreamsBounded(t *testing.T) {
	for _, tc := range []struct {
		name    string
		pad     int
		perSlot int
	}{{"small", 0, BatchFiles}, {"large", BatchBytes, 1}} {
		t.Run(tc.name, func(t *testing.T) {
			var started atomic.Int64
			release := make(chan struct{})
			slow := &Rule{Name: "term-test-slow", Summary: "x", Severity: Info, Run: func(p *Pass) (any, error) {
				started.Add(1)
				if strings.HasPrefix(p.Doc.Text, "Slow") {
					<-release
				}
				return nil, nil
			}}
			var inputs []Input
			for i := 0; i < 1000; i++ {
				head := "Fast"
				if i == 0 {
					head = "Slow"
				}
				src := head + " headline\n\nText.\n" + strings.Repeat("x", tc.pad)
				inputs = append(inputs, Input{Path: fmt.Sprintf("%04d.txt", i), Src: []byte(src)})
			}
			rn := &Runner{Rules: []*Rule{slow}, Jobs: 2}
			done := make(chan int)
			go func() {
				n := 0
				_ = rn.Run(context.Background(), inputs, func(*Result) { n++ })
				done <- n
			}()
			// While input 0 blocks, the runner may start at most its window.
			time.Sleep(200 * time.Millisecond)
			window := int64(4 * rn.Jobs * tc.perSlot)
			if s := started.Load(); s > window {
				t.Errorf("%d inputs started while the first was blocked (window %d)", s, window)
			} else if s < 2 {
				t.Errorf("%d inputs started while the first was blocked: the other job waited", s)
			}
			close(release)
			if n := <-done; n != len(inputs) {
				t.Errorf("emitted %d of %d", n, len(inputs))
			}
		})
	}
}

func TestRunnerCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var inputs []Input
	for i := 0; i < 100; i++ {
		inputs = append(inputs, Input{Path: fmt.Sprint(i), Src: []byte("Headline\n\nText.\n")})
	}
	n := 0
	err := (&Runner{Rules: []*Rule{testTick}}).Run(ctx, inputs, func(*Result) {
		n++
		if n == 3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || n != 3 {
		t.Errorf("err %v after %d results", err, n)
	}
}

func TestRunnerRulePanic(t *testing.T) {
	bad := &Rule{Name: "term-test-panic", Summary: "x", Severity: Info, Run: func(*Pass) (any, error) { panic("boom") }}
	got := runAll(t, &Runner{Rules: []*Rule{bad, testTick}}, []Input{{Path: "x.txt", Src: []byte("Head\n\nA`s.\n")}})
	if len(got) != 1 || !strings.Contains(got[0], "rule term-test-panic: internal error: boom") {
		t.Errorf("%q", got)
	}
}

func TestRunnerConfigError(t *testing.T) {
	cfgErr := &ConfigError{Path: ".factlint.yml", Line: 3, Msg: "unknown key"}
	rn := &Runner{Rules: []*Rule{testTick}, ConfigFor: func(p string) (*Config, error) {
		if p == "b" {
			return nil, cfgErr
		}
		return nil, nil
	}}
	var res []*Result
	_ = rn.Run(context.Background(), []Input{{Path: "a", Src: []byte("H\n\nx`s\n")}, {Path: "b", Src: []byte("H\n\nx`s\n")}}, func(r *Result) { res = append(res, r) })
	if len(res) != 2 || res[0].Err != nil || len(res[0].Diags) != 1 || res[1].ConfigErr != cfgErr {
		t.Errorf("%+v", res)
	}
}
