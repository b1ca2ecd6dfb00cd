package entities

import "testing"

// TestKeyTableGrows: the model is the same when ownedKeys' key table
// starts with room for one key and grows (keyTable.grow moves every key
// held twice to its new slot, multi following) as when it starts with
// room for one per word, on a page of look-alike names and on the
// invented articles.
func TestKeyTableGrows(t *testing.T) {
	sameNearModel(t, "with a key table that grows", func() func() {
		k := keyTableStart
		keyTableStart = 1
		return func() { keyTableStart = k }
	})
}

// TestKeyTableGrowSlots: keys put in as ownedKeys puts them (each held
// twice, so listed in multi) into a table of room for one that grows, in
// a new array and in place (in the spare capacity of the last one), are
// each found at the slot multi lists for it, and no other slot is taken.
func TestKeyTableGrowSlots(t *testing.T) {
	for _, room := range []int{0, 1 << 12} {
		kt := keyTable{table: make([]keySlot, 0, room)}
		kt.reset(1)
		var keys []uint64
		for i := range 1000 {
			h := uint64(i+1) * 0x9e3779b97f4a7c15
			keys = append(keys, h)
			at, ok := kt.find(h)
			if ok {
				t.Fatalf("room %d: key %d found before it was put in", room, i)
			}
			if 2*(len(kt.multi)+1) > len(kt.table) {
				kt.grow()
				at, _ = kt.find(h)
			}
			kt.table[at] = keySlot{h: h, last: int32(i), n: 1, gen: kt.tgen}
			kt.hold(at, int32(i))
		}
		taken := 0
		for p := range kt.table {
			if kt.table[p].gen == kt.tgen {
				taken++
			}
		}
		if taken != len(keys) || len(kt.multi) != len(keys) {
			t.Errorf("room %d: %d slots taken and %d listed for %d keys", room, taken, len(kt.multi), len(keys))
		}
		for i, h := range keys {
			if p, ok := kt.find(h); !ok || int32(p) != kt.multi[i] || kt.table[p].n != 2 {
				t.Errorf("room %d: key %d at slot %d (found %v, n %d), multi lists %d", room, i, p, ok, kt.table[p].n, kt.multi[i])
			}
		}
	}
}
