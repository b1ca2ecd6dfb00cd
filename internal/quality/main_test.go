package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/quality/corpus"
)

func TestRunSkipsWithoutCorpus(t *testing.T) {
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(t.TempDir()); err != nil {
		t.Fatal(err)
	}
	if _, ok := corpus.Dev(); ok {
		t.Skip("a shared/corpus/dev lies above the temporary folder")
	}
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut); code != 0 || !strings.Contains(out.String(), "skipping") {
		t.Errorf("run without a corpus: exit %d, output %q %q", code, out.String(), errOut.String())
	}
	if code := run([]string{"--fps"}, &out, &errOut); code != 2 {
		t.Errorf("--fps without a value: exit %d, want 2", code)
	}
}
