package entities

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestSortNearMisses checks sortNearMisses against a stable sort by the
// word's start, on lists with many ties (one word the slip of several
// references), sorted lists and lists of one.
func TestSortNearMisses(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	b := &builder{}
	for round := range 200 {
		n := rng.IntN(60)
		ns := make([]NearMiss, n)
		for i := range ns {
			start := rng.IntN(1 + n/3)
			if round%5 == 0 {
				start = i // sorted already
			}
			ns[i] = NearMiss{WordSpan: lint.Span{Start: start, End: start + 4}, Count: i}
		}
		want := slices.Clone(ns)
		slices.SortStableFunc(want, func(x, y NearMiss) int { return x.WordSpan.Start - y.WordSpan.Start })
		b.m = &Model{NearMisses: ns}
		b.sortNearMisses()
		for i := range want {
			if ns[i].WordSpan != want[i].WordSpan || ns[i].Count != want[i].Count {
				t.Fatalf("round %d: at %d got start %d (record %d), want start %d (record %d)", round, i, ns[i].WordSpan.Start, ns[i].Count, want[i].WordSpan.Start, want[i].Count)
			}
		}
	}
}

// TestSortPairs checks sortPairs against sorting the pairs by cmpWords of
// their words (each pair's words in cmpWords order) and dropping repeats,
// words alike in cmpPrefix among them.
func TestSortPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	b := &builder{}
	letters := "abcde"
	for round := range 200 {
		var list []nameWord
		seen := map[string]bool{}
		for range 2 + rng.IntN(40) {
			k := make([]byte, 1+rng.IntN(4))
			for i := range k {
				k[i] = letters[rng.IntN(len(letters))]
			}
			switch round % 4 {
			case 1: // sharing cmpPrefix's seven bytes
				k = append([]byte("abcdefg"), k...)
			case 2: // longer than cmpPrefix's lengths
				k = append([]byte(strings.Repeat("e", 252+rng.IntN(4))), k...)
			case 3: // longer than its lengths, first bytes differing
				k = append(k, strings.Repeat("z", 250+rng.IntN(60))...)
			}
			if !seen[string(k)] {
				seen[string(k)] = true
				list = append(list, nameWord{key: string(k)})
			}
		}
		if len(list) < 2 {
			continue
		}
		var pairs [][2]int32
		for range rng.IntN(80) {
			a, c := int32(rng.IntN(len(list))), int32(rng.IntN(len(list)))
			if a != c {
				pairs = append(pairs, [2]int32{a, c})
			}
		}
		var want [][2]int32
		for _, pr := range pairs {
			if cmpWords(&list[pr[1]], &list[pr[0]]) < 0 {
				pr[0], pr[1] = pr[1], pr[0]
			}
			want = append(want, pr)
		}
		slices.SortFunc(want, func(x, y [2]int32) int {
			if c := cmpWords(&list[x[0]], &list[y[0]]); c != 0 {
				return c
			}
			return cmpWords(&list[x[1]], &list[y[1]])
		})
		want = slices.Compact(want)
		got := b.sortPairs(list, slices.Clone(pairs))
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: got %v, want %v", round, got, want)
		}
		for k := range list {
			if w := &list[k]; w.rank != 0 {
				t.Fatalf("round %d: rank %d left on %q", round, w.rank, w.key)
			}
		}
	}
}

// TestSortEvents checks sortEvents' bucket sort against a stable sort by
// token, for events spread over the document, crowded into a few tokens of
// a long one, and in order already.
func TestSortEvents(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	b := &builder{}
	for round := range 300 {
		ntok := 1 + rng.IntN(5000)
		b.toks = make([]lint.Token, ntok)
		nev := rng.IntN(200)
		lo, span := 0, ntok
		if round%3 == 1 { // crowded
			span = min(ntok, 1+rng.IntN(20))
			lo = rng.IntN(ntok - span + 1)
		}
		ev := make([]event, nev)
		for k := range ev {
			ev[k] = event{tok: int32(lo + rng.IntN(span)), mi: int32(k)}
		}
		if round%7 == 0 {
			slices.SortStableFunc(ev, func(x, y event) int { return int(x.tok - y.tok) })
		}
		want := slices.Clone(ev)
		slices.SortStableFunc(want, func(x, y event) int { return int(x.tok - y.tok) })
		got := b.sortEvents(slices.Clone(ev))
		if !slices.Equal(got, want) {
			t.Fatalf("round %d (%d tokens, %d events): order differs from a stable sort by token", round, ntok, nev)
		}
	}
}
