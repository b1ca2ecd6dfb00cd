package entities

import "testing"

// TestHashPre: hashPre gives the hash and slot prefix that hashKey and
// slotKey give, for every length around the eight-byte block.
func TestHashPre(t *testing.T) {
	words := []string{"", "a", "ab", "abc", "abcd", "Smith", "Müller", "abcdefg", "abcdefgh", "abcdefghi",
		"Anglo-Saxon", "Ørsted", "Xi", "al-Sadr", "Rodríguez-Zapatero", "abcdefghijklmnop", "abcdefghijklmnopq"}
	for _, w := range words {
		hash, pre := hashPre(w)
		if want := hashKey(w); hash != want {
			t.Errorf("hashPre(%q) hash %x, hashKey %x", w, hash, want)
		}
		h, wantPre := slotKey(w, hash)
		if pre != wantPre {
			t.Errorf("hashPre(%q) pre %x, slotKey %x", w, pre, wantPre)
		}
		if slotH(len(w), hash) != h {
			t.Errorf("slotH(%q) differs from slotKey", w)
		}
	}
}
