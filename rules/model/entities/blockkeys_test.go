package entities

import (
	"slices"
	"strings"
	"testing"
)

// TestTranslit checks translit's keys (appendTranslit, which blockKeys
// hashes in place) for each of its rewrites.
func TestTranslit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"khodorkovsky", "hodorkovski"},
		{"lindqvist", "lindkuist"},
		{"lindkvist", "lindkuist"},
		{"qaddafi", "kadafi"},
		{"gadafi", "gadafi"},
		{"matisse", "matis"},
		{"mathis", "matis"},
		{"petrova", "petrova"},
		{"petreva", "petrova"},
		{"eva", "ova"},
		{"alexeyeva", "alekseiova"},
		{"xavier", "ksavier"},
		{"schmidt", "skhmidt"},
		{"zhukov", "shukov"},
		{"philippe", "filip"},
		{"jackson", "iakson"},
		{"mcdonnell", "mkdonel"},
		{"sadiq", "sadik"},
		{"dhaka", "daka"},
		{"ghani", "gani"},
		{"brooke", "brok"},
		{"thompsonne", "tompson"},
	} {
		if got := translit(c.in); got != c.want {
			t.Errorf("translit(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := string(appendTranslit([]byte("x"), c.in)); got != "x"+c.want {
			t.Errorf("appendTranslit(x, %q) = %q, want %q", c.in, got, "x"+c.want)
		}
	}
}

// TestBlockKeys checks blockKeys, which hashes in place, against the keys
// it stands for, built from strings: hashSkip of the folded word whole and
// without each byte, of its translit key whole and without its first byte
// when that differs, and of the key's consonants when it is long; for the
// proper words and some longer than blockKeys' buffer.
func TestBlockKeys(t *testing.T) {
	words := []string{"khodorkovskaya", "lindqvist", "matisse", "mller", strings.Repeat("abkhazia", 6)}
	for _, w := range strings.Split(properWords, "\n") {
		if f := Fold(w); f != "" {
			words = append(words, f)
		}
	}
	for _, w := range words {
		var want []uint64
		want = append(want, hashSkip(w, -1, 0))
		for i := range len(w) {
			want = append(want, hashSkip(w, i, 0))
		}
		tk := translit(w)
		if tk != w {
			want = append(want, hashSkip(tk, -1, 1), hashSkip(tk, 0, 1))
		}
		if len(tk) >= 6 {
			want = append(want, hashSkip(consonants(tk), -1, 3))
		}
		if got := blockKeys(nil, w); !slices.Equal(got, want) {
			t.Fatalf("blockKeys(%q) = %x, want %x", w, got, want)
		}
	}
}
