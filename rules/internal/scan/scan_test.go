package scan

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/factlint/factlint/lint"
)

// naive lists the offsets in text[from:end] of the bytes of leads.
func naive(text string, from, end int, leads string) []int {
	var out []int
	for i := from; i < end; i++ {
		if strings.IndexByte(leads, text[i]) >= 0 {
			out = append(out, i)
		}
	}
	return out
}

func collect(f Finder) []int {
	var out []int
	for i := f.Next(); i >= 0; i = f.Next() {
		out = append(out, i)
	}
	return out
}

func TestFinderMatchesByteLoop(t *testing.T) {
	text := "It`s the players´ union – “quoted” -- a_b \xe2\x80\x98x\xe2\x80\x99 £5 ``"
	for _, leads := range []string{"`", "`\xC2\xE2", "-_\xE2", "\"'", "z", ""} {
		for _, r := range [][2]int{{0, len(text)}, {3, len(text) - 2}, {10, 10}, {5, 4}} {
			want := naive(text, r[0], max(r[0], r[1]), leads)
			got := collect(NewFinder(text, r[0], r[1], leads))
			if !slices.Equal(got, want) {
				t.Errorf("leads %q in [%d,%d): got %v, want %v", leads, r[0], r[1], got, want)
			}
		}
	}
}

func TestFinderSkip(t *testing.T) {
	text := "a-b-c-d_e-f"
	f := NewFinder(text, 0, len(text), "-_")
	if i := f.Next(); i != 1 {
		t.Fatalf("first: %d", i)
	}
	f.Skip(6)
	if got := collect(f); !slices.Equal(got, []int{7, 9}) {
		t.Errorf("after Skip(6): %v", got)
	}
}

// TestNextBatch: batches of any size, full or the last one short, give
// the offsets Next gives, in order, one finder's after another (fails when
// a batch drops the offset after a full one or returns a wrong count).
func TestNextBatch(t *testing.T) {
	text := "a-b-c-d_e-f (g) [h] - i_j-k"
	want := naive(text, 0, len(text), "-_")
	for _, size := range []int{1, 2, 3, len(want) - 1, len(want), len(want) + 1} {
		f := NewFinder(text, 0, len(text), "-_")
		offs := make([]int, size)
		var got []int
		for len(got) <= len(want) { // (bounded: a batch too many fails below)
			n := f.NextBatch(offs)
			got = append(got, offs[:n]...)
			if n < size {
				break
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("batches of %d: %v, want %v", size, got, want)
		}
	}
}

func TestInBlocks(t *testing.T) {
	src := []byte("Head - line\n\nFirst - para\ncontinued.\n\nSecond_one - x")
	d, err := lint.Parse("a.txt", src, lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	f := InBlocks(d, "-_\n")
	var got, want [][2]int
	for i, b := f.Next(); i >= 0; i, b = f.Next() {
		got = append(got, [2]int{i, b})
	}
	for i := 0; i < len(d.Text); i++ {
		if c := d.Text[i]; c == '-' || c == '_' || c == '\n' {
			if b := d.BlockOf(i); b >= 0 {
				want = append(want, [2]int{i, b})
			}
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("marks and their blocks: got %v, want %v", got, want)
	}
	if len(want) != 5 {
		t.Errorf("%d marks in blocks, want 5 (the line ends between blocks are in none)", len(want))
	}
	if !HasAny(d.Text, "x_") || HasAny(d.Text, "[]") {
		t.Error("HasAny")
	}
}

func TestStringFinder(t *testing.T) {
	text := "a , b . c ; d : e,f  . ,"
	f := NewStringFinder(text, 0, len(text), " ,", " .", " ;", " :")
	want := []int{1, 5, 9, 13, 20, 22}
	if got := collect(f); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// An occurrence that would run past end is not found.
	if got := collect(NewStringFinder(text, 0, 2, " ,")); len(got) != 0 {
		t.Errorf("past end: %v", got)
	}
}

func TestMasks(t *testing.T) {
	s := "a  \x00,.;:\xff\x80 \x20\x7f\x01b"
	for i := 0; i+8 <= len(s); i++ {
		w := Load64(s, i)
		for _, c := range []byte{' ', 0, ',', 0xff, 0x80, 0x7f, 0x01, 'b'} {
			m := EqMask(w, c)
			for k := 0; k < 8; k++ {
				if got, want := m>>(8*k)&0xff, uint64(0); s[i+k] == c && got != 0x80 || s[i+k] != c && got != want {
					t.Errorf("EqMask(%q, %q) byte %d = %#x", s[i:i+8], c, k, got)
				}
			}
		}
	}
}

// TestIsSpace: IsSpace is unicode.IsSpace for every rune, and beyond.
func TestIsSpace(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if IsSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("IsSpace(%U) = %v", r, IsSpace(r))
		}
	}
}

// TestFinderRandom: on random texts of a few bytes, with random skips, a
// Finder of several bytes or strings (some soon found no more, and dropped)
// yields what a loop over every byte does.
func TestFinderRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "ab-_(). "
	for n := 0; n < 5000; n++ {
		b := make([]byte, rng.IntN(60))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		text := string(b)
		leads := ""
		for k := rng.IntN(7); k > 0; k-- {
			if c := alphabet[rng.IntN(len(alphabet))]; strings.IndexByte(leads, c) < 0 {
				leads += string(c)
			}
		}
		pats := make([]string, len(leads))
		for k := range leads {
			pats[k] = leads[k : k+1]
		}
		all := naive(text, 0, len(text), leads)
		for _, f := range []Finder{NewFinder(text, 0, len(text), leads), NewStringFinder(text, 0, len(text), pats...)} {
			pos := 0 // the reference: the first of all at or after pos
			for {
				want := -1
				if k, _ := slices.BinarySearch(all, pos); k < len(all) {
					want = all[k]
				}
				got := f.Next()
				if got != want {
					t.Fatalf("%q, leads %q, from %d: %d, want %d", text, leads, pos, got, want)
				}
				if got < 0 {
					break
				}
				pos = got + 1
				if rng.IntN(3) == 0 {
					pos += rng.IntN(6)
					f.Skip(pos)
				}
			}
		}
	}
}

// TestInBlocksASCII checks that InBlocks finds the same marks in a
// document Parse found ASCII whether or not it looks for the leads beyond
// ASCII (which it drops there), and that asciiOnly keeps the others in
// order.
func TestInBlocksASCII(t *testing.T) {
	for leads, want := range map[string]string{"`\xC2\xCA\xCB\xCC\xE2": "`", "_-\xE2": "_-", "\xE2": "", "\"'": "\"'", "\xE2-\xC2_": "-_", "": ""} {
		if got := asciiOnly(leads); got != want {
			t.Errorf("asciiOnly(%q) = %q, want %q", leads, got, want)
		}
	}
	src := []byte("Head - line `x`\n\nFirst - para\ncontinued_.\n\nSecond_one - x")
	d, err := lint.Parse("a.txt", src, lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if !d.ASCII {
		t.Fatal("ASCII text not marked ASCII")
	}
	all := func(d *lint.Document, leads string) (out [][2]int) {
		f := InBlocks(d, leads)
		for i, b := f.Next(); i >= 0; i, b = f.Next() {
			out = append(out, [2]int{i, b})
		}
		return out
	}
	for _, leads := range []string{"`\xC2\xCA\xCB\xCC\xE2", "_-\xE2", "\xE2-_"} {
		got := all(d, leads)
		plain := *d
		plain.ASCII = false
		if want := all(&plain, leads); !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("leads %q: got %v, want %v", leads, got, want)
		}
	}
}
