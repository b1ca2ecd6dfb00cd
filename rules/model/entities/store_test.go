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

// A store's chunks serve the next model: a document that outgrew chunks
// leaves them to the next one as long, which carves from them instead of
// new ones, and every element it carves reads zero (nothing of the last
// document stays in a chunk of pointers).
func TestCarveReusesOutgrownChunks(t *testing.T) {
	const limit, piece, pieces = 1 << 8, 10, 100 // about four chunks at the limit
	st := new(store)
	fill := func() map[*Mention]bool {
		arrays := map[*Mention]bool{}
		for range pieces {
			s := carve(&st.more, piece, limit)
			for i := range s {
				if s[i].Text != "" || s[i].Tokens != nil {
					t.Fatalf("a carved mention holds %q %v", s[i].Text, s[i].Tokens)
				}
				s[i].Text, s[i].Tokens = "name", []int{i}
			}
		}
		for _, c := range append(append([][]Mention(nil), st.more.full...), st.more.cur) {
			if cap(c) >= limit {
				arrays[&c[:1][0]] = true
			}
		}
		return arrays
	}
	first := fill()
	if len(first) < 3 {
		t.Fatalf("%d chunks at the limit, want at least 3", len(first))
	}
	st.clear()
	second := fill()
	for a := range second {
		if !first[a] {
			t.Error("a model as long as the last one carved from a new chunk")
		}
	}
	if st.more.used() != piece*pieces {
		t.Errorf("used %d, want %d", st.more.used(), piece*pieces)
	}
}
