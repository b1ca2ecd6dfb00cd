package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestNearRoomZero checks that nearMisses leaves its words' slab zero to
// its capacity, document after document (it writes only the fields of a
// new word that may not be zero, counting on the room being zero).
func TestNearRoomZero(t *testing.T) {
	for round := range 2 {
		for i, text := range runTexts() {
			doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			b := getBuilder(doc)
			b.m = newModel()
			b.scanCase()
			b.findRuns()
			b.group()
			b.appositions()
			b.titleOnly()
			b.pronouns()
			b.decideGender()
			b.nearMisses()
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
