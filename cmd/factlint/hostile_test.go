package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// withRunnerHook sets testHookRunner for one test.
func withRunnerHook(t *testing.T, hook func(*lint.Runner)) {
	t.Helper()
	testHookRunner = hook
	t.Cleanup(func() { testHookRunner = nil })
}

// chdirTemp makes a temporary folder with files the working directory, so
// that the paths printed are short and relative.
func chdirTemp(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

// TestFileVanishesDuringRun: a file found by the folder walk and removed
// before it is read gives one line on stderr and exit status 2; the other
// files are reported.
func TestFileVanishesDuringRun(t *testing.T) {
	chdirTemp(t, map[string]string{
		"desk/a.txt": "Harbour vote\n\nThe council´s vote was put off.\n",
		"desk/b.txt": "Ferry fares\n\nThe ferry´s fares rise in May.\n",
		"desk/c.txt": "Bridge works\n\nThe bridge´s repairs start soon.\n",
	})
	withRunnerHook(t, func(rn *lint.Runner) {
		next := rn.ConfigFor
		rn.ConfigFor = func(path string) (*lint.Config, error) {
			if filepath.Base(path) == "b.txt" {
				if err := os.Remove(path); err != nil {
					t.Error(err)
				}
			}
			return next(path)
		}
	})
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"--format", "short", "--only", "typography", "desk"}, nil, &stdout, &stderr)
	if code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	if got, want := stderr.String(), "desk/b.txt: error: no such file or directory\n"; got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
	out := stdout.String()
	if !strings.HasPrefix(out, "desk/a.txt:3:") || !strings.Contains(out, "\ndesk/c.txt:3:") || strings.Contains(out, "b.txt") {
		t.Errorf("stdout:\n%s", out)
	}
}

// TestFileChangesDuringFix: with --fix, a file that someone saves while it
// is being linted is left as they saved it, with one error line and exit
// status 2; the other file of the run is fixed.
func TestFileChangesDuringFix(t *testing.T) {
	dir := chdirTemp(t, map[string]string{
		"desk/a.txt": "Harbour vote\n\nThe council´s vote was put off.\n",
		"desk/b.txt": "Ferry fares\n\nThe ferry´s fares rise in May.\n",
	})
	saved := "Harbour vote\n\nThe council´s vote was put off again, the editor says.\n"
	a := filepath.Join("desk", "a.txt")
	withRunnerHook(t, func(rn *lint.Runner) {
		done := false
		editor := &lint.Rule{Name: "typography-test-editor", Summary: "saves a.txt while it is linted", Severity: lint.Info,
			Run: func(p *lint.Pass) (any, error) {
				if p.Doc.Path == a && !done {
					done = true
					if err := os.WriteFile(a, []byte(saved), 0o644); err != nil {
						t.Error(err)
					}
				}
				return nil, nil
			}}
		rn.Rules = append(rn.Rules[:len(rn.Rules):len(rn.Rules)], editor)
		rn.Jobs = 1
	})
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"--fix", "--format", "short", "--only", "typography", "desk"}, nil, &stdout, &stderr)
	if code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	if got, want := stderr.String(), "desk/a.txt: error: file changed since it was read; not fixed\n"; got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, a)); string(got) != saved {
		t.Errorf("the saved file was overwritten: %q", got)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "desk", "b.txt")); string(got) != "Ferry fares\n\nThe ferry's fares rise in May.\n" {
		t.Errorf("b.txt was not fixed: %q", got)
	}
	// The changed file's findings are still reported (as read).
	if !strings.HasPrefix(stdout.String(), "desk/a.txt:3:") {
		t.Errorf("stdout:\n%s", stdout.String())
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "desk")); len(ents) != 2 {
		t.Errorf("temporary files left: %v", ents)
	}
}
