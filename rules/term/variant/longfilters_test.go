package variant

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestLongFilters checks, on an article long enough for the long path,
// that the filters it asks first never turn away what the exact tests
// accept: readWords (fastWordsLong) and readSlowWords mark the plains
// and fill the filters as longKeysMarks says, longPairHits lists the
// pairs (pairs) that
// mayJoinClosed and functionPairs let through, joinsClosed's filter of
// the closed words' FoldHashes and its memo answer as the walk over the
// bucket does, every pair joinsClosed accepts passes mayJoinClosed (ASCII
// pairs, capitals, possessives, words beyond ASCII), and every plain word
// whose key's Sum is a term's passes termFolds (fails when a filter is
// built or asked from other bytes than the keys'). It does so on an
// article that repeats its words and on one of some 40,000 distinct words.
func TestLongFilters(t *testing.T) {
	t.Run("repeated", func(t *testing.T) { longFilters(t, 0) })
	t.Run("distinct", func(t *testing.T) { longFilters(t, 10) })
}

// coined is a made-up word of five letters or more for i: its first and
// last letters vary with i, so that the walk over a bucket stays short.
func coined(i int) string {
	b := []byte{byte('a' + i%26)}
	for i /= 26; i > 0; i /= 26 {
		b = append(b, byte('a'+i%26))
	}
	for len(b) < 5 {
		b = append(b, 'q')
	}
	return string(b)
}

// longFilters is TestLongFilters on a long article with coin made-up words
// in each paragraph.
func longFilters(t *testing.T, coin int) {
	paras := []string{
		"Every one of the health care workers said everyone at the healthcare trust knew the Health Care Act.",
		"The nation's capital hosted the nationscapital fair; a café owner met the caféowner union on Monday.",
		"A long term plan and a longterm view: the set up cost beat the setup fee, said John Smith's lawyer.",
		"In the end the Weekend edition and the week end edition ran the Mid Term and the midterm stories.",
		"The timetable's pages and the time table, the Naïvestar’s shop and the naïve star, the Set Up’s end.",
		// (a Kelvin sign, whose key is k: an ASCII pair joins a word beyond ASCII)
		"The \u212Ailoton blast, a Kilo ton in all.",
		// (a capital beyond ASCII, which FoldHash leaves as it is: the
		// pair's key is made before it is hashed; and two words with a
		// paragraph's end between them, which make no pair)
		"The Öko strom deal and the ökostrom tariff kept to the time\n\nTable of the week.",
		// (a pair whose second word is a function word, which longPairHits
		// turns away though closedSigs holds its pairSig: loathe)
		"They loathe a loa the size of a cat.",
	}
	var b strings.Builder
	n := 1500
	if coin > 0 {
		n = 4000
	}
	for i := range n {
		fmt.Fprintf(&b, "%s Item %d went to depot %d.", paras[i%len(paras)], i, i%89)
		for j := range coin {
			fmt.Fprintf(&b, " %s", coined(i*coin+j))
		}
		b.WriteString("\n\n")
	}
	doc, sc, plains, cands := readText(t, b.String())
	toks := doc.Tokens
	if !sc.long {
		t.Fatal("the article is not long")
	}
	// (the article of distinct words fills the filters at their first
	// size, and refillLong fills them again from every word)
	if want := min(coin, 1); sc.refills != want {
		t.Errorf("the filters were filled again %d times, want %d", sc.refills, want)
	}
	hits := make([]int32, len(toks))
	longKeysMarks(t, toks, plains, sc)
	sc.joinMemo = map[string]bool{}
	var want []int32
	for k := 1; k < len(toks); k++ {
		// (functionPairs' questions asked of openers and closers
		// themselves: functionPairs asks fnTag too)
		if pairs(toks, plains, k) && sc.mayJoinClosed(toks, &plains[k-1], &plains[k], k) &&
			!openers.has(&toks[k-1]) && !closers.has(&toks[k]) {
			want = append(want, int32(k))
		}
	}
	if got := hits[:sc.longPairHits(doc.Text, plains, toks, hits)]; !slices.Equal(got, want) {
		t.Errorf("longPairHits lists %d tokens, pairs, mayJoinClosed and functionPairs %d", len(got), len(want))
	}
	joins := 0
	for k := 1; k < len(toks); k++ {
		if !pairs(toks, plains, k) {
			continue
		}
		long := sc.joinsClosed(plains[:len(plains)+1], toks, k)
		sc.long = false // the walk alone, as in an article of news length
		walk := sc.joinsClosed(plains[:len(plains)+1], toks, k)
		sc.long = true
		if long != walk {
			t.Errorf("%q %q: joinsClosed of a long article says %v, the walk %v", toks[k-1].Text, toks[k].Text, long, walk)
		}
		if !long {
			continue
		}
		joins++
		if !sc.mayJoinClosed(toks, &plains[k-1], &plains[k], k) {
			t.Errorf("%q %q: joinsClosed accepts the pair, mayJoinClosed turns it away", toks[k-1].Text, toks[k].Text)
		}
	}
	if joins == 0 {
		t.Fatal("no pair joins a closed word")
	}
	cands = sc.openForms(doc, plains, cands)
	var terms words.SumSet
	terms.Reset(len(cands))
	for k := range cands {
		terms.Add(words.Sum{H: cands[k].sum})
	}
	sc.termFoldsOf(doc, cands, terms.Len())
	// (sized by the keys, not by the forms, which repeat them)
	var sized sumFilter
	sized.reset(16 * terms.Len())
	if len(sc.termFolds.words) != len(sized.words) {
		t.Errorf("termFolds has %d words for %d keys (%d forms), want %d", len(sc.termFolds.words), terms.Len(), len(cands), len(sized.words))
	}
	found := 0
	for k := range toks {
		if !isPlain(&toks[k]) || plains[k].state() == compound {
			continue
		}
		sum, _ := words.KeySum(words.StripPossessive(toks[k].Text))
		if !terms.Has(sum) {
			continue
		}
		found++
		if plains[k].facts>>48 == 0 && !sc.termFolds.has(uint64(toks[k].Fold)) {
			t.Errorf("%q: its key is a term's, termFolds turns it away", toks[k].Text)
		}
	}
	if found == 0 {
		t.Fatal("no word has a term's key")
	}
}

// longKeysMarks checks what readWords (fastWordsLong) and readSlowWords
// did to the plains of a long article: the tokens that are no plain words
// have notPlain, the plain words (slow words too) the facts of their key,
// and the key of every plain word of five bytes or more, made here from
// its text, is in closedFolds (its FoldHash) and closedSigs (its keySig).
func longKeysMarks(t *testing.T, toks []lint.Token, plains []plain, sc *buffers) {
	t.Helper()
	for k := range toks {
		tok := &toks[k]
		switch {
		case !isPlain(tok):
			if plains[k].facts != notPlain {
				t.Fatalf("%q, no plain word: facts %#x, not notPlain", tok.Text, plains[k].facts)
			}
		case plains[k].state() != compound:
			key := words.AppendKey(nil, words.StripPossessive(tok.Text))
			n := len(key)
			if pw := &plains[k]; pw.klen() != int32(n) || n > 0 && (pw.first() != key[0]|0x20 || pw.last() != key[n-1]|0x20) {
				t.Fatalf("%q: facts %#x, not those of its key %q", tok.Text, pw.facts, key)
			}
			if n < 5 {
				continue
			}
			sig := keySig(packFacts(int32(n), key[0]|0x20, key[n-1]|0x20, 0, asciiWord), key[1], key[n-2])
			if !sc.closedFolds.has(uint64(lint.FoldHashBytes(key))) || !sc.closedSigs.has(sig) {
				t.Fatalf("%q: its key %q is not in the filters of closed words' keys", tok.Text, key)
			}
		}
	}
}

// mayJoinClosed reports whether the keys of the words of tokens k-1 and
// k, whose plains are pa and pb, written together may be the key of a
// closed word of a long article: false when both are ASCII words (keys
// of their bytes lower-cased, the first with no possessive) whose joined
// key's length and first two and last two bytes closedSigs does not hold,
// which reads their facts and two bytes; true for the others (joinsClosed
// decides). It is the test of one pair that longPairHits makes for every
// pair of a long article.
func (sc *buffers) mayJoinClosed(toks []lint.Token, pa, pb *plain, k int) bool {
	if pa.facts>>48 != 0 || pb.state() != asciiWord { // (asciiWord is 0)
		return true
	}
	return sc.closedSigs.has(pairSig(pa.facts, pb.facts, toks[k-1].Text, toks[k].Text))
}

// TestKeySig checks that keySig ignores the possessive and state of facts
// (bits 48 on) and lower-cases its bytes, and that pairSig of two ASCII
// words is the keySig of their joined key, a possessive of the second
// left out.
func TestKeySig(t *testing.T) {
	f := packFacts(7, 'h', 'e', 0, asciiWord)
	if a, b := keySig(f, 'O', 'S'), keySig(f|packFacts(0, 0, 0, 2, otherWord), 'o', 's'); a != b {
		t.Errorf("keySig %#x with a possessive and a state, %#x without", b, a)
	}
	fa := packFacts(4, 'h', 'e', 0, asciiWord)
	fb := packFacts(4, 'c', 'e', 2, asciiWord) // care's
	joined := packFacts(8, 'h', 'e', 0, asciiWord)
	if got, want := pairSig(fa, fb, "Home", "care's"), keySig(joined, 'o', 'r'); got != want {
		t.Errorf("pairSig(Home, care's) = %#x, keySig(homecare) %#x", got, want)
	}
	if got, want := pairSig(packFacts(1, 'e', 'e', 0, asciiWord), packFacts(4, 'm', 'l', 0, asciiWord), "E", "mail"), keySig(packFacts(5, 'e', 'l', 0, asciiWord), 'm', 'i'); got != want {
		t.Errorf("pairSig(E, mail) = %#x, keySig(email) %#x", got, want)
	}
}

// TestPairSig checks pairSig against the keySig of the joined key made
// from the text, for every pair of ASCII words (the first with no
// possessive) of an article of words of one to seven letters in any case,
// some with a possessive, an inner capital or an apostrophe: the words of
// one letter take the joined key's second byte from the second word's
// facts (e mail) and its last but one from the first's (plan B).
func TestPairSig(t *testing.T) {
	var b strings.Builder
	seed := uint32(1)
	next := func(n uint32) uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 % n }
	for range 3000 {
		w := make([]byte, 1+next(7))
		for i := range w {
			w[i] = byte('a' + next(26))
			if next(4) == 0 {
				w[i] -= 'a' - 'A'
			}
		}
		switch next(8) {
		case 0:
			w = append(w, "'s"...)
		case 1:
			if len(w) >= 2 {
				w[len(w)-2] = '\''
			}
		}
		b.Write(w)
		b.WriteString(" ")
		if next(12) == 0 {
			b.WriteString(".\n\n")
		}
	}
	doc, _, plains, _ := readText(t, b.String())
	toks := doc.Tokens
	asked := map[[2]int]bool{}
	for k := 1; k < len(toks); k++ {
		fa, fb := plains[k-1].facts, plains[k].facts
		if !pairs(toks, plains, k) || fa>>48 != 0 || uint8(fb>>56) != asciiWord {
			continue
		}
		a, bt := toks[k-1].Text, toks[k].Text
		j := words.AppendKey([]byte(words.Key(a)), words.StripPossessive(bt))
		n := len(j)
		want := keySig(packFacts(int32(n), j[0]|0x20, j[n-1]|0x20, 0, asciiWord), j[1], j[n-2])
		if got := pairSig(fa, fb, a, bt); got != want {
			t.Errorf("pairSig(%q, %q) = %#x, keySig of %q %#x", a, bt, got, j, want)
		}
		asked[[2]int{min(len(a), 2), min(len(words.StripPossessive(bt)), 2)}] = true
	}
	if len(asked) != 4 {
		t.Fatalf("pairs of words of one letter and more: %v, want all four", asked)
	}
}
