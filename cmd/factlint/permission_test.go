//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestPermissionDenied checks that an unreadable file gives one line
// `path: error: permission denied` and exit status 2 while the other file
// is still reported. Root reads every file whatever its mode, so under root
// the check runs in a child process as the user nobody.
func TestPermissionDenied(t *testing.T) {
	if dir := os.Getenv("FACTLINT_PERM_CHILD"); dir != "" {
		permissionCheck(t, dir)
		return
	}
	dir := t.TempDir()
	for _, d := range []string{dir, filepath.Dir(dir)} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	good := filepath.Join(dir, "good.txt")
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(good, []byte("Ferry changes\n\nThe ferry´s timetable changes.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(secret, []byte("Embargoed\n\nNot yet.\n"), 0o000); err != nil {
		t.Fatal(err)
	}
	// A folder nobody but its owner may open, with an article inside.
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(locked, "inside.txt"), []byte("Inside\n\nThe desk´s note.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(locked, 0o755) })
	if os.Geteuid() != 0 {
		permissionCheck(t, dir)
		return
	}
	// The test binary lives in a folder only root may enter: run a copy.
	bin := filepath.Join(dir, "factlint.test")
	self, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, self, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^TestPermissionDenied$", "-test.v")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "FACTLINT_PERM_CHILD="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	switch {
	case err == nil && bytes.Contains(out, []byte("--- PASS: TestPermissionDenied")):
	case bytes.Contains(out, []byte("--- FAIL")):
		t.Fatalf("as nobody:\n%s", out)
	default:
		t.Skipf("running as root, and cannot run the check as nobody (%v): %s", err, out)
	}
}

func permissionCheck(t *testing.T, dir string) {
	if os.Geteuid() == 0 {
		t.Fatal("the child still runs as root")
	}
	var stdout, stderr bytes.Buffer
	good, secret := filepath.Join(dir, "good.txt"), filepath.Join(dir, "secret.txt")
	code := run(context.Background(), []string{"--format", "short", "--only", "typography", good, secret}, nil, &stdout, &stderr)
	if code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	if got, want := stderr.String(), secret+": error: permission denied\n"; got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
	if !strings.HasPrefix(stdout.String(), good+":3:10: warning: ") {
		t.Errorf("the readable file was not reported: %q", stdout.String())
	}

	// The folder walk: the locked folder is one error line, the readable
	// article is reported, the unreadable one is one error line.
	stdout.Reset()
	stderr.Reset()
	code = run(context.Background(), []string{"--format", "short", "--only", "typography", dir}, nil, &stdout, &stderr)
	if code != 2 {
		t.Errorf("folder: exit status %d, want 2", code)
	}
	want := filepath.Join(dir, "locked") + ": error: permission denied\n" + secret + ": error: permission denied\n"
	if got := stderr.String(); got != want {
		t.Errorf("folder: stderr %q, want %q", got, want)
	}
	if !strings.HasPrefix(stdout.String(), good+":3:10: warning: ") {
		t.Errorf("folder: the readable file was not reported: %q", stdout.String())
	}

	// --fix in a folder where the temporary file cannot be created: one
	// error line, the file is untouched.
	if f, err := os.CreateTemp(dir, "probe"); err == nil {
		f.Close()
		os.Remove(f.Name())
		t.Log("the folder is writable: the --fix check needs a folder the test user cannot write")
		return
	}
	before, _ := os.ReadFile(good)
	stdout.Reset()
	stderr.Reset()
	code = run(context.Background(), []string{"--fix", "--format", "short", "--only", "typography", good}, nil, &stdout, &stderr)
	if code != 2 {
		t.Errorf("--fix: exit status %d, want 2", code)
	}
	if got, want := stderr.String(), good+": error: not fixed: cannot create a temporary file: permission denied\n"; got != want {
		t.Errorf("--fix: stderr %q, want %q", got, want)
	}
	if after, _ := os.ReadFile(good); !bytes.Equal(before, after) {
		t.Errorf("--fix: the file changed: %q", after)
	}
}
