package entities

import (
	"fmt"
	"github.com/factlint/factlint/internal/cputime"
	"github.com/factlint/factlint/internal/quality/corpus"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/factlint/factlint/lint"
)

// cleanCorpus reads the clean articles of the development corpus
// (../shared/corpus/dev/clean), skipping the benchmark when absent.
func cleanCorpus(b *testing.B) ([][]byte, []string) {
	dev, _ := corpus.Dev()
	files, _ := filepath.Glob(filepath.Join(dev, "clean", "*.txt"))
	if dev == "" || len(files) == 0 {
		b.Skip("corpus not found")
	}
	var srcs [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	return srcs, files
}

// reportCPU reports MB per second of process CPU time (robust to other
// load on the machine, unlike MB/s).
func reportCPU(b *testing.B, c0 time.Duration, bytesPerOp int64) {
	if c := cputime.Now() - c0; c > 0 && c0 > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/c.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkBuild builds the entity model of every clean article of the
// development corpus and reports throughput.
func BenchmarkBuild(b *testing.B) { benchBuild(b, false) }

// BenchmarkBuildRecycled is BenchmarkBuild with each model handed back
// (Recycle) after it is built, as lint.Check does once every rule has
// read it: the model's own work without the allocation of its output.
func BenchmarkBuildRecycled(b *testing.B) { benchBuild(b, true) }

// benchBuild builds the model of every clean article b.N times, handing
// each back when recycle is set.
func benchBuild(b *testing.B, recycle bool) {
	docs, size := parsedCorpus(b)
	Build(docs[0], nil) // load the lexicon once
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if m := Build(d, nil); recycle {
				m.Recycle()
			}
		}
	}
	b.StopTimer()
	reportCPU(b, c0, int64(size))
}

// parsed holds the clean corpus parsed once per process (instruction
// counts of a few passes then leave the parsing out).
var parsed struct {
	sync.Once
	docs []*lint.Document
	size int
}

// parsedCorpus returns the clean articles parsed and their total size.
func parsedCorpus(b *testing.B) ([]*lint.Document, int) {
	srcs, files := cleanCorpus(b)
	parsed.Do(func() {
		for i, src := range srcs {
			doc, err := lint.Parse(files[i], src, lint.FormatText)
			if err != nil {
				b.Fatal(err)
			}
			parsed.docs = append(parsed.docs, doc)
			parsed.size += len(src)
		}
	})
	return parsed.docs, parsed.size
}

// BenchmarkBuildScaling builds the model of one article of 5 KB, 1 MB and
// 10 MB (clean articles joined, names recurring as in a long live blog):
// ns/MB must stay flat.
func BenchmarkBuildScaling(b *testing.B) {
	srcs, _ := cleanCorpus(b)
	for _, size := range []struct {
		name string
		n    int
	}{{"5KB", 5 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		var src []byte
		for i := 0; len(src) < size.n; i++ {
			if i > 0 {
				src = append(src, "\n\n"...)
			}
			src = append(src, srcs[i%len(srcs)]...)
		}
		doc, err := lint.Parse(fmt.Sprintf("joined-%s.txt", size.name), src, lint.FormatText)
		if err != nil {
			b.Fatal(err)
		}
		Build(doc, nil)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			b.ResetTimer()
			c0 := cputime.Now()
			for i := 0; i < b.N; i++ {
				Build(doc, nil)
			}
			b.StopTimer()
			reportCPU(b, c0, int64(len(src)))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(src))/1e6), "ns/MB")
		})
	}
}
