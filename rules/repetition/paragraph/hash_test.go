package paragraph

import (
	"hash/maphash"
	"math/rand"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules/internal/scan"
)

// foldRef is what hash hashes: white space runs as one space, none at the end.
func foldRef(s string) string {
	var b strings.Builder
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// TestHashFoldsWhiteSpace checks folded against a byte-by-byte reading and
// that hash equals for exactly the texts that fold alike.
func TestHashFoldsWhiteSpace(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	const alpha = "ab  \n\t\r.é\x01"
	var buf []byte
	texts := []string{""}
	for k := 0; k < 100000; k++ {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = alpha[r.Intn(len(alpha))]
		}
		s := string(b)
		want := !strings.ContainsAny(s, "\n\r\t\x01") && !strings.Contains(s, "  ") && !strings.HasSuffix(s, " ")
		if got := folded(s); got != want {
			t.Fatalf("folded(%q) = %v, want %v", s, got, want)
		}
		if k < 2000 {
			texts = append(texts, s)
		}
	}
	hashes := map[uint64]string{}
	for _, s := range texts {
		var h uint64
		h, buf = hash(s, maphash.String(seed, s), buf)
		f := foldRef(s)
		if prev, ok := hashes[h]; ok && prev != f {
			t.Fatalf("%q and %q hash alike", prev, f)
		}
		hashes[h] = f
		if h2, _ := hash(f, maphash.String(seed, f), nil); h2 != h {
			t.Fatalf("%q hashes unlike its folded form %q", s, f)
		}
	}
	a, _ := hash("The council said\nit would appeal.  Ends", 0, nil)
	b, _ := hash("The council said it would appeal. Ends \n", 0, nil)
	if a != b {
		t.Error("a paragraph wrapped differently hashes differently")
	}
}

// TestQuickKeyFoldsWhiteSpace checks that quickKey gives a text the key of
// its folded form, so texts that fold alike share it, and that it tells
// apart texts whose folded ends differ.
func TestQuickKeyFoldsWhiteSpace(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	const alpha = "ab  \n\t\r.é\x01"
	for k := 0; k < 100000; k++ {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = alpha[r.Intn(len(alpha))]
		}
		s := string(b)
		if got, want := quickKey(s), quickKey(foldRef(s)); got != want {
			t.Fatalf("quickKey(%q) = %x, but %x for its folded form %q", s, got, want, foldRef(s))
		}
	}
	for _, pair := range [][2]string{
		{"The vote is on Thursday.", "The vote is on Tuesday."},
		{"Police said the man was held.", "Police said the men were held."},
		{"ab", "a b"},
		{" ab", "ab"},
	} {
		if quickKey(pair[0]) == quickKey(pair[1]) {
			t.Errorf("quickKey(%q) == quickKey(%q)", pair[0], pair[1])
		}
	}
}

// TestQuickKeyFastEnds checks that quickKey, which takes an end of eight
// bytes that folds to itself in one load, gives the key of the walk a
// byte at a time, on texts of words and single spaces with some doubled
// spaces, line ends and tabs, around the eighth byte in particular.
func TestQuickKeyFastEnds(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	const alpha = "abcdefgh        \n\t.,é"
	fast := 0
	for k := 0; k < 200000; k++ {
		b := make([]byte, r.Intn(30))
		for i := range b {
			b[i] = alpha[r.Intn(len(alpha))]
			if r.Intn(3) > 0 {
				b[i] = 'a' + byte(r.Intn(26)) // mostly letters: many plain ends
			}
		}
		s := string(b)
		if len(s) >= 8 && plainEight(scan.Load64(s, 0)) {
			fast++
		}
		if got, want := quickKeyOf(s, true), quickKeyOf(s, false); got != want {
			t.Fatalf("quickKey(%q) = %x, but %x a byte at a time", s, got, want)
		}
	}
	if fast < 10000 {
		t.Fatalf("only %d texts with a plain head: the fast path is hardly tested", fast)
	}
}
