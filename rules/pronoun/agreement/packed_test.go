package agreement

import (
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/factlint/factlint/rules/model/entities"
)

// nounOfSlow is the lookup nounOf replaces: strings.ToLower and a map.
func nounOfSlow(w string) (nounInfo, bool) {
	if w[0] <= 'Z' || strings.IndexByte(w, '\'') >= 0 || strings.IndexByte(w, 0xE2) >= 0 {
		w = strings.ToLower(w)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	n, ok := nouns[w]
	return n, ok
}

func TestNounOfMatchesMap(t *testing.T) {
	var words []string
	for w := range nouns {
		up := strings.ToUpper(w[:1]) + w[1:]
		words = append(words, w, up, strings.ToUpper(w), w+"'s", up+"'S", w+"’s", up+"’s", w+"s", "x"+w, w[:len(w)-1],
			strings.ToUpper(w[len(w)-1:])+w[1:], w[:1]+strings.ToUpper(w[1:]))
	}
	words = append(words, "FIANCÉE", "Fiancée", "fiancÉe's", "Café's", "don't", "o'clock", "''s", "a's", "zzz", "Ab\u212Ac")
	for _, w := range words {
		if len(w) < 3 || len(w) > 14 {
			continue
		}
		n1, ok1 := nounOf(w)
		n2, ok2 := nounOfSlow(w)
		if n1 != n2 || ok1 != ok2 {
			t.Errorf("nounOf(%q) = %v %v, the map says %v %v", w, n1, ok1, n2, ok2)
		}
	}
}

func TestPackedTableFindsEveryKey(t *testing.T) {
	m := map[string]nounInfo{}
	for i, w := range strings.Fields("a bb ccc sixteen-bytes-xx seventeen-bytes-x é") {
		m[w] = nounInfo{gender: entities.Gender(i % 3), thing: i%2 == 0}
	}
	tab := newPackedTable(m)
	for w, v := range m {
		got, ok := tab.get(pack(w[:min(len(w), 16)]))
		if len(w) > 16 {
			if ok && got == v {
				t.Errorf("%q: longer than 16 bytes, found", w)
			}
			continue
		}
		if !ok || got != v {
			t.Errorf("%q: got %v %v, want %v", w, got, ok, v)
		}
	}
	if _, ok := tab.get(pack("dd")); ok {
		t.Error("dd found")
	}
}

func TestLowerASCIIAndHasByte(t *testing.T) {
	for c := 0; c < 128; c++ {
		for pos := 0; pos < 8; pos++ {
			x := uint64(c) << (8 * pos)
			want := uint64(c)
			if 'A' <= c && c <= 'Z' {
				want += 'a' - 'A'
			}
			if got := lowerASCII(x | 'Q'<<(8*((pos+3)%8))); got != want<<(8*pos)|'q'<<(8*((pos+3)%8)) {
				t.Errorf("lowerASCII: byte %#x at %d: got %#x", c, pos, got)
			}
			k := key16{x | 0x4141414141414141&^(0xff<<(8*pos)), 0}
			if c != 0 && c != 'A' && hasByte(k, '\'') != (c == '\'') {
				t.Errorf("hasByte: byte %#x at %d", c, pos)
			}
		}
	}
}

func TestPackMatchesBytes(t *testing.T) {
	const text = "abcdefghijklmnopq"
	for n := 0; n <= 16; n++ {
		w := text[:n]
		var want key16
		for i := 0; i < n; i++ {
			want[i/8] |= uint64(w[i]) << (8 * (i % 8))
		}
		if got := pack(w); got != want {
			t.Errorf("pack(%q) = %#x, want %#x", w, got, want)
		}
	}
}

// TestCandSize keeps a candidate in one cache line (newResolver copies
// each twice).
func TestCandSize(t *testing.T) {
	if strconv.IntSize != 64 {
		t.Skip("the layout is measured for 64-bit platforms")
	}
	if n := unsafe.Sizeof(cand{}); n != 64 {
		t.Errorf("cand is %d bytes, want 64", n)
	}
}

// TestKeep checks that the antecedents keep hands out stay as given while
// antes grows, and that release clears them.
func TestKeep(t *testing.T) {
	r := resolvers.Get()
	r.reset(&entities.Model{}, 0)
	var kept []*entities.Candidate
	for i := range 100 {
		kept = append(kept, r.keep(entities.Candidate{Token: i, Text: "x"}))
	}
	for i, c := range kept {
		if c.Token != i || c.Text != "x" {
			t.Errorf("kept[%d] = %+v", i, *c)
		}
	}
	antes := r.antes
	r.release()
	if antes[0].Text != "" {
		t.Errorf("release left antecedent %+v in antes", antes[0])
	}
}
