package lint

import (
	"github.com/factlint/factlint/internal/cputime"
	"github.com/factlint/factlint/internal/quality/corpus"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir finds shared/corpus/dev/clean beside one of the folders above
// the working directory, or returns "".
func corpusDir() string {
	dir, _ := corpus.Find(filepath.Join("corpus", "dev", "clean"))
	return dir
}

// loadCorpus reads the clean dev articles (research licence: read in place, never copied).
func loadCorpus(b *testing.B) [][]byte {
	dir := corpusDir()
	if dir == "" {
		b.Skip("shared/corpus/dev/clean not found above the working directory")
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var files [][]byte
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err == nil {
			files = append(files, src)
		}
	}
	if len(files) == 0 {
		b.Skip("no articles in " + dir)
	}
	return files
}

// BenchmarkParse measures reading and segmenting the corpus: plain text as
// it is, and the same articles wrapped as Markdown and HTML.
func BenchmarkParse(b *testing.B) {
	files := loadCorpus(b)
	wrap := map[Format]func([]byte) []byte{
		FormatText: func(s []byte) []byte { return s },
		FormatMarkdown: func(s []byte) []byte {
			return []byte("# " + strings.Replace(string(s), "\n", "\n\n", 1))
		},
		FormatHTML: func(s []byte) []byte {
			paras := strings.Split(strings.TrimSpace(string(s)), "\n\n")
			var h strings.Builder
			h.WriteString("<html><head><title>" + paras[0] + "</title></head><body><article>")
			for _, p := range paras[1:] {
				h.WriteString("<p>" + p + "</p>\n")
			}
			h.WriteString("</article></body></html>")
			return []byte(h.String())
		},
	}
	for _, f := range []Format{FormatText, FormatMarkdown, FormatHTML} {
		docs := make([][]byte, len(files))
		total := 0
		for i, src := range files {
			docs[i] = wrap[f](src)
			total += len(docs[i])
		}
		b.Run(f.String(), func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			cpu0 := cputime.Now()
			for b.Loop() {
				for _, src := range docs {
					if _, err := Parse("bench", src, f); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs))/1e3, "µs/article")
			// CPU time, which a busy machine does not inflate as it does wall time.
			if cpu := cputime.Now() - cpu0; cpu > 0 {
				b.ReportMetric(float64(total)*float64(b.N)/cpu.Seconds()/1e6, "MB/cpu-s")
			}
		})
	}
}
