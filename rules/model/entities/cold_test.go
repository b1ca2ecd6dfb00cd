package entities

import (
	"testing"

	"github.com/factlint/factlint/internal/cputime"
)

// forgetVocab empties the vocabulary of every free builder (what it knows
// of the words it has seen, as when its document numbers wrap, see
// getBuilder) and keeps its scratch: the next Build meets every word for
// the first time, as a run over a fresh folder of articles does.
func forgetVocab() {
	builders.Lock()
	defer builders.Unlock()
	for _, b := range builders.free {
		b.vocab = vocabIndex{}
		b.infos, b.cold, b.bkeys, b.bkOld = nil, nil, nil, nil
		b.pairs, b.npairs = nil, 0
	}
}

// BenchmarkBuildCold builds the model of every clean article once per
// iteration, each iteration from an empty vocabulary: the cost of the
// words a builder meets for the first time, which BenchmarkBuild's
// repeated passes over the same articles hide. Models are handed back as
// in BenchmarkBuildRecycled.
func BenchmarkBuildCold(b *testing.B) {
	docs, size := parsedCorpus(b)
	Build(docs[0], nil).Recycle() // load the lexicon once
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		forgetVocab()
		for _, d := range docs {
			Build(d, nil).Recycle()
		}
	}
	b.StopTimer()
	reportCPU(b, c0, int64(size))
}
