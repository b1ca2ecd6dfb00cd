package consistency

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// lowWords gives each distinct word one index however often it is added,
// through its growth and whatever the hashes (here many share one), finds
// a capitalised word by its lower-case form only, and forgets the words
// of the last article.
func TestLowWords(t *testing.T) {
	var x lowWords
	for round := range 2 {
		x.reset()
		if len(x.words) != 0 {
			t.Fatalf("round %d: reset left %d words", round, len(x.words))
		}
		var words []string
		for k := range 500 {
			words = append(words, fmt.Sprintf("word%d", k))
		}
		// A word's fold is its real FoldHash for some, one shared
		// value for the others (colliding hashes).
		fold := func(k int) uint32 {
			if k%3 == 0 {
				return 12345
			}
			return lint.FoldHash(words[k])
		}
		for rep := range 3 {
			for k, w := range words {
				if got := x.add(fold(k), w); got != int32(k) {
					t.Fatalf("round %d, pass %d: %q is word %d, want %d", round, rep, w, got, k)
				}
			}
		}
		if len(x.words) != len(words) || 2*len(x.words) > len(x.slots) {
			t.Fatalf("round %d: %d words in %d slots", round, len(x.words), len(x.slots))
		}
		for k, w := range words {
			if got := x.capital(fold(k), "W"+w[1:]); got != int32(k) {
				t.Errorf("capital %q: %d, want %d", "W"+w[1:], got, k)
			}
		}
		for k := range words {
			if !x.hasFold(fold(k)) {
				t.Errorf("hasFold of %q's fold %d: false", words[k], fold(k))
			}
		}
		if x.hasFold(lint.FoldHash("word500")) || x.hasFold(12346) {
			t.Error("hasFold of a fold never added: true")
		}
		if got := x.capital(fold(4), "WORD4x"); got != -1 {
			t.Errorf("capital of no word: %d", got)
		}
	}
	x.reset()
	x.add(lint.FoldHash("iphone"), "iPhone")
	if got := x.capital(lint.FoldHash("IPhone"), "IPhone"); got != -1 {
		t.Errorf("IPhone lowered is no iPhone, got word %d", got)
	}
	if !loweredIs("Émile", "Émile") || loweredIs("Émile", "émile") || loweredIs("Ab", "abc") {
		t.Error("loweredIs lowers ASCII capitals only, and compares lengths")
	}
}

// TestReleaseDropsRefs: the names lowered keeps per word (refs) are as
// many as an article's capitals in mid-sentence, so release drops the
// words with the capitals of an article that had more than it keeps.
func TestReleaseDropsRefs(t *testing.T) {
	sc := &work{phrases: map[string]int32{}, heads: map[string]head{}}
	sc.mids = make([]capital, 0, maxPooledLow+1)
	sc.lowWords.words = []lowWord{{refs: make([]pairRef, 0, maxPooledLow)}}
	sc.release()
	if sc.mids != nil || cap(sc.lowWords.words) != 0 {
		t.Errorf("after an article of %d capitals, release keeps %d capitals and %d words", maxPooledLow+1, cap(sc.mids), cap(sc.lowWords.words))
	}
}

// TestReleaseDropsTexts: lowered's words keep copies of their texts
// (lowWords.texts), and a word may be as long as a block: release drops
// the words whose texts grew past maxPooledLow bytes, and keeps the room
// of an ordinary article's.
func TestReleaseDropsTexts(t *testing.T) {
	for _, n := range []int{maxPooledLow + 1, 1000} {
		sc := &work{phrases: map[string]int32{}, heads: map[string]head{}}
		sc.lowWords.reset()
		w := strings.Repeat("x", n)
		sc.lowWords.add(lint.FoldHash(w), w)
		sc.release()
		if kept := cap(sc.lowWords.texts) != 0; kept != (n <= maxPooledLow) {
			t.Errorf("after a word of %d bytes, release keeps %d bytes of texts", n, cap(sc.lowWords.texts))
		}
	}
}

// release drops the rule's own slices of capitals, runs and candidates
// after a long article, as it does lowered's: the pool would keep them
// for every later one.
func TestReleaseDropsCapitals(t *testing.T) {
	for _, long := range []func(sc *work){
		func(sc *work) { sc.capsAt = make([]capital, 0, maxPooledLow+1) },
		func(sc *work) { sc.runs = make([]capRun, 0, maxPooledLow+1) },
		func(sc *work) { sc.cands = make([]int, 0, maxPooledLow+1) },
	} {
		sc := &work{phrases: map[string]int32{}, heads: map[string]head{}}
		long(sc)
		sc.release()
		if sc.capsAt != nil || sc.runs != nil || sc.cands != nil {
			t.Errorf("release keeps %d capitals, %d runs and %d candidates", cap(sc.capsAt), cap(sc.runs), cap(sc.cands))
		}
	}
}

// A block of more capitals than release keeps room for, few of them in
// mid-sentence, leaves mids within maxPooledLow: release keeps lowered's
// storage for the next article.
func TestGatherRoom(t *testing.T) {
	var b strings.Builder
	for range maxPooledLow + 4000 {
		b.WriteString("Aa bb. ")
	}
	b.WriteString("Then Leeds and Hull.\n")
	doc, err := lint.Parse("a.txt", []byte(b.String()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	var caps []capital
	for i := range doc.Tokens {
		if capWord(&doc.Tokens[i]) {
			caps = append(caps, capitalAt(doc.Tokens, i))
		}
	}
	if len(doc.Blocks) != 1 || len(caps) <= maxPooledLow {
		t.Fatalf("%d blocks, %d capitals", len(doc.Blocks), len(caps))
	}
	sc := &work{phrases: map[string]int32{}, heads: map[string]head{}}
	sc.gather(doc.Tokens, caps, firstNameFolds())
	if len(sc.mids) != 2 || cap(sc.mids) > maxPooledLow {
		t.Errorf("%d capitals in mid-sentence, room for %d (maxPooledLow %d)", len(sc.mids), cap(sc.mids), maxPooledLow)
	}
}

// release keeps the filters of an article of a few megabytes for the next
// (sized clears only the words an article uses) and drops larger ones.
func TestReleaseKeepsFilters(t *testing.T) {
	sc := &work{phrases: map[string]int32{}, heads: map[string]head{}}
	sc.pairs.sized(maxPooledLow * 4) // maxPooledLow words
	sc.lowAll.sizedFor(maxPooledLow, placeTable())
	kept, keptAll := &sc.pairs.w[0], &sc.lowAll.w[0]
	sc.release()
	if len(sc.pairs.w) != maxPooledLow || &sc.pairs.w[0] != kept || len(sc.lowAll.w) == 0 || &sc.lowAll.w[0] != keptAll {
		t.Errorf("release dropped the filters of an article of %d tokens", maxPooledLow*4)
	}
	sc.starts.sized(maxPooledLow * 8)
	sc.lowFilter.sized(maxPooledLow * 8)
	sc.release()
	if sc.starts.w != nil || sc.pairs.w != nil || sc.lowFilter.w != nil || sc.lowAll.w != nil {
		t.Errorf("release kept filters of %d and %d words", len(sc.starts.w), len(sc.lowFilter.w))
	}
}

// A short article linted after a long one, with the long one's filters
// kept (release), has the findings it has on its own: the filters hold none
// of the long one's words.
func TestShortAfterLong(t *testing.T) {
	findings := func(src string) string {
		d, err := lint.Parse("a.txt", []byte(src), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		diags, err := lint.Check(d, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(diags)
	}
	short := "The Labor Department said so. The Labor department also did. In london, Mr Brown and the bank of England."
	alone := findings(short)
	var long strings.Builder
	for i := range maxScanTokens / 8 {
		fmt.Fprintf(&long, "The Labor Department met Brown %c%c Ltd. The labor department did not. London bank of England %c.\n\n", 'A'+i%26, 'A'+i/26%26, 'A'+i%7)
	}
	findings(long.String())
	if after := findings(short); after != alone {
		t.Errorf("after a long article:\n%s\nalone:\n%s", after, alone)
	}
}
