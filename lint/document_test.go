package lint

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDocument verifies what every reader promises: blocks, sentences and
// tokens are ordered spans inside Text; every token's text is its span of
// Text; every span maps inside Src; and a token made only of verbatim source
// bytes maps back to exactly those bytes.
func checkDocument(t testing.TB, d *Document) {
	t.Helper()
	text := d.Text
	inText := func(what string, sp Span) {
		t.Helper()
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			t.Fatalf("%s span %v outside Text (len %d)", what, sp, len(text))
		}
	}
	prev := 0
	for i, b := range d.Blocks {
		inText("block", b.Span)
		if b.Span.Start < prev || b.Span.Len() == 0 {
			t.Fatalf("block %d %v empty or before the previous block's end %d", i, b.Span, prev)
		}
		prev = b.Span.End
		if b.FirstToken > b.EndToken || b.FirstSentence > b.EndSentence || b.EndToken > len(d.Tokens) || b.EndSentence > len(d.Sentences) {
			t.Fatalf("block %d index ranges wrong: %+v", i, b)
		}
		for s := b.FirstSentence; s < b.EndSentence; s++ {
			if d.Sentences[s].Block != i || !b.Span.Contains(d.Sentences[s].Span) {
				t.Fatalf("sentence %d not inside block %d", s, i)
			}
		}
		if b.EndToken > b.FirstToken && !d.Tokens[b.FirstToken].Has(BlockStart) {
			t.Fatalf("block %d first token lacks BlockStart", i)
		}
	}
	prev = 0
	covered, lastEnd := 0, 0
	for i, s := range d.Sentences {
		inText("sentence", s.Span)
		if s.Span.Start < prev {
			t.Fatalf("sentence %d out of order", i)
		}
		if s.FirstToken < lastEnd {
			t.Fatalf("sentence %d's tokens start at %d, inside sentence %d's", i, s.FirstToken, i-1)
		}
		covered, lastEnd = covered+s.EndToken-s.FirstToken, s.EndToken
		prev = s.Span.End
		for k := s.FirstToken; k < s.EndToken; k++ {
			if int(d.Tokens[k].Sentence) != i {
				t.Fatalf("token %d says sentence %d, is in %d", k, d.Tokens[k].Sentence, i)
			}
		}
	}
	if covered != len(d.Tokens) {
		t.Fatalf("sentences hold %d of the %d tokens", covered, len(d.Tokens))
	}
	// Sentence and Block never decrease along the tokens, and SentenceStart
	// marks exactly the first token other than punctuation of a sentence.
	lastSentence, lastBlock, started := int32(0), int32(0), false
	for i, tok := range d.Tokens {
		if tok.Sentence < lastSentence || tok.Block < lastBlock {
			t.Fatalf("token %d %q: sentence %d block %d after sentence %d block %d", i, tok.Text, tok.Sentence, tok.Block, lastSentence, lastBlock)
		}
		if i == 0 || tok.Sentence != lastSentence {
			started = false
		}
		lastSentence, lastBlock = tok.Sentence, tok.Block
		want := tok.Kind != Punct && !started
		if tok.Kind != Punct {
			started = true
		}
		if tok.Has(SentenceStart) != want {
			t.Fatalf("token %d %q: SentenceStart %v, want %v", i, tok.Text, tok.Has(SentenceStart), want)
		}
	}
	prev = 0
	for i, tok := range d.Tokens {
		inText("token", tok.Span)
		if tok.Span.Start < prev || tok.Span.Len() == 0 {
			t.Fatalf("token %d %q out of order or empty", i, tok.Text)
		}
		prev = tok.Span.End
		if text[tok.Span.Start:tok.Span.End] != tok.Text {
			t.Fatalf("token %d text %q is not Text[span] %q", i, tok.Text, text[tok.Span.Start:tok.Span.End])
		}
		if !utf8.ValidString(tok.Text) {
			t.Fatalf("token %d %q splits a character", i, tok.Text)
		}
		// The tokenizer's fast paths give every word the case flags of
		// its general path.
		if k := tok.Kind; (k == Word || k == Number) && tok.Flags&caseMask != caseFlags(tok.Text) {
			t.Fatalf("token %d %q: case flags %b, want %b", i, tok.Text, tok.Flags&caseMask, caseFlags(tok.Text))
		}
		if got, want := tok.Has(InnerCapOrNonASCII), (tok.Kind == Word || tok.Kind == Number) && innerCapRef(tok.Text); got != want {
			t.Fatalf("token %d %q (kind %d): InnerCapOrNonASCII %v, want %v", i, tok.Text, tok.Kind, got, want)
		}
		if got, want := tok.Has(HyphenOrApostrophe), (tok.Kind == Word || tok.Kind == Number) && strings.ContainsAny(tok.Text, "-'"); got != want {
			t.Fatalf("token %d %q (kind %d): HyphenOrApostrophe %v, want %v", i, tok.Text, tok.Kind, got, want)
		}
		if want := foldHashRef(tok.Text); tok.Fold != want {
			t.Fatalf("token %d %q: Fold %#x, want %#x", i, tok.Text, tok.Fold, want)
		}
		src := d.SpanToSource(tok.Span)
		if src.Start < 0 || src.End > len(d.Src) || src.Start > src.End {
			t.Fatalf("token %d %q maps outside Src: %v", i, tok.Text, src)
		}
		if d.Verbatim(tok.Span) && string(d.Src[src.Start:src.End]) != tok.Text {
			t.Fatalf("token %d %q maps to %q", i, tok.Text, d.Src[src.Start:src.End])
		}
	}
	lastSrc := 0
	for _, tok := range d.Tokens {
		src := d.SpanToSource(tok.Span)
		if src.Start < lastSrc && d.Verbatim(tok.Span) {
			t.Fatalf("token %q maps before the previous token in Src", tok.Text)
		}
		if d.Verbatim(tok.Span) {
			lastSrc = src.End
		}
	}
	for _, c := range d.Comments {
		if c.Span.Start < 0 || c.Span.End > len(d.Src) || c.Span.Start > c.Span.End {
			t.Fatalf("comment span %v outside Src", c.Span)
		}
	}
}

// blocksOf lists "kind: text" for each block.
func blocksOf(d *Document) []string {
	var out []string
	for i, b := range d.Blocks {
		out = append(out, b.Kind.String()+": "+d.BlockText(i))
	}
	return out
}

func mustParse(t testing.TB, name, src string) *Document {
	t.Helper()
	d, err := Parse(name, []byte(src), FormatOf(name))
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, d)
	return d
}

func equalLists(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot:\n  %s\nwant:\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestReplacedRunMapping(t *testing.T) {
	src := []byte("Tom O&#8217;Neill &amp; Sons")
	b := NewBuilder("x.html", FormatHTML, src)
	b.StartBlock(BlockParagraph)
	b.Add(0, 5)
	b.AddReplaced("’", 5, 12)
	b.Add(12, 18)
	b.AddReplaced("&", 18, 23)
	b.Add(23, len(src))
	d := b.Finish()
	if d.Text != "Tom O’Neill & Sons" {
		t.Fatalf("Text = %q", d.Text)
	}
	checkDocument(t, d)
	cases := []struct {
		word     string
		src      string
		verbatim bool
	}{
		{"Tom", "Tom", true},
		{"O’Neill", "O&#8217;Neill", false},
		{"&", "&amp;", false},
		{"Sons", "Sons", true},
		{"’", "&#8217;", false},
	}
	for _, c := range cases {
		i := strings.Index(d.Text, c.word)
		sp := Span{i, i + len(c.word)}
		got := d.SpanToSource(sp)
		if string(src[got.Start:got.End]) != c.src {
			t.Errorf("%q maps to %q, want %q", c.word, src[got.Start:got.End], c.src)
		}
		if d.Verbatim(sp) != c.verbatim {
			t.Errorf("Verbatim(%q) = %v", c.word, !c.verbatim)
		}
	}
	// Insertion points: at the edge of a verbatim run yes, inside a replaced run no.
	if !d.Verbatim(Span{3, 3}) {
		t.Error("insertion after Tom should be verbatim")
	}
	mid := strings.Index(d.Text, "’") + 1
	if d.Verbatim(Span{mid, mid}) {
		t.Error("insertion inside a replaced run should not be verbatim")
	}
}

func TestSeparatorsAreNotVerbatim(t *testing.T) {
	src := []byte("<p>One.</p><p>Two.</p>")
	d := mustParse(t, "a.html", string(src))
	if d.Text != "One.\n\nTwo." {
		t.Fatalf("Text = %q", d.Text)
	}
	if d.Verbatim(Span{0, len(d.Text)}) {
		t.Error("a span across a block separator must not be verbatim")
	}
	if got := d.SpanToSource(Span{0, len(d.Text)}); string(src[got.Start:got.End]) != "One.</p><p>Two." {
		t.Errorf("whole text maps to %q", src[got.Start:got.End])
	}
}

func TestHelpers(t *testing.T) {
	d := mustParse(t, "a.txt", "Storm hits coast\n\nWinds rose. Trees fell.\n\nPower was cut.\n")
	if d.BlockText(1) != "Winds rose. Trees fell." || d.BlockText(9) != "" {
		t.Errorf("BlockText(1) = %q", d.BlockText(1))
	}
	if len(d.Sentences) != 4 || d.SentenceText(2) != "Trees fell." {
		t.Fatalf("sentences: %d, 2 = %q", len(d.Sentences), d.SentenceText(2))
	}
	var words []string
	for _, tk := range d.SentenceTokens(2) {
		words = append(words, tk.Text)
	}
	equalLists(t, "SentenceTokens(2)", words, []string{"Trees", "fell", "."})
	if n := len(d.BlockTokens(2)); n != 4 {
		t.Errorf("BlockTokens(2) has %d tokens", n)
	}
	if s := d.SentenceOf(strings.Index(d.Text, "fell")); s != 2 {
		t.Errorf("SentenceOf(fell) = %d", s)
	}
	if s := d.SentenceOf(strings.Index(d.Text, "\n\nPower")); s != -1 {
		t.Errorf("SentenceOf(gap) = %d", s)
	}
	if d.SentenceTokens(-1) != nil || d.BlockTokens(99) != nil {
		t.Error("out-of-range helpers should return nil")
	}
}

func TestFoldName(t *testing.T) {
	same := [][]string{
		{"Müller", "Mu\u0308ller", "MULLER", "muller"},
		{"O’Neill", "O'Neill", "O´Neill", "o\u02bcneill"},
		{"Łódź", "Lodz"},
		{"Jean-Luc", "Jean‑Luc", "jean–luc"},
		{"Keir\nStarmer", "Keir  Starmer", "keir starmer"},
		{"Ka\u200bren", "Karen", "\u202aKaren\u202c"},
		{"Straße", "strasse"},
		{"Søren Kierkegård", "Soren Kierkegard"},
		{"José", "Jose\u0301"},
	}
	for _, group := range same {
		want := FoldName(group[0])
		for _, s := range group[1:] {
			if got := FoldName(s); got != want {
				t.Errorf("FoldName(%q) = %q, FoldName(%q) = %q", s, got, group[0], want)
			}
		}
	}
	if FoldName("Smith") == FoldName("Smyth") {
		t.Error("different names folded together")
	}
}

// caseMask holds the flags caseFlags computes.
const caseMask = Capitalized | AllCaps | InnerCapOrNonASCII

// innerCapRef is InnerCapOrNonASCII's definition, a character at a time.
func innerCapRef(w string) bool {
	for k, r := range w {
		if r >= utf8.RuneSelf || k > 0 && 'A' <= r && r <= 'Z' {
			return true
		}
	}
	return false
}
