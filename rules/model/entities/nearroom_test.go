package entities

import "testing"

// TestNearRoomZero checks that nearMisses leaves its words' slab zero to
// its capacity, document after document (it writes only the fields of a
// new word that may not be zero, counting on the room being zero).
func TestNearRoomZero(t *testing.T) {
	for round := range 2 {
		for i, text := range runTexts() {
			b := builtThrough(t, text, len(buildPasses))
			room := b.nm.slab[:cap(b.nm.slab)]
			for k := range room {
				if room[k] != (nameWord{}) {
					t.Fatalf("round %d, text %d: word %d of the slab's room is %+v", round, i, k, room[k])
				}
			}
			putBuilder(b)
		}
	}
}
