package garbled

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// TestPairWords checks pairWords (roles read by tables, the pairs found 8
// tokens at a time) against every token's role and every pair read one by
// one, a function word being one as it is written (words.Function), on the
// texts of TestFoldKeys and on texts whose words stand at every place of a
// group of 8 tokens, capitalised or not (fails when a function word in a
// pair is kept, or a pair across two groups is lost).
func TestPairWords(t *testing.T) {
	texts := keyTexts(t)
	for shift := range 9 {
		text := ""
		for range shift {
			text += "x "
		}
		texts = append(texts, text+"the garbled bank of central banks said The central bank rate and our bank plans for the banks in rural areas over the long term")
	}
	// Words of 9 bytes or more that start with a function word (which
	// roleBytes reads without their first byte), and words too short to
	// pair (read as zero), beside words that pair.
	texts = append(texts, "althoughs bank althoughness rate betweenness bank theretofore rates thereby bank it's ox bank an ab cd bank",
		"the althoughs althoughs bank between betweens ma bank xy zq bank")
	for _, text := range texts {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		sc := &buffers{}
		ws, pairs, _ := sc.pairWords(doc)
		wantWs, wantPairs := naivePairWords(doc.Text, doc.Tokens)
		if !slices.Equal(ws, wantWs) || !slices.Equal(pairs, wantPairs) {
			t.Errorf("%.60q: pairWords %v %v, want %v %v", text, ws, pairs, wantWs, wantPairs)
		}
	}
}

// naivePairWords is pairWords read token by token.
func naivePairWords(text string, toks []lint.Token) (ws, pairs []int32) {
	roles := make([]uint8, len(toks))
	for k := range toks {
		roles[k] = roleOf(&toks[k], 0)
		// a function word as written; not one of the tokens that start
		// in the text's last 8 bytes (readWords tells those)
		if toks[k].Span.Start <= len(text)-8 && words.Function[toks[k].Text] {
			roles[k] = 0
		}
	}
	for k := 1; k < len(toks); k++ {
		if roles[k-1]&1 == 0 || roles[k]&2 == 0 {
			continue
		}
		if len(ws) == 0 || ws[len(ws)-1] != int32(k-1) {
			ws = append(ws, int32(k-1))
		}
		ws = append(ws, int32(k))
		pairs = append(pairs, int32(len(ws)-1))
	}
	return ws, pairs
}

// TestPairWordsLong checks pairWords on a text of many chunks (tokenChunk)
// with more than maxOnePhrases pairs, pairs across the chunks' borders
// among them: its pairs against naivePairWords, and the words it read
// chunk by chunk against readWords reading them all at once (fails when a
// chunk's words are read wrong or twice, or a border loses a pair); both
// with the words read from the chunk where the pairs pass maxOnePhrases
// on and, as a long article's are (foldColumnMin lowered), from the first
// chunk on.
func TestPairWordsLong(t *testing.T) {
	defer func(n int) { foldColumnMin = n }(foldColumnMin)
	for _, foldColumnMin = range []int{foldColumnMin, 0} {
		checkPairWordsLong(t)
	}
}

// TestPairWordsShortReadEarly checks that a text of few pairs whose words
// were read chunk by chunk (foldColumnMin lowered) tells candidates that
// none is read: relevantPairs sorts its pairs out, and the words of those
// it keeps are read after it (fails when the words read early are kept).
// Its first chunks are all pairs, so that its pairs so far, as many again
// for the rest of the text, pass maxOnePhrases and the words are read
// from the first chunk on; the rest has none (fails, too, when the words
// are read before the pairs promise more than maxOnePhrases: the
// short text reads none).
func TestPairWordsShortReadEarly(t *testing.T) {
	defer func(n int) { foldColumnMin = n }(foldColumnMin)
	foldColumnMin = 0
	var b strings.Builder
	for b.Len() < 3*tokenChunk*8 {
		b.WriteString("The central bank raised rural rates. The centrul bank said so. ")
	}
	for b.Len() < 20*tokenChunk*8 {
		b.WriteString("It is so. ")
	}
	for _, text := range []string{"The central bank raised rural rates. The centrul bank said so.", b.String()} {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		sc := &buffers{}
		_, pairs, read := sc.pairWords(doc)
		if len(pairs) == 0 || len(pairs) > maxOnePhrases || read != 0 {
			t.Fatalf("%d pairs, %d words read: want some pairs, at most %d, none read", len(pairs), read, maxOnePhrases)
		}
		if early := len(text) > 100; (len(sc.hashes) > 0) != early {
			t.Errorf("%d tokens: words read early %v, want %v", len(doc.Tokens), len(sc.hashes) > 0, early)
		}
	}
}

func checkPairWordsLong(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 40*tokenChunk; i++ {
		// 13 tokens a sentence: the chunks' borders fall at every place
		// of a sentence, pairs and hyphened, accented and possessive
		// words among them.
		fmt.Fprintf(&b, "The central bank%d raised rural rates of the bank's self-made café loans %d. ", i%7, i)
	}
	doc, err := lint.Parse("a.txt", []byte(b.String()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	sc := &buffers{}
	ws, pairs, read := sc.pairWords(doc)
	wantWs, wantPairs := naivePairWords(doc.Text, doc.Tokens)
	if !slices.Equal(ws, wantWs) || !slices.Equal(pairs, wantPairs) {
		t.Fatalf("pairWords: %d words, %d pairs, want %d, %d", len(ws), len(pairs), len(wantWs), len(wantPairs))
	}
	if len(pairs) <= maxOnePhrases || read != len(ws) {
		t.Fatalf("%d pairs, %d of %d words read: want more than %d pairs, all read", len(pairs), read, len(ws), maxOnePhrases)
	}
	hashes, good, starts := slices.Clone(sc.hashes[:read]), slices.Clone(sc.good[:read]), slices.Clone(sc.starts[:read])
	wantHashes, wantGood, wantStarts := (&buffers{}).readWords(doc, ws, 0)
	if !slices.Equal(hashes, wantHashes) || !slices.Equal(good, wantGood) || !slices.Equal(starts, wantStarts) {
		t.Error("the words read chunk by chunk differ from those read at once")
	}
}

// TestRoleBytes checks roleBytes, two tokens a turn, against roleOf and a
// function word as it is written, on every run of tokens of a text from
// every start, odd and even counts among them: every role byte written,
// none beyond the run (fails when the last token of an odd count, or a
// token of a turn, is left out or read wrong, or a token of another kind
// than Word is given a role).
func TestRoleBytes(t *testing.T) {
	// Tokens of every kind: numbers, an address and a run of dots of 3
	// bytes or more, beside words of every length.
	text := "The althoughs bank of rural areas, said our banks: it is the long-term rate and its betweenness xy bank " +
		"in 2024 rates 1,000.5 bank www.example.com rates ... bank --- rates"
	doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	toks := doc.Tokens
	m := len(toks)
	for m > 0 && toks[m-1].Span.Start > len(doc.Text)-8 {
		m--
	}
	want := make([]uint8, m)
	for k := range want {
		want[k] = roleOf(&toks[k], b2i(words.Function[toks[k].Text]))
	}
	for lo := 0; lo <= m; lo++ {
		for hi := lo; hi <= m; hi++ {
			roles := make([]uint8, hi-lo+1)
			roles[hi-lo] = 0xee
			roleBytes(doc.Text, toks[lo:hi], roles, &roleTabs, words.FunctionSlots())
			if !slices.Equal(roles[:hi-lo], want[lo:hi]) || roles[hi-lo] != 0xee {
				t.Fatalf("tokens %d to %d: roleBytes %v, want %v and 0xee", lo, hi, roles, want[lo:hi])
			}
		}
	}
}
