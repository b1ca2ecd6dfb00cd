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
}
