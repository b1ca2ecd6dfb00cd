// Package corpus finds the evaluation corpus that lives beside the
// repository (../shared/corpus), for the quality report, benchmarks and
// tests. The corpus texts are licensed for research only: they are read from
// there and never copied into the repository.
package corpus

import (
	"os"
	"path/filepath"
)

// Find looks for shared/<rel> in the working directory and each folder above
// it (so ../shared is found from the repository root and from any package
// folder inside it) and returns its path.
func Find(rel string) (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, "shared", rel)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Dev returns ../shared/corpus/dev, found as Find does.
func Dev() (string, bool) { return Find(filepath.Join("corpus", "dev")) }

// ArticleExts are the file extensions factlint lints in a folder.
var ArticleExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}
