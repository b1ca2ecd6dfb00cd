package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules/internal/counts"
)

// TestUpToDate checks that data/properwords.txt is what lexgen writes from
// the shared counts (skipped where ../shared is absent).
func TestUpToDate(t *testing.T) {
	const freq = "../../../../../../shared/data/frequency/news_corpora_wordfreq_cased.tsv"
	if _, err := os.Stat(freq); err != nil {
		t.Skip("no shared counts")
	}
	freqs, err := counts.Read(freq, func(w string) (string, bool) { return w, true })
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../../data/properwords.txt")
	if err != nil {
		t.Fatal(err)
	}
	have := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	if want := Select(freqs, 10); !slices.Equal(have, want) {
		t.Errorf("data/properwords.txt is out of date (%d words, lexgen selects %d): run go generate ./rules/model/entities", len(have), len(want))
	}
}
