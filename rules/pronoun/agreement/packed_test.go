package agreement

import (
	"strings"
	"testing"
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
	m := map[string]int{}
	for i, w := range strings.Fields("a bb ccc sixteen-bytes-xx seventeen-bytes-x é") {
		m[w] = i + 1
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
			t.Errorf("%q: got %d %v, want %d", w, got, ok, v)
		}
	}
	if _, ok := tab.get(pack("dd")); ok {
		t.Error("dd found")
	}
}
