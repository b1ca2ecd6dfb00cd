package entities

import "testing"

// recycledStore returns a store as a model of a document of ntoks tokens
// leaves it, handed back through Recycle.
func recycledStore(ntoks int) *store {
	st := new(store)
	m := &Model{st: st}
	st.lend(m)
	st.byTok = make([]uint16, ntoks)
	m.Recycle()
	return st
}

// A long document's store serves the next long document, never a short
// one, and a store beyond maxBigStoredTokens serves none. The short
// documents' stores are in a sync.Pool, which may drop what it holds (the
// race detector drops some on purpose), so reuse is asked only once in
// several tries (bigStores drops a store only at collections).
func TestLongStoreServesLongDocuments(t *testing.T) {
	defer recycleOff.Store(recycleOff.Swap(false))
	long := maxStoredTokens + 1
	reused := false
	for range 20 {
		st := recycledStore(long)
		if newModel(100).st == st {
			t.Fatal("a short document's model took a long document's store")
		}
		if newModel(long).st == st {
			reused = true
		}
	}
	if !reused {
		t.Error("no long document's model took the store of the long document before it")
	}
	for range 20 {
		st := recycledStore(maxBigStoredTokens + 1)
		if newModel(maxBigStoredTokens+1).st == st {
			t.Fatal("a store beyond maxBigStoredTokens was kept")
		}
	}
	// A short document's store still serves the next short document.
	reused = false
	for range 20 {
		if st := recycledStore(100); newModel(100).st == st {
			reused = true
		}
	}
	if !reused {
		t.Error("no short document's model took the store of the short document before it")
	}
}

// A store's chunk serves the next model: a model that outgrew its chunk
// leaves one with room for all it carved, from which the next model as
// long carves every piece, and every element carved from a chunk a model
// used before reads zero (nothing of the last document stays in a chunk
// of pointers).
func TestCarveServesTheNextModelFromOneChunk(t *testing.T) {
	const limit, piece, pieces = 1 << 8, 10, 100 // about four chunks at the limit
	st := new(store)
	fill := func() {
		for range pieces {
			s := carve(&st.more, piece, limit)
			for i := range s {
				if s[i].Text != "" || s[i].Tokens != nil {
					t.Fatalf("a carved mention holds %q %v", s[i].Text, s[i].Tokens)
				}
				s[i].Text, s[i].Tokens = "name", []int{i}
			}
		}
		if got := st.more.used(); got != piece*pieces {
			t.Fatalf("used %d, want %d", got, piece*pieces)
		}
	}
	fill()
	if st.more.outgrown == 0 {
		t.Fatal("the first model did not outgrow its chunks")
	}
	for round := 1; round <= 2; round++ {
		st.clear()
		chunk := &st.more.cur[:1][0]
		fill()
		if st.more.outgrown != 0 || &st.more.cur[0] != chunk {
			t.Fatalf("round %d: a model as long as the last one outgrew the chunk it left", round)
		}
	}
}
