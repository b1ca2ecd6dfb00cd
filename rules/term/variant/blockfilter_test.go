package variant

import "testing"

// TestBlockFilter checks that a blockFilter answers yes for every value
// added, yes for few others while a bit in blockFull or fewer is set, and
// that full tells when more are: values that differ in their low bytes
// alone (keySigs of keys that share their length and ends) too.
func TestBlockFilter(t *testing.T) {
	var f blockFilter
	f.reset(1 << 10) // (64 K bits)
	seed := uint64(1)
	next := func() uint64 { seed = seed*6364136223846793005 + 1442695040888963407; return seed }
	var added []uint64
	for len(added) < 1<<10 {
		added = append(added, next(), uint64(len(added))<<8|0x2020)
	}
	for _, v := range added[:1<<10] {
		f.add(v)
	}
	for _, v := range added[:1<<10] {
		if !f.has(v) {
			t.Fatalf("%#x added, has says no", v)
		}
	}
	if f.full() {
		t.Fatalf("full with %d values in %d bits", 1<<10, 64*len(f.words))
	}
	yes := 0
	for range 1 << 16 {
		if f.has(next()) {
			yes++
		}
	}
	// (2 K bits set of 64 K: a false yes about one time in a thousand)
	if yes > 1<<16/250 {
		t.Errorf("%d false yeses in %d questions", yes, 1<<16)
	}
	for range 1 << 11 {
		f.add(next())
	}
	if !f.full() {
		t.Errorf("not full with %d values in %d bits", 3<<10, 64*len(f.words))
	}
}
