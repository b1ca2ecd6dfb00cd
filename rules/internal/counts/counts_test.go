package counts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadSumsByKey(t *testing.T) {
	p := filepath.Join(t.TempDir(), "counts.tsv")
	data := "Apple\t3\napple\t4\npear\tx\nno tab\nplum\t2\nfig\t\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Read(p, func(w string) (string, bool) {
		return strings.ToLower(w), w != "plum"
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got["apple"] != 7 {
		t.Errorf("Read = %v, want apple 7 only", got)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "missing"), nil); err == nil {
		t.Error("a missing file gave no error")
	}
}
