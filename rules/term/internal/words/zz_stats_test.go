package words

import (
	"testing"

	"github.com/factlint/factlint/internal/cputime"
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/rulebench"
)

var sink uint64

func cpuBench(b *testing.B, f func()) {
	c0 := cputime.Now()
	for b.Loop() {
		f()
	}
	b.ReportMetric(float64((cputime.Now()-c0).Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
}

func BenchmarkZZStages(b *testing.B) {
	docs, _ := rulebench.Docs(b)
	b.Run("kind", func(b *testing.B) {
		cpuBench(b, func() {
			for _, d := range docs {
				toks := d.Tokens
				for i := range toks {
					t := &toks[i]
					if t.Kind != lint.Word || t.Has(lint.AllCaps) {
						continue
					}
					sink++
				}
			}
		})
	})
	b.Run("kindfree", func(b *testing.B) {
		cpuBench(b, func() {
			for _, d := range docs {
				toks := d.Tokens
				var n uint64
				for i := range toks {
					t := &toks[i]
					ok := t.Kind == lint.Word && t.Flags&lint.AllCaps == 0
					if ok {
						n++
					}
				}
				sink += n
			}
		})
	})
	b.Run("lenonly", func(b *testing.B) {
		cpuBench(b, func() {
			for _, d := range docs {
				toks := d.Tokens
				var n uint64
				for i := range toks {
					n += uint64(len(toks[i].Text))
				}
				sink += n
			}
		})
	})
	b.Run("strip", func(b *testing.B) {
		cpuBench(b, func() {
			for _, d := range docs {
				toks := d.Tokens
				for i := range toks {
					t := &toks[i]
					if t.Kind != lint.Word || t.Has(lint.AllCaps) {
						continue
					}
					w := StripPossessive(t.Text)
					sink += uint64(len(w))
				}
			}
		})
	})
	b.Run("pack", func(b *testing.B) {
		cpuBench(b, func() {
			for _, d := range docs {
				toks := d.Tokens
				text := d.Text
				for i := range toks {
					t := &toks[i]
					if t.Kind != lint.Word || t.Has(lint.AllCaps) {
						continue
					}
					w := StripPossessive(t.Text)
					pk, ok := Pack(text, t.Span.Start, len(w))
					if ok {
						sink += uint64(pk.First()) + uint64(pk.Last())
					}
				}
			}
		})
	})
	b.Run("packonly", func(b *testing.B) {
		cpuBench(b, func() {
			for _, d := range docs {
				toks := d.Tokens
				text := d.Text
				for i := range toks {
					t := &toks[i]
					if t.Kind != lint.Word || t.Has(lint.AllCaps) {
						continue
					}
					pk, ok := Pack(text, t.Span.Start, len(t.Text))
					if ok {
						sink += uint64(pk.First()) + uint64(pk.Last())
					}
				}
			}
		})
	})
}
