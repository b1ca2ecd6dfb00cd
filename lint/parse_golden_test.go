package lint

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The golden digests below pin the whole Document that Parse builds (every
// field of every token, sentence, block and comment, the text, its map to
// the source and the line table) over a fixed set of inputs, so that a
// change to the readers or the tokenizer that is meant to be faster and
// nothing else fails here if it changes any of them. They were computed
// with the tokenizer as it was before scanPlain was last reworked; a change
// that means to change the Document updates them, and says why.
const (
	goldenOddInputs = "f1ea38fa630b707df7cca95d408e389b7c206ac252ab60b6d3df04996c9bf2cd"
	goldenDevCorpus = "df176fae736fafb1dd1e5d1009c528f54989ce5b6825b3366a62c9a5399d27fe"
	// goldenDevInputs is the digest of the dev corpus' files themselves
	// (names and bytes), which goldenDevCorpus is the documents of.
	goldenDevInputs = "cae5692b558632bb8b26f7742f958bc33ddfb1b2af0b465d8bff0e3b2eeab646"
)

// digestWriter writes a Document's fields to a hash, each number as eight
// bytes and each string with its length, so that no two documents write
// the same bytes.
type digestWriter struct {
	h   hash.Hash
	buf [8]byte
}

func (w *digestWriter) int(n int) { w.u64(uint64(n)) }

// u64 writes v; an unsigned value goes through it rather than int, which
// would make a Fold of 2^31 or more negative where int has 32 bits.
func (w *digestWriter) u64(v uint64) {
	binary.LittleEndian.PutUint64(w.buf[:], v)
	w.h.Write(w.buf[:])
}

func (w *digestWriter) str(s string) {
	w.int(len(s))
	w.h.Write([]byte(s))
}

func (w *digestWriter) span(sp Span) { w.int(sp.Start); w.int(sp.End) }

// document writes everything Parse returns for src in format: the error,
// or the document.
func (w *digestWriter) document(t *testing.T, src []byte, format Format) {
	d, err := Parse("golden", src, format)
	if err != nil {
		w.str("error: " + err.Error())
		return
	}
	defer d.Release()
	w.int(int(d.Format))
	w.str(d.Text)
	w.str(d.Lang)
	w.int(len(d.Blocks))
	for _, b := range d.Blocks {
		w.int(int(b.Kind))
		w.span(b.Span)
		w.int(b.FirstSentence)
		w.int(b.EndSentence)
		w.int(b.FirstToken)
		w.int(b.EndToken)
	}
	w.int(len(d.Sentences))
	for _, s := range d.Sentences {
		w.span(s.Span)
		w.int(s.Block)
		w.int(s.FirstToken)
		w.int(s.EndToken)
	}
	w.int(len(d.Tokens))
	for i := range d.Tokens {
		tok := &d.Tokens[i]
		if tok.Text != d.Text[tok.Span.Start:tok.Span.End] {
			t.Fatalf("token %d: Text %q is not its span's", i, tok.Text)
		}
		w.span(tok.Span)
		w.str(tok.Text)
		w.int(int(tok.Kind))
		w.int(int(tok.Flags))
		w.int(int(tok.Sentence))
		w.int(int(tok.Block))
		w.u64(uint64(tok.Fold))
	}
	w.int(len(d.Comments))
	for _, c := range d.Comments {
		w.span(c.Span)
		w.str(c.Body)
	}
	// The map to the source, read through ToSource at every offset.
	for off := 0; off <= len(d.Text); off++ {
		w.int(d.ToSource(off))
	}
	w.int(d.Lines.Lines())
	for n := 1; n <= d.Lines.Lines(); n++ {
		w.int(d.Lines.LineStart(n))
		w.int(d.Lines.LineEnd(n))
	}
}

// oddPieces are the bits of text that randomText strings together: the
// tokenizer's edge cases (joiners, dotted abbreviations, numbers with
// separators, addresses, typographic marks, letters and spaces beyond
// ASCII, invisible characters, line ends of every kind) and markup.
var oddPieces = strings.Fields(`a I x on the The Mr. Inc. No. U.S. p.m. J. K. 1,000 1.5 3D 4GB 2004-05
	iPhone McDonald NASA BBC's don't O'Neill it’s O’Neill well-known rock-'n'-roll ’90s '90s
	. .. ... , ; : ! ? !! ( ) [ ] { } " ' ‘ ’ “ ” « » „ ‹ › - -- --- – — … • · $ % £ € # * _ ^ \ | ~ @ +
	http://a.b https://x.example/y?z=1. www.example.com WWW.A.B hTtP://q a@b.co x@y hw Hw wh
	café Zoë Łódź straße ß İ ﬁ
	<p> </p> <b>b</b> &amp; &#8217; &nbsp <!-- <!--x--> --> # ## > - * 1. 2) ~~~ [l](u) ![i](j)
	abcdefg abcdefgh abcdefghi abcdefghijklmnop abcdefghijklmnopq ABCDEFGH ABCDEFGHI AbcdefghIj
	aBCDEFGHIJKLMNOPQRS 12345678 123456789 1234567890123456 A1 a1b2 1a 1A 12ab3` +
	" \x60 \x60\x60\x60 it\x60s \x60code\x60 e\u0301 \u200b \u00ad \u2060 \u202a \u202c \u200d a\u200bb a\u00ad-b")

// oddChars are the characters randomChars strings together, so that
// letters, digits, joiners and marks also meet without a space between.
var oddChars = []rune("aAzZhHwWtTs019 .,;:!?'\"-@`$%()’‘“”—…é\u0301\u200b\u00a0\n\r\t")

// oddSpaces are the white space randomText puts between pieces.
var oddSpaces = []string{" ", " ", " ", "", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\t", "\f", "\v",
	"\u00a0", "\u3000", "\u2028", "\u2029", "\u0085", "\ufeff", "\n   ", "\n\t"}

// randomText strings together n pieces of odd text and white space.
func randomText(r *rand.Rand, n int) []byte {
	var b strings.Builder
	if r.IntN(8) == 0 {
		b.WriteString("\ufeff")
	}
	for range n {
		b.WriteString(oddPieces[r.IntN(len(oddPieces))])
		if r.IntN(3) == 0 {
			b.WriteString(oddPieces[r.IntN(len(oddPieces))])
		}
		b.WriteString(oddSpaces[r.IntN(len(oddSpaces))])
	}
	return []byte(b.String())
}

// randomChars strings together n characters of oddChars.
func randomChars(r *rand.Rand, n int) []byte {
	var b strings.Builder
	for range n {
		b.WriteRune(oddChars[r.IntN(len(oddChars))])
	}
	return []byte(b.String())
}

// goldenOddSources are the odd inputs: the fuzz seeds, the fuzz corpora of
// the readers, the readers' test articles, and random strings of odd
// pieces of every length up to a few hundred pieces, and of odd characters.
func goldenOddSources(t *testing.T) [][]byte {
	var srcs [][]byte
	for _, s := range fuzzSeeds {
		srcs = append(srcs, []byte(s))
	}
	for _, dir := range []string{"FuzzParseText", "FuzzParseMarkdown", "FuzzParseHTML"} {
		for f, data := range readSorted(t, filepath.Join("testdata", "fuzz", dir, "*")) {
			for _, line := range strings.Split(string(data), "\n") {
				if q, ok := strings.CutPrefix(line, "[]byte("); ok {
					s, err := strconv.Unquote(strings.TrimSuffix(q, ")"))
					if err != nil {
						t.Fatalf("%s: %v", f, err)
					}
					srcs = append(srcs, []byte(s))
				}
			}
		}
	}
	for _, data := range readSorted(t, filepath.Join("testdata", "read", "*")) {
		srcs = append(srcs, data)
	}
	r := rand.New(rand.NewPCG(15, 2026))
	for k := range 3000 {
		srcs = append(srcs, randomText(r, k%300))
	}
	for k := range 2000 {
		srcs = append(srcs, randomChars(r, k%400))
	}
	return srcs
}

func TestParseGoldenOddInputs(t *testing.T) {
	w := &digestWriter{h: sha256.New()}
	for _, src := range goldenOddSources(t) {
		for _, format := range []Format{FormatText, FormatMarkdown, FormatHTML} {
			w.document(t, src, format)
		}
	}
	if got := hex.EncodeToString(w.h.Sum(nil)); got != goldenOddInputs {
		t.Errorf("digest of the documents of the odd inputs: %s, want %s", got, goldenOddInputs)
	}
}

// TestParseGoldenDevCorpus pins the documents of the dev corpus, when it is
// there (the benchmarks read it from ../shared beside the repository).
func TestParseGoldenDevCorpus(t *testing.T) {
	var files []string
	for _, dir := range []string{"articles", "clean"} {
		fs, err := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "dev", dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(fs)
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no dev corpus at ../../shared/corpus/dev")
	}
	w, in := &digestWriter{h: sha256.New()}, &digestWriter{h: sha256.New()}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in.str(filepath.Base(f))
		in.str(string(src))
		w.str(filepath.Base(f))
		w.document(t, src, FormatOf(f))
	}
	// The documents are pinned for the corpus they were computed from: a
	// machine whose ../shared holds other files says so and checks nothing.
	if got := hex.EncodeToString(in.h.Sum(nil)); got != goldenDevInputs {
		t.Skipf("the dev corpus is not the one the digest pins (its files' digest is %s, not %s)", got, goldenDevInputs)
	}
	if got := hex.EncodeToString(w.h.Sum(nil)); got != goldenDevCorpus {
		t.Errorf("digest of the documents of the dev corpus: %s, want %s", got, goldenDevCorpus)
	}
}

// readSorted yields the files that pattern matches, in the order of their
// names, with their contents.
func readSorted(t *testing.T, pattern string) iter.Seq2[string, []byte] {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return func(yield func(string, []byte) bool) {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !yield(f, data) {
				return
			}
		}
	}
}
