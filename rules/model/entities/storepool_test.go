package entities

import (
	"sync"
	"testing"
)

// TestStorePool checks which pool a recycled store goes back to: the store
// of a 1 MB article (about 220k tokens) stays in stores for the next
// document, and only that of a document of more than maxStoredTokens goes
// to bigStores, where the next document of that length looks for it.
func TestStorePool(t *testing.T) {
	name := func(p *sync.Pool) string {
		switch p {
		case &stores:
			return "stores"
		case &bigStores:
			return "bigStores"
		}
		return "none"
	}
	for _, c := range []struct {
		byTok, toks, cands int
		want               string
	}{
		{0, 0, 0, "stores"},
		{220_000, 30_000, 5_000, "stores"},
		{maxStoredTokens, 0, 0, "stores"},
		{maxStoredTokens + 1, 0, 0, "bigStores"},
		// (Mentions' tokens and reaches count as well as the table by
		// token, which a document without a name leaves empty.)
		{0, maxStoredTokens + 1, 0, "bigStores"},
		{0, 0, maxStoredTokens + 1, "bigStores"},
	} {
		st := &store{byTok: make([]uint16, c.byTok), toks: make([]int, c.toks), cands: make([]Candidate, c.cands)}
		if got := name(st.pool()); got != c.want {
			t.Errorf("store of %d/%d/%d: pool %s, want %s", c.byTok, c.toks, c.cands, got, c.want)
		}
	}
	for _, c := range []struct {
		n    int
		want string
	}{{5_000, "stores"}, {220_000, "stores"}, {maxStoredTokens + 1, "bigStores"}} {
		if got := name(storesFor(c.n)); got != c.want {
			t.Errorf("document of %d tokens: pool %s, want %s", c.n, got, c.want)
		}
	}
}
