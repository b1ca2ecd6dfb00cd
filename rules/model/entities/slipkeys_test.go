package entities

import (
	"strings"
	"testing"
)

// TestDeleteHashesBounded: a word keys each of its one-byte slips (one key
// per byte, each costing the word's length) only up to maxSlipWord bytes;
// a longer "word" (a hostile page's 100 KB run of letters) keeps its own
// hash alone, so keying it is linear, not quadratic, in its length.
func TestDeleteHashesBounded(t *testing.T) {
	short := strings.Repeat("ab", maxSlipWord/2)
	if got := len(deleteHashes(nil, short, 0)); got != len(short)+1 {
		t.Errorf("a %d-byte word: %d keys, want %d (itself and each slip)", len(short), got, len(short)+1)
	}
	long := strings.Repeat("ab", 1<<19)
	keys := deleteHashes(nil, long, 0)
	if len(keys) != 1 || keys[0] != hashSkip(long, -1, 0) {
		t.Errorf("a %d-byte word: %d keys, want its own hash alone", len(long), len(keys))
	}
	if got := len(blockKeys(nil, "Q"+long)); got > 4 {
		t.Errorf("blockKeys of a %d-byte word: %d keys, want a handful", len(long)+1, got)
	}
}
