package consistency

import (
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// candidateTexts are articles whose deviant candidates are odd: a lower-case
// word of one or two letters, at a sentence start or with a possessive
// ending in a window, punctuation and capitals between, names in headings
// and in title-case and all-capitals blocks, and windows at a block's and
// the text's ends.
var candidateTexts = []string{
	"The Labor Department said so. The Labor department also did. The Labor Department's plan.",
	"Bank of England staff. The bank of England and the Bank of england, Bank of England's chief.",
	"Manchester United won. Manchester united lost; Manchester, united. Manchester United",
	"Mr Brown spoke. Mr brown said: Mr. brown's car. MR BROWN. Mr Brown Jr left.",
	"The European Commission ruled.\n\nEuropean commission\n\nThe European Commission Of Europe",
	"# European Commission Rules\n\nThe European commission ruled, and the European Commission agreed.",
	"## the European commission said\n\nThe European Commission said.",
	"Ho Chi Minh City is big. Ho chi Minh city. Ho Chi minh City. Ho Chi Minh. ho Chi Minh",
	"New York Times. New York times. The New York Times' story. New york. New York's mayor. New York",
	"A B C D E F G. A b C d E f G. A B c. A B C D E F G H. a B C.",
	"Liverpool Street Station. Liverpool street station. Liverpool St. Station. Liverpool - street",
	"THE LABOR DEPARTMENT SAID SO\n\nThe Labor Department. The Labor department.",
	"Labor Department\n\ndepartment Labor. Labor department",
	"The World Bank. The World bank. The World Bank-funded project. The World bank’s loan. World Bank",
	// More lower-case uses of later words than capitals: the walk gives
	// up its scan (deviantScan.off), here in the first block and in the
	// second.
	"The Labor Department said. " + strings.Repeat("the department and labor department said, ", 20) + "The Labor department.",
	"The Labor Department said. The Labor department.\n\n" + strings.Repeat("a department ", 30) + "Labor department",
	// An article longer than maxScanTokens: no scan at all. The walk
	// finds the candidates from each block's capitals (fromCaps), with
	// headings between the blocks, or run finds them all when the walk
	// reads no block (no capital in mid-sentence of three bytes or more).
	strings.Repeat("The Labor Department said. The Labor department did.\n\n", maxScanTokens/10+1), // 10 tokens each
	strings.Repeat("# Labor department News\n\nThe Labor Department said. The Labor department did.\n\n", maxScanTokens/12),
	strings.Repeat("Mr Li said.\n\nMr li did.\n\n", maxScanTokens/6),
	// A long article of more distinct names than its filters are filled
	// for (longFilled): fitRuns fills starts and pairs again for its
	// tokens, and longLowSets sizes lowered's filter and walk set for
	// every capital.
	manyNames(14000) + "The Labor Department said. The Labor department did.",
}

// manyNames returns n sentences, each with a name of three capitalised
// words in mid-sentence that no other sentence has.
func manyNames(n int) string {
	word := func(k int) string {
		w := []byte{'Q'}
		for ; k > 0; k /= 26 {
			w = append(w, byte('a'+k%26))
		}
		return string(append(w, 'x'))
	}
	var b strings.Builder
	for k := range n {
		b.WriteString("the " + word(3*k) + " " + word(3*k+1) + " " + word(3*k+2) + " said. ")
	}
	return b.String()
}

// run's deviant candidates, found by lowered's walk from the lower-case
// words (deviantScan) and by candidates from the capitals of headlines and
// headings, are among those that candidates finds from every capital, and
// hold all that it would find with exact sets for its filters (the rest
// are the filters' false positives, which the phrases' keys then turn
// away): for the test articles, the texts above, and random words and
// marks.
func TestCandidatesFromWalk(t *testing.T) {
	calls, found, offs := 0, 0, 0
	testHookCandidates = func(toks []lint.Token, capsAt []capital, runs []capRun, starts, pairs *bloom, cands []int, off bool) {
		calls++
		offs += b2i(off)
		found += len(cands)
		type pair struct {
			first, word uint32
			dist        int
		}
		exactStarts, exactPairs := map[uint32]bool{}, map[pair]bool{}
		for _, r := range runs {
			run := capsAt[r.caps:r.capsEnd]
			for a, c := range run {
				if s := int(c.i); s < r.end-1 && r.end-s <= maxWords {
					exactStarts[c.h] = true
					for _, e := range run[a+1:] {
						exactPairs[pair{c.h, e.h, int(e.i) - s}] = true
					}
				}
			}
		}
		var exact []int
		for _, c := range capsAt {
			i := int(c.i)
			for low := lowerWindow(toks, i); low != 0 && exactStarts[c.h]; low &= low - 1 {
				k := i + 1 + bits.TrailingZeros64(low)
				if exactPairs[pair{c.h, tokenFold(&toks[k]), k - i}] {
					exact = append(exact, i)
					break
				}
			}
		}
		filtered := candidates(toks, capsAt, starts, pairs, nil)
		if off && !slices.Equal(cands, filtered) {
			t.Errorf("candidates %v, given up the walk's: want %v", cands, filtered)
		}
		for _, i := range exact {
			if !slices.Contains(cands, i) {
				t.Errorf("candidate %d (%q) missed", i, toks[i].Text)
			}
		}
		for _, i := range cands {
			if !slices.Contains(filtered, i) {
				t.Errorf("candidate %d (%q) that candidates does not find", i, toks[i].Text)
			}
		}
		if !slices.IsSorted(cands) || len(slices.Compact(slices.Clone(cands))) != len(cands) {
			t.Errorf("candidates %v: not in order, or repeated", cands)
		}
	}
	defer func() { testHookCandidates = nil }()
	check := func(src string, f lint.Format) {
		d, err := lint.Parse("x", []byte(src), f)
		if err != nil {
			return
		}
		if _, err := lint.Check(d, []*lint.Rule{Rule}, nil); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
	words := "Bank bank of England england The the Mr mr Labor labor Department department's Department's " +
		"a A b B , . ; - ( ) said New new York york’s Co co ltd Ltd \n\n # and And"
	texts := append(slices.Clone(candidateTexts), testTexts(t, words, 1, 3000, 40)...)
	for _, src := range texts {
		check(src, lint.FormatText)
		check(src, lint.FormatMarkdown)
	}
	if calls < 100 || found < 100 || offs < 2 || offs > calls/2 {
		t.Errorf("%d documents with runs, %d candidates, %d of them found from the capitals: the test reads too few", calls, found, offs)
	}
}

// blockRuns finds the runs, capitals and filter keys that the loop it
// replaced found (blockRunsPlain, which appended each capital as it went),
// for random blocks of capitals, bridges and other words.
func TestBlockRuns(t *testing.T) {
	words := strings.Fields("Bank of England and the said A B C D E F G H of. upon’s De la van . , Co")
	r := uint32(7)
	for n := range 2000 {
		var b strings.Builder
		for range 1 + n%30 {
			r = r*1664525 + 1013904223
			b.WriteString(words[r>>8%uint32(len(words))])
			b.WriteByte(' ')
		}
		d, err := lint.Parse("x", []byte(b.String()), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		for _, bl := range d.Blocks {
			toks := d.Tokens
			lo, hi := bl.FirstToken, bl.EndToken
			idx, _ := capitals(toks[lo:hi], nil)
			var s1, p1, s2, p2 bloom
			s1.sized(64)
			p1.sized(64)
			s2.sized(64)
			p2.sized(64)
			var laters []uint32
			prefix := []capital{{-1, 1}}
			caps1, runs1 := blockRunsPlain(toks, lo, idx, slices.Clone(prefix), nil, &s1, &p1)
			caps2, runs2 := blockRuns(toks, lo, idx, room(slices.Clone(prefix), len(idx)), nil, &s2, &p2, &laters)
			if !slices.Equal(caps1, caps2) || !slices.Equal(runs1, runs2) || !slices.Equal(s1.w, s2.w) || !slices.Equal(p1.w, p2.w) {
				t.Fatalf("%q: capitals %v runs %v, want %v %v (or the filters differ)", b.String(), caps2, runs2, caps1, runs1)
			}
			// addRuns adds what blockRuns added, from the runs alone.
			var s3, p3 bloom
			addRuns(runs2, caps2, s3.sized(64), p3.sized(64))
			if !slices.Equal(s3.w, s2.w) || !slices.Equal(p3.w, p2.w) {
				t.Fatalf("%q: addRuns's filters differ from blockRuns'", b.String())
			}
			// The later words of the pairs, run by run.
			var want []uint32
			for _, r := range runs1 {
				run := caps1[r.caps:r.capsEnd]
				for a, c := range run {
					if s := int(c.i); s < r.end-1 && r.end-s <= maxWords {
						for _, e := range run[a+1:] {
							want = append(want, e.h)
						}
					}
				}
			}
			if !slices.Equal(laters, want) {
				t.Fatalf("%q: later words %v, want %v", b.String(), laters, want)
			}
		}
	}
}

// blockRunsPlain is blockRuns as it was before it wrote the capitals in a
// loop of their own and skipped those in no run (nextPair): the plain
// statement of what it finds.
func blockRunsPlain(toks []lint.Token, lo int, capIdx []int32, capsAt []capital, runs []capRun, starts, pairs *bloom) ([]capital, []capRun) {
	for p := 0; p < len(capIdx); {
		i := lo + int(capIdx[p])
		c0 := len(capsAt) // the run's capitalised words are capsAt[c0:]
		capsAt = append(capsAt, capital{int32(i), capKey(&toks[i])})
		j := i + 1
		for p++; p < len(capIdx); p++ {
			next := lo + int(capIdx[p])
			if next == j {
				capsAt = append(capsAt, capital{int32(j), capKey(&toks[j])})
				j++
				continue
			}
			// A bridge between two capitalised words (one branch for
			// the gap of one token and its kind, case and length); the
			// bridge is in lower case, its own lower-case form.
			if mayBridge(toks, j, next) && isBridge(&toks[j]) {
				capsAt = append(capsAt, capital{int32(j + 1), capKey(&toks[j+1])})
				j += 2
				continue
			}
			break
		}
		if j-i >= 2 {
			runs = append(runs, capRun{occurrence{i, j}, int32(c0), int32(len(capsAt))})
			run := capsAt[c0:]
			for a, c := range run {
				if s := int(c.i); s < j-1 && j-s <= maxWords {
					starts.add(c.h)
					for _, e := range run[a+1:] {
						pairs.add(pairHash(c.h, e.h, int(e.i)-s))
					}
				}
			}
		}
	}
	return capsAt, runs
}

// testTexts returns the package's test articles and n texts of 2 to
// 1+maxWords words drawn from words (separated by spaces) by a fixed
// sequence from seed, for the tests that compare a pass with what it
// replaced over many odd texts.
func testTexts(t *testing.T, words string, seed uint32, n int, maxWords uint32) []string {
	t.Helper()
	var texts []string
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(src))
	}
	ws := strings.Fields(words)
	r := seed
	for range n {
		var b strings.Builder
		for range 2 + r%maxWords {
			r = r*1664525 + 1013904223
			b.WriteString(ws[r>>8%uint32(len(ws))])
			b.WriteByte(' ')
		}
		texts = append(texts, b.String())
	}
	return texts
}
