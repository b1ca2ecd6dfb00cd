package lint

import (
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentencesOf parses one paragraph (after a headline) and returns its sentences.
func sentencesOf(t *testing.T, para string) []string {
	t.Helper()
	d := mustParse(t, "s.txt", "Headline\n\n"+para+"\n")
	var out []string
	for i := range d.Sentences {
		if d.Sentences[i].Block == 1 {
			out = append(out, d.SentenceText(i))
		}
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"The Dept. of Health said so. It was late.", []string{"The Dept. of Health said so.", "It was late."}},
		{"The meeting ends at 5 p.m. on Friday. It starts at 9 a.m. Officials said so.",
			[]string{"The meeting ends at 5 p.m. on Friday.", "It starts at 9 a.m.", "Officials said so."}},
		{"He lives at No. 2 Acacia Avenue. Mr. Smith agreed.", []string{"He lives at No. 2 Acacia Avenue.", "Mr. Smith agreed."}},
		{"Gen. Sir Nick Carter spoke. Mr Jones left.", []string{"Gen. Sir Nick Carter spoke.", "Mr Jones left."}},
		{"U.S. officials met U.K. ministers in the U.S. The talks ended.",
			[]string{"U.S. officials met U.K. ministers in the U.S.", "The talks ended."}},
		{"J. K. Rowling met George W. Bush. They spoke.", []string{"J. K. Rowling met George W. Bush.", "They spoke."}},
		{"Shares rose 1.5% to £1.5bn. A 45-year-old man was held.", []string{"Shares rose 1.5% to £1.5bn.", "A 45-year-old man was held."}},
		{"\"We will fight. We will win,\" he said. \"We will not stop.\"",
			[]string{"\"We will fight.", "We will win,\" he said.", "\"We will not stop.\""}},
		{"“Why?” she asked. “Because,” he said.", []string{"“Why?” she asked.", "“Because,” he said."}},
		{"Acme Inc. The firm grew. Acme Inc. said it grew.", []string{"Acme Inc.", "The firm grew.", "Acme Inc. said it grew."}},
		{"He waited... and waited. Then he left!", []string{"He waited... and waited.", "Then he left!"}},
		{"Profits fell (by 3%). Sales rose.", []string{"Profits fell (by 3%).", "Sales rose."}},
		{"It happened in 2004. 2005 was better.", []string{"It happened in 2004.", "2005 was better."}},
		{"Visit www.example.co.uk. It opens today.", []string{"Visit www.example.co.uk.", "It opens today."}},
	}
	for _, c := range cases {
		equalLists(t, c.in, sentencesOf(t, c.in), c.want)
	}
}

func TestHeadlineAndDatelineBlocks(t *testing.T) {
	d := mustParse(t, "a.txt", "Storm hits coast: 3 dead\n\nLONDON (Reuters) - Three people died. Police said so.\n")
	if len(d.Sentences) != 3 || d.SentenceText(0) != "Storm hits coast: 3 dead" {
		t.Fatalf("sentences: %q", d.SentenceText(0))
	}
	if d.SentenceText(1) != "LONDON (Reuters) - Three people died." {
		t.Errorf("dateline sentence %q", d.SentenceText(1))
	}
	// Sentences never cross blocks; the headline token is a BlockStart and SentenceStart.
	if !d.Tokens[0].Has(BlockStart|SentenceStart|Capitalized) || d.Tokens[0].Block != 0 {
		t.Error("first token flags")
	}
	i := d.TokenAt(strings.Index(d.Text, "LONDON"))
	if !d.Tokens[i].Has(AllCaps|BlockStart|SentenceStart) || d.Tokens[i].Has(SpaceBefore) {
		t.Errorf("LONDON flags %b", d.Tokens[i].Flags)
	}
}

func tokensOf(t *testing.T, s string) []Token {
	t.Helper()
	d := mustParse(t, "t.txt", s)
	return d.Tokens
}

func texts(toks []Token) []string {
	var out []string
	for _, tk := range toks {
		out = append(out, tk.Text)
	}
	return out
}

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"U.S.-led talks on £1.5bn at 10:30", []string{"U.S.-led", "talks", "on", "£", "1.5bn", "at", "10", ":", "30"}},
		{"a 45-year-old's 1,000.5 tonnes", []string{"a", "45-year-old's", "1,000.5", "tonnes"}},
		{"O’Neill’s rock 'n' roll", []string{"O’Neill’s", "rock", "'", "n", "'", "roll"}},
		{"See https://example.com/a?b=c, or www.example.org.", []string{"See", "https://example.com/a?b=c", ",", "or", "www.example.org", "."}},
		{"Mail press@example.co.uk today", []string{"Mail", "press@example.co.uk", "today"}},
		{"Wait... no -- yes…", []string{"Wait", "...", "no", "--", "yes", "…"}},
		{"Ka\u200bren Sm\u200dith \u202aAli\u202c", []string{"Ka\u200bren", "Sm\u200dith", "Ali"}},
		{"Jose\u0301 Zoë Dvor\u030ca\u0301k", []string{"Jose\u0301", "Zoë", "Dvor\u030ca\u0301k"}},
		{"tab\tseparated\u00a0words", []string{"tab", "separated", "words"}},
		{"हिन्दी समाचार", []string{"हिन्दी", "समाचार"}},
	}
	for _, c := range cases {
		equalLists(t, c.in, texts(tokensOf(t, c.in)), c.want)
	}
	toks := tokensOf(t, "See https://example.com now")
	if toks[1].Kind != URL || toks[0].Kind != Word {
		t.Errorf("kinds %v %v", toks[0].Kind, toks[1].Kind)
	}
	toks = tokensOf(t, "In 2004 NATO and BBC's Jo said")
	if toks[1].Kind != Number || !toks[2].Has(AllCaps|Capitalized) || toks[3].Has(Capitalized) || !toks[4].Has(AllCaps) || toks[5].Has(AllCaps) || !toks[5].Has(Capitalized) {
		t.Errorf("kinds/flags: %+v", toks[:5])
	}
}

func TestInQuote(t *testing.T) {
	cases := []struct{ in, quoted string }{
		{`He said "we will win" and left.`, "we will win"},
		{"He said “we will win” and left.", "we will win"},
		{"He called it ‘a disgrace’ and left.", "a disgrace"},
		{"He called it 'a disgrace' and left.", "a disgrace"},
		{"Rock 'n' roll in the '90s was loud.", "n"},
		{"The players' union said ‘no’.", "no"},
		{"“It is over,” he said. “We lost.”", "It is over , We lost ."},
		{"He said: “Nobody knew. Nobody", "Nobody knew . Nobody"},
	}
	for _, c := range cases {
		toks := tokensOf(t, c.in)
		var in []string
		for _, tk := range toks {
			if tk.Has(InQuote) {
				in = append(in, tk.Text)
			}
		}
		if got := strings.Join(in, " "); got != c.quoted {
			t.Errorf("%s: in quote %q, want %q", c.in, got, c.quoted)
		}
	}
	// An unclosed straight single quote marks nothing.
	for _, tk := range tokensOf(t, "The '90s were loud and long.") {
		if tk.Has(InQuote) {
			t.Errorf("%q marked in quote", tk.Text)
		}
	}
}

func TestNFCAndNFDNamesFoldAlike(t *testing.T) {
	d := mustParse(t, "n.txt", "Zoë Müller spoke\n\nZoe\u0308 Mu\u0308ller agreed.\n")
	a, b := d.BlockTokens(0), d.BlockTokens(1)
	if FoldName(a[0].Text+" "+a[1].Text) != FoldName(b[0].Text+" "+b[1].Text) {
		t.Errorf("NFC %q and NFD %q differ", a[0].Text+a[1].Text, b[0].Text+b[1].Text)
	}
	if len(b) != 4 {
		t.Errorf("NFD name split: %q", texts(b))
	}
}

// The tokenizer's ASCII fast path and its general path agree: a word's case
// flags are those of its first letter and its letters, whatever follows it
// (3D and 4GB are capitalised before a space as before a comma).
func TestCaseFlagsEveryPath(t *testing.T) {
	words := []string{"3D", "4GB", "512K", "2fa", "2FA", "BBC", "I", "A", "x", "Jo", "NATO", "1999", "G7", "iPhone", "x86", "a1", "Ab", "AB1", "1A",
		// Words of more than eight bytes, read eight at a time.
		"AA0000000a0000", "A1234567A", "ABCDEFGHIJ", "ABCDEFGHiJ", "Abcdefghijklmnopq", "abcdefghijklmnopQ", "A0000000000000000b",
		// A capital inside, at each place of the first eight bytes and after.
		"aB", "abcdefG", "abcdefgH", "abcdefghI", "abcdefgh", "abcdefghijklmno", "McDonald", "MacDonald", "eBay", "1a2B"}
	after := []string{" next", ",", ", next", ".", ". Next", "!", "", "’s", "-led", "é", "\u200b", ")", ":", "@x", " 1", ",1", ".1"}
	for _, w := range words {
		for _, a := range after {
			for _, tk := range tokensOf(t, "Head\n\n("+w+a+"\n") {
				if tk.Kind != Word && tk.Kind != Number {
					continue
				}
				if got, want := tk.Flags&caseMask, caseFlags(tk.Text); got != want {
					t.Errorf("%q in %q: case flags %b, want %b", tk.Text, w+a, got, want)
				}
			}
		}
	}
	toks := tokensOf(t, "Head\n\nA 3D film and 4GB of BBC data")
	if !toks[2].Has(Capitalized) || toks[2].Has(AllCaps) || !toks[5].Has(Capitalized|AllCaps) || toks[5].Kind != Word {
		t.Errorf("3D/4GB flags: %+v %+v", toks[2], toks[5])
	}
}

// TestLowerTailStop checks lowerTailStop against a byte-at-a-time reading
// of every x that starts with an ASCII letter and goes on with bytes from
// a set of every kind (letters of both cases, digits, a space, punctuation,
// bytes beyond ASCII that carry in the range tests): the first marked byte
// must be the first byte after the first that is not a lower-case letter.
func TestLowerTailStop(t *testing.T) {
	kinds := []byte{'a', 'z', 'm', 'A', 'Z', '0', '9', ' ', '.', ',', '`', '{', '@', '[', 0x7f, 0x80, 0xc3, 0xe0, 0xe1, 0xe2, 0xfa, 0xfb, 0xff, 0}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200000; n++ {
		var b [8]byte
		b[0] = "aAzZhHwWqQ"[r.IntN(10)]
		for k := 1; k < 8; k++ {
			b[k] = kinds[r.IntN(len(kinds))]
			if r.IntN(3) > 0 {
				b[k] = byte('a' + r.IntN(26))
			}
		}
		x := load64(string(b[:]), 0)
		want := 8
		for k := 1; k < 8; k++ {
			if b[k] < 'a' || b[k] > 'z' {
				want = k
				break
			}
		}
		stop := lowerTailStop(x)
		got := 8
		if stop != 0 {
			got = bits.TrailingZeros64(stop) >> 3
		}
		if got != want || stop != 0 && bits.TrailingZeros64(stop)&7 != 7 {
			t.Fatalf("% x: lowerTailStop %#x, first byte that is not lower case %d, want %d", b, stop, got, want)
		}
	}
}

// TestLowerWordEnd checks lowerWordEnd against wordEnd and simpleEnd, what
// scanPlain's general path reads after a word that holds a letter.
func TestLowerWordEnd(t *testing.T) {
	for c := 0; c < 256; c++ {
		for _, word := range []string{"a", "ab"} {
			s := word + string(rune(c))
			if c >= utf8.RuneSelf {
				s = word + string([]byte{byte(c)})
			}
			j := len(word)
			e := lowerWordEnd[c]
			ends := e != lowerGoesOn && (e != lowerEndsAfterTwo || j > 1)
			var want bool
			switch {
			case byteClass[c]&clAlnum != 0:
				want = false // the word goes on
			case wordEnd[c] >= mayJoin:
				want = wordEnd[c] == mayJoin && simpleEnd(s, 0, j, true)
			default:
				want = true
			}
			if ends != want {
				t.Errorf("%#x after %q: lowerWordEnd says it ends the word %v, want %v", c, word, ends, want)
			}
			if ends && (e == lowerEndsAtSpace) != (wordEnd[c] == endsAtSpace) {
				t.Errorf("%#x: lowerWordEnd %d, wordEnd %d", c, e, wordEnd[c])
			}
		}
	}
}

// TestLowerStop checks lowerStop, which reads the bytes that go on a word
// in wordRunEnd, against a byte-at-a-time reading: the first marked byte
// must be the first that is not a lower-case letter, the first byte of x
// among them.
func TestLowerStop(t *testing.T) {
	kinds := []byte{'a', 'z', 'A', 'Z', '0', '9', ' ', '.', '`', '{', '@', '[', 0x7f, 0x80, 0xe0, 0xe1, 0xfa, 0xfb, 0xff, 0}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 200000; n++ {
		var b [8]byte
		for k := range b {
			b[k] = kinds[r.IntN(len(kinds))]
			if r.IntN(4) > 0 {
				b[k] = byte('a' + r.IntN(26))
			}
		}
		want := 8
		for k, c := range b {
			if c < 'a' || c > 'z' {
				want = k
				break
			}
		}
		stop := lowerStop(load64(string(b[:]), 0))
		got := 8
		if stop != 0 {
			got = bits.TrailingZeros64(stop) >> 3
		}
		if got != want || stop != 0 && bits.TrailingZeros64(stop)&7 != 7 {
			t.Fatalf("% x: lowerStop %#x, first byte that is not lower case %d, want %d", b, stop, got, want)
		}
	}
}
