package consistency

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// fit folds a filter down to fitBits bits or more for each distinct hash it
// holds, no further (and no lower than 1,024 bits), and every hash added
// is still found; a filter too full for its hashes is left as it is.
func TestBloomFit(t *testing.T) {
	r := uint32(11)
	next := func() uint32 {
		r = r*1664525 + 1013904223
		h := uint64(r) * 0x9E3779B97F4A7C15
		return uint32(h >> 32)
	}
	for _, distinct := range []int{0, 1, 10, 300, 2000, 9000, 30000} {
		var b bloom
		b.sized(longFilled)
		keys := make([]uint32, distinct)
		for k := range keys {
			keys[k] = next()
		}
		// Each key added some times over, as a long article repeats its
		// names.
		for rep := range 5 {
			for k, h := range keys {
				if (k+rep)%3 != 0 {
					b.add(h)
				}
			}
		}
		full := len(b.w)
		n, ok := b.fit(fitBits)
		if !ok {
			t.Fatalf("%d hashes in %d bits: not fitted", distinct, full*64)
		}
		if d := float64(distinct); n < 0.9*d-2 || n > 1.1*d+2 {
			t.Errorf("%d hashes: estimated %.0f", distinct, n)
		}
		if got := len(b.w) * 64; got < distinct*fitBits || len(b.w) > 16 && got/2 >= int(n*fitBits) {
			t.Errorf("%d hashes (estimated %.0f): fitted to %d bits", distinct, n, got)
		}
		if len(b.w) < 16 || len(b.w) != 1<<(32-b.shift) {
			t.Errorf("%d hashes: %d words, shift %d", distinct, len(b.w), b.shift)
		}
		for _, h := range keys {
			if !b.has(h) {
				t.Fatalf("%d hashes: %#x added, not found after fit", distinct, h)
			}
		}
	}
	// Too full: 1,024 bits for 100 hashes.
	var b bloom
	b.sized(16)
	for range 100 {
		b.add(next())
	}
	w := append([]uint64(nil), b.w...)
	if _, ok := b.fit(fitBits); ok || len(b.w) != len(w) {
		t.Errorf("100 hashes in 1,024 bits fitted to %d words", len(b.w))
	}
}

// fitRuns leaves starts and pairs holding every start and pair of the
// runs: folded when the runs repeat few words (a long article repeats its
// names), filled again at the size for the article's tokens when they hold
// more than longFilled's room gives fitBits bits each.
func TestFitRuns(t *testing.T) {
	const ntoks = 1 << 22
	for _, vocab := range []uint32{30, 60, 200000} {
		r := uint32(5)
		var capsAt []capital
		var runs []capRun
		for i := int32(0); len(runs) < 60000; i += 3 {
			r = r*1664525 + 1013904223
			n := 2 + int32(r>>28)%4 // 2 to 5 capitals in a row
			c0 := len(capsAt)
			for k := range n {
				r = r*1664525 + 1013904223
				w := r >> 8 % vocab
				capsAt = append(capsAt, capital{i + k, uint32(uint64(w+1) * 0x9E3779B97F4A7C15 >> 29)})
			}
			runs = append(runs, capRun{occurrence{int(i), int(i + n)}, int32(c0), int32(len(capsAt))})
			i += n
		}
		var starts, pairs bloom
		addRuns(runs, capsAt, starts.sized(longFilled), pairs.sized(longFilled))
		full := len(pairs.w)
		fitRuns(ntoks, runs, capsAt, &starts, &pairs)
		switch {
		case vocab <= 60 && len(pairs.w) >= full:
			t.Errorf("%d words: pairs of %d words, not folded", vocab, len(pairs.w))
		case vocab > 60 && len(pairs.w) != len(new(bloom).sized(ntoks/2).w):
			t.Errorf("%d words: pairs of %d words, not sized for the tokens", vocab, len(pairs.w))
		}
		for _, rn := range runs {
			run := capsAt[rn.caps:rn.capsEnd]
			for a, c := range run {
				if s := int(c.i); s < rn.end-1 && rn.end-s <= maxWords {
					if !starts.has(c.h) {
						t.Fatalf("%d words: start %#x not found", vocab, c.h)
					}
					for _, e := range run[a+1:] {
						if !pairs.has(pairHash(c.h, e.h, int(e.i)-s)) {
							t.Fatalf("%d words: pair %#x %#x %d not found", vocab, c.h, e.h, int(e.i)-s)
						}
					}
				}
			}
		}
	}
}

// longLowSets' filter and walk set hold every capital in mid-sentence
// (and the walk set every place word): fitted and sized for the words when
// the capitals repeat few (a long article repeats its names), sized for
// every capital when they are too many to fit.
func TestLongLowSets(t *testing.T) {
	px := placeTable()
	for _, vocab := range []uint32{1, 40, 4000, 1 << 30} {
		r := uint32(3)
		mids := make([]capital, 150000)
		for k := range mids {
			r = r*1664525 + 1013904223
			w := r >> 2 % vocab
			mids[k] = capital{int32(k), uint32(uint64(w+1) * 0x9E3779B97F4A7C15 >> 31)}
		}
		var sc work
		filter, all := sc.longLowSets(mids)
		for _, c := range mids {
			if !filter.has(c.h) || !all.has(c.h) {
				t.Fatalf("%d words: %#x not in the filter (%v) or the walk set (%v)", vocab, c.h, filter.has(c.h), all.has(c.h))
			}
		}
		px.words.Each(func(f uint32) {
			if !all.has(f) {
				t.Fatalf("%d words: place word %#x not in the walk set", vocab, f)
			}
		})
		everyCap := len(new(walkSet).sizedFor(len(mids), px).w)
		switch {
		case vocab <= 4000 && len(all.w) > len(new(walkSet).sizedFor(walkWords*(int(vocab)+20), px).w):
			t.Errorf("%d words: walk set of %d words, not sized for the words", vocab, len(all.w))
		case vocab > 4000 && (len(all.w) != everyCap || len(filter.w) != len(new(bloom).sized(len(mids)).w)):
			t.Errorf("%d words: walk set of %d words and filter of %d, not sized for every capital", vocab, len(all.w), len(filter.w))
		}
	}
}

// warmRefs reads the tokens run's loop reads of each run with a
// candidate's first word (from the token before the first such capital,
// which may start the run, to the run's end), and no other.
func TestWarmRefs(t *testing.T) {
	const word = 0x1234 // a candidate's first word; 0x99 is none
	toks := make([]lint.Token, 100)
	for k := range toks {
		toks[k] = lint.Token{Span: lint.Span{Start: k, End: k + 1}, Flags: 1}
	}
	text := string(make([]byte, len(toks))) // (its bytes are 0: the sum counts tokens)
	capsAt := []capital{
		{0, word}, {1, 0x99}, // from the text's first token: 2 tokens
		{10, 0x99}, {11, 0x99}, {12, 0x99}, // no candidate's word: none
		{20, 0x99}, {21, word}, {22, word}, {23, 0x99}, // from 20, the word before 21, to 23: 4 tokens
		{30, word}, {31, word}, {32, word}, {33, word}, {34, word}, {35, word}, {36, word}, // 30, the word before 31, to 36 (30 starts too long a phrase): 7 tokens
		{40, 0x99}, {41, word}, // its last word: none
	}
	runs := []capRun{{occurrence{0, 2}, 0, 2}, {occurrence{10, 13}, 2, 5}, {occurrence{20, 24}, 5, 9}, {occurrence{30, 37}, 9, 16}, {occurrence{40, 42}, 16, 18}}
	var firsts bloom
	firsts.sized(16).add(word)
	if firsts.has(0x99) {
		t.Fatal("the test's filter holds its other word")
	}
	if got := warmRefs(text, toks, runs, capsAt, &firsts); got != 2+4+7 {
		t.Errorf("warmRefs read %d tokens, want %d", got, 2+4+7)
	}
}
