package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

func parse(t testing.TB, path string) *lint.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Skip(err)
	}
	doc, err := lint.Parse(path, src, lint.FormatOf(path))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestDumpSeed(t *testing.T) {
	doc := parse(t, "../../../seeds/000_cbba7123a7b556d8.txt")
	var sb strings.Builder
	if err := Dump(&sb, doc, nil); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("DUMP") != "" {
		t.Log("\n" + sb.String())
	}
}
