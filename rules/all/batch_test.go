package all

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
)

// batchDocs parses every test article of the rules and, when the dev corpus
// is there, its articles: documents with findings of every rule.
func batchDocs(t *testing.T) []*lint.Document {
	t.Helper()
	var paths []string
	err := filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "fuzz" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.Contains(p, "testdata") && corpus.ArticleExts[strings.ToLower(filepath.Ext(p))] {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if dev, ok := corpus.Dev(); ok {
		more, _ := filepath.Glob(filepath.Join(dev, "articles", "*.txt"))
		paths = append(paths, more...)
	}
	sort.Strings(paths)
	var docs []*lint.Document
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if doc, err := lint.Parse(p, src, lint.FormatOf(p)); err == nil {
			docs = append(docs, doc)
		}
	}
	if len(docs) < 100 {
		t.Fatalf("only %d test articles found", len(docs))
	}
	return docs
}

// TestCheckBatchMatchesCheck checks every rule against lint.CheckBatch's
// order (each rule over every document of a batch before the next rule):
// each document of a batch must get what Check gives it alone. A rule that
// kept a document's state where its run on the next document overwrites
// it, or a model result reused before the rules reading it ran, would
// differ here.
func TestCheckBatchMatchesCheck(t *testing.T) {
	docs := batchDocs(t)
	rules := All()
	for _, size := range []int{2, 7, 32} {
		for s := 0; s < len(docs); s += size {
			batch := docs[s:min(s+size, len(docs))]
			diags, errs := lint.CheckBatch(batch, rules, nil)
			for k, doc := range batch {
				want, werr := lint.Check(doc, rules, nil)
				if errs[k] != nil || werr != nil {
					t.Fatalf("%s: %v / %v", doc.Path, errs[k], werr)
				}
				if !reflect.DeepEqual(diags[k], want) {
					t.Errorf("batches of %d, %s: %d findings, %d alone", size, doc.Path, len(diags[k]), len(want))
				}
			}
		}
	}
}
