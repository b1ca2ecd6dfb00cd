package consistency

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// lowerPass, the one pass over the text, answers every search as
// strings.Index does one by one (lowerFound), and as a plain reading of
// every position does; on texts of words with letters, digits, letters
// beyond ASCII, marks and spaces, and phrases taken from them or not.
func TestLowerPass(t *testing.T) {
	parts := []string{"post", "office", "the", "é", "élan", "3", "post-office", "postal", ".", " ", " ", "\n", "'s", "Post", "x", "ab"}
	for seed := uint32(1); seed < 3000; seed++ {
		r := seed
		next := func(n int) int {
			r = r*1664525 + 1013904223
			return int(r>>8) % n
		}
		var b strings.Builder
		for range 4 + next(40) {
			b.WriteString(parts[next(len(parts))])
		}
		text := strings.ToLower(b.String())
		var qs []lowerQuery
		for range fewSearches + 1 + next(4) {
			var q lowerQuery
			if next(3) == 0 { // a phrase of its own
				for range 1 + next(3) {
					q.phrase += parts[next(len(parts))]
				}
				q.phrase = strings.ToLower(q.phrase)
				q.at = next(len(text) + 1)
			} else { // a piece of the text, excluded where it stands or not
				i := next(len(text))
				j := i + 1 + next(len(text)-i)
				q.phrase, q.at = text[i:j], i
				if next(2) == 0 {
					q.at = -1
				}
			}
			if q.phrase == "" {
				q.phrase = "x"
			}
			qs = append(qs, q)
		}
		one := append([]lowerQuery(nil), qs...)
		lowerAll(text, one) // more than fewSearches: lowerPass
		checkAnswers(t, text, qs, one)
	}
}

// checkAnswers compares lowerFound's answer to each search of qs, and
// lowerPass's (passed, qs answered by it), with plainFound's.
func checkAnswers(t *testing.T, text string, qs, passed []lowerQuery) {
	t.Helper()
	for i, q := range qs {
		want := plainFound(text, q)
		if got := lowerFound(text, q); got != want {
			t.Fatalf("%q in %q (not at %d): lowerFound %v, want %v", q.phrase, text, q.at, got, want)
		}
		if passed[i].found != want {
			t.Fatalf("%q in %q (not at %d): lowerPass %v, want %v", q.phrase, text, q.at, passed[i].found, want)
		}
	}
}

// plainFound is what a search answers, read at every position of text.
func plainFound(text string, q lowerQuery) bool {
	for at := 0; at+len(q.phrase) <= len(text); at++ {
		end := at + len(q.phrase)
		if at != q.at && text[at:end] == q.phrase && (at == 0 || !isLetter(text[at-1])) &&
			(end == len(text) || !isLetter(text[end])) {
			return true
		}
	}
	return false
}

// Every phrase whose capital comes only from opening a sentence is let
// pass when the article writes it in lower case too, however many such
// phrases it has (once, at most 32 were asked about).
func TestLowerElsewhereMany(t *testing.T) {
	const n = 40
	word := func(k int, s string) string {
		return string(rune('B'+k%20)) + []string{"ar", "el", "om", "ut"}[k/20%4] + s
	}
	article := func(lower bool) string {
		var b strings.Builder
		b.WriteString("Notes\n\n")
		for k := range n {
			x, y := word(k, "vank"), []string{"Office", "Board", "Trust", "Council"}[k%4]
			fmt.Fprintf(&b, "%s %s services will go on, we hear. They met the %s %s, the council said.", x, strings.ToLower(y), x, y)
			if lower {
				fmt.Fprintf(&b, " We saw the %s %s again.", strings.ToLower(x), strings.ToLower(y))
			}
			b.WriteString("\n\n")
		}
		return b.String()
	}
	for _, lower := range []bool{false, true} {
		d, err := lint.Parse("a.txt", []byte(article(lower)), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		diags, err := lint.Check(d, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		devs := 0 // (the others: none, or the lower-case words of lowered)
		for _, dg := range diags {
			if d.Tokens[d.TokenAt(dg.Span.Start)].Has(lint.SentenceStart) {
				devs++
			}
		}
		want := n
		if lower {
			want = 0
		}
		if devs != want {
			t.Errorf("lower case elsewhere %v: %d deviants at a sentence start reported, want %d", lower, devs, want)
		}
	}
}

// lowerPass and lowerFound answer as a plain reading does on texts in
// mixed case (the phrases are lower-cased, the text is not; TestLowerPass
// lower-cases its texts), with letters beyond ASCII whose lower case is
// longer or shorter in bytes, phrases that are prefixes of others or
// repeated, at the text's ends and at q.at, and many phrases at once.
// Fails when the pass walks the text lower-cased and skips matchAt.
func TestLowerPassMixedCase(t *testing.T) {
	parts := []string{"Post", "post", "POST", "Office", "office", "Post Office", "post office", "É", "é", "İ", "ı", "Ⱥ", "ⱥ", "K", "ß", "the", "The", "'s", "’s", "-", " ", " ", ".", "\n", "3", "x", "X", "ab", "a"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(30) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		text := b.String()
		n := 1 + rng.IntN(40)
		qs := make([]lowerQuery, 0, n)
		for range n {
			var q lowerQuery
			switch rng.IntN(4) {
			case 0: // made up
				for range 1 + rng.IntN(3) {
					q.phrase += parts[rng.IntN(len(parts))]
				}
				q.at = rng.IntN(len(text) + 1)
			case 1: // a repeat or a prefix of one before
				if len(qs) > 0 {
					o := qs[rng.IntN(len(qs))]
					q.phrase, q.at = o.phrase[:1+rng.IntN(len(o.phrase))], o.at
					break
				}
				fallthrough
			default: // a piece of the text, as lowerQueryOf makes it
				i := rng.IntN(len(text))
				j := i + 1 + rng.IntN(len(text)-i)
				q.phrase, q.at = text[i:j], i
				if rng.IntN(3) == 0 {
					q.at = -1
				}
			}
			q.phrase = strings.ToLower(q.phrase)
			if q.phrase == "" {
				q.phrase = "a"
			}
			qs = append(qs, q)
		}
		got := append([]lowerQuery(nil), qs...)
		lowerPass(text, got)
		checkAnswers(t, text, qs, got)
	}
}

// run asks lowerAll about some phrases only (lowerAsked) and hands each
// asked phrase its own answer: phrases that are reported but not asked
// (a deviant in mid-sentence only) stand between asked ones whose answers
// differ, a few of them (searched one by one) and many (lowerPass). Fails
// when an answer goes to the wrong phrase.
func TestLowerAnswersInStep(t *testing.T) {
	for _, groups := range []int{1, 5} {
		var b strings.Builder
		b.WriteString("Notes\n\n")
		var want []string
		for g := range groups {
			x := func(s string) string { return s + string(rune('a'+g)) }
			// not asked: its deviant is in mid-sentence
			fmt.Fprintf(&b, "They met the %s Office. Staff of the %s office left.\n\n", x("Harb"), x("Harb"))
			want = append(want, x("Harb")+" office")
			// asked, written in lower case nowhere: reported
			fmt.Fprintf(&b, "%s board services will go on. They met the %s Board.\n\n", x("Dov"), x("Dov"))
			want = append(want, x("Dov")+" board")
			// asked, written in lower case elsewhere: let pass
			fmt.Fprintf(&b, "%s trust services will go on. They met the %s Trust. We saw the %s trust.\n\n", x("Kels"), x("Kels"), strings.ToLower(x("Kels")))
		}
		d, err := lint.Parse("a.txt", []byte(b.String()), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		diags, err := lint.Check(d, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, dg := range diags {
			got = append(got, d.Slice(dg.Span))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%d groups: reported %q, want %q", groups, got, want)
		}
	}
}

// pairScan finds the first place of two bytes as a reading of every
// place does, at every offset of the word loop and in its tail; on texts
// whose bytes are few and near the pair's (0x00, 0x01 and the pair's
// bytes plus one, which the zero-byte test may mark in error), and on
// pairs of one byte twice.
func TestPairScan(t *testing.T) {
	pairs := [][2]byte{{'u', 's'}, {'a', 'a'}, {0, 1}, {1, 0}, {0x80, 0x7f}, {'t', ' '}}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, p := range pairs {
		alphabet := []byte{0, 1, p[0], p[1], p[0] + 1, p[1] + 1, p[0] ^ 0x80, 'x'}
		for range 4000 {
			b := make([]byte, rng.IntN(60))
			for k := range b {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			}
			s := string(b)
			if got, want := pairScan(s, p[0], p[1]), plainPair(s, p[0], p[1]); got != want {
				t.Fatalf("pairScan(%q, %q, %q) = %d, want %d", s, p[0], p[1], got, want)
			}
		}
	}
}

// A long text's searches for phrases that start with a common letter
// (pairFound) answer as a reading of every position does: phrases of the
// text, excluded where they stand or not, and phrases it lacks, among
// words that share their first two letters.
func TestLowerFoundLong(t *testing.T) {
	words := []string{"us", "use", "user", "district", "distinct", "court", "courts", "us district court",
		"Us", "bus", "usd", "é", "3", ".", "of", "the", "then", "'s", "us-district"}
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 40 {
		var b strings.Builder
		for b.Len() < pairScanText+rng.IntN(64) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString([]string{" ", " ", "\n", ", ", ""}[rng.IntN(5)])
		}
		text := b.String()
		for range 20 {
			var q lowerQuery
			if round%2 == 0 {
				i := rng.IntN(len(text) - 20)
				q.phrase, q.at = text[i:i+2+rng.IntN(18)], i
			} else {
				q.phrase, q.at = words[rng.IntN(len(words))]+" "+words[rng.IntN(len(words))], -1
			}
			if len(q.phrase) < 2 || !commonFirst(q.phrase[0]) {
				continue
			}
			if got, want := lowerFound(text, q), plainFound(text, q); got != want {
				t.Fatalf("%q (not at %d) in a text of %d bytes: lowerFound %v, want %v", q.phrase, q.at, len(text), got, want)
			}
		}
	}
}

// FuzzPairScan: pairScan finds the first place of any two bytes in any
// string as a reading of every place does (bytes 0x00, 0x01, 0xFF and
// those at or above 0x80 included). The seeds put the pair at the last
// two bytes and across each 16-byte step of the word loop, among bytes
// that differ from the pair's in their lowest bit only, after a, a^1, b
// (the zero-byte test marks the a^1 in error).
func FuzzPairScan(f *testing.F) {
	for _, p := range [][2]byte{{'u', 's'}, {0, 0}, {0, 1}, {1, 0}, {0xff, 0xff}, {0x80, 0x7f}, {0xc3, 0xa9}, {'a', 'a'}} {
		for _, n := range []int{2, 16, 17, 18, 33, 64} {
			for _, at := range []int{n - 2, 7, 8, 14, 15, 16} {
				if at < 0 || at+2 > n {
					continue
				}
				b := make([]byte, n)
				for k := range b {
					b[k] = p[k%2] ^ 1
				}
				b[at], b[at+1] = p[0], p[1]
				f.Add(string(b), p[0], p[1])
				if at >= 3 {
					b[at-3], b[at-2], b[at-1] = p[0], p[0]^1, p[1]
					f.Add(string(b), p[0], p[1])
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string, a, b byte) {
		if got, want := pairScan(s, a, b), plainPair(s, a, b); got != want {
			t.Fatalf("pairScan(%q, %#x, %#x) = %d, want %d", s, a, b, got, want)
		}
	})
}

// plainPair is pairScan by a reading of every place.
func plainPair(s string, a, b byte) int {
	for k := 0; k+1 < len(s); k++ {
		if s[k] == a && s[k+1] == b {
			return k
		}
	}
	return -1
}
