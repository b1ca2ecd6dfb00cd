package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/difftest"
)

// batchArticle is a short story of its own with slips of several kinds,
// padded with n paragraphs, so that a folder of them mixes sizes.
func batchArticle(i, n int) string {
	people := [][2]string{{"Jim", "Mathis"}, {"Anna", "Kowalski"}, {"Peter", "Lindqvist"}, {"Maria", "Fernandes"}, {"Tomas", "Hradecky"}}
	first, last := people[i%len(people)][0], people[i%len(people)][1]
	slip := last[:len(last)-2] + last[len(last)-1:] + last[len(last)-2:len(last)-1] // two letters swapped
	var b strings.Builder
	fmt.Fprintf(&b, "Harbour board %d names new chair\n\nPORTSMOUTH - %s %s was named chair of the harbour board on Monday.\n\n", i, first, last)
	if i%2 == 0 {
		fmt.Fprintf(&b, "%s said the the board would meet in the U.S. next month, and the US office agreed.\n\n", slip)
	} else {
		fmt.Fprintf(&b, "%s´s plan was welcomed by the board, which said she would start at once.\n\n", last)
	}
	for k := range n {
		fmt.Fprintf(&b, "The board met %d times last year and approved %d plans for the western quay, officials said.\n\n", k+2, k+3)
	}
	fmt.Fprintf(&b, "%s will take up the post in May.\n", last)
	return b.String()
}

// TestFolderInBatchesMatchesEachFile checks that linting a folder, whose
// small files the runner checks in batches (lint.NextBatch), prints what
// linting each file on its own prints, on one job and on two.
func TestFolderInBatchesMatchesEachFile(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 40 {
		n := (i * 7) % 23
		if i == 17 {
			n = 400 // a file larger than a batch
		}
		p := filepath.Join(dir, fmt.Sprintf("story-%02d.txt", i))
		if err := os.WriteFile(p, []byte(batchArticle(i, n)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var want bytes.Buffer
	for _, p := range paths {
		var errb bytes.Buffer
		if code := run(context.Background(), []string{"--format", "short", p}, nil, &want, &errb); code > 1 {
			t.Fatalf("%s: exit %d: %s", p, code, errb.String())
		}
	}
	if n := strings.Count(want.String(), "\n"); n < 80 {
		t.Fatalf("only %d findings in the folder:\n%s", n, want.String())
	}
	for _, jobs := range []string{"1", "2"} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), []string{"--format", "short", "--jobs", jobs, dir}, nil, &out, &errb); code != 1 {
			t.Fatalf("--jobs %s: exit %d: %s", jobs, code, errb.String())
		}
		if out.String() != want.String() {
			t.Errorf("--jobs %s: the folder's findings differ from each file's:\n%s", jobs, difftest.First(want.String(), out.String()))
		}
	}
}
