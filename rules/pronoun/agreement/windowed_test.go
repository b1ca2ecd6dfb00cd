package agreement

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestPutWindowed: putWindowed leaves slot and occupied as put, called in
// the order of keys, leaves them: the last candidate of a token wins,
// across windows and within one, and readOut lists only the winners
// (fails when the sort loses the order of keys or a window's bounds, or
// when a replaced candidate is read out).
func TestPutWindowed(t *testing.T) {
	const n = 5<<windowBits + 17
	toks := []int{n - 1, 3, 1 << windowBits, 3, 2<<windowBits - 1, 7, n - 1, 1<<windowBits + 5, 3, 0}
	var r resolver
	r.reset(nil, n)
	var want resolver
	want.reset(nil, n)
	for x, tok := range toks {
		c := cand{tok: tok, last: tok, text: fmt.Sprint(x)}
		r.keys = append(r.keys, uint64(tok)<<32|uint64(len(r.tmp)))
		r.tmp = append(r.tmp, c)
		want.put(c)
	}
	r.putWindowed()
	if !slices.Equal(r.occupied, want.occupied) {
		t.Fatalf("occupied differs from put's")
	}
	for i := range n {
		got, exp := r.slot[i] != 0, want.slot[i] != 0
		if got != exp {
			t.Fatalf("token %d: slot set %v, put's %v", i, got, exp)
		}
		if got && r.tmp[r.slot[i]-1].text != want.tmp[want.slot[i]-1].text {
			t.Errorf("token %d: candidate %s, put's %s", i, r.tmp[r.slot[i]-1].text, want.tmp[want.slot[i]-1].text)
		}
	}
	r.readOut()
	want.readOut()
	if !slices.Equal(r.cands, want.cands) || len(r.cands) != 7 {
		t.Errorf("read out %d candidates, put's %d, want 7 (one a token)", len(r.cands), len(want.cands))
	}
}

// TestWindowedCands: on a page past windowMin tokens, newResolver gathers
// the same candidates in the same order whether it puts the entities'
// mentions a window at a time or one by one (fails when putWindowed
// misplaces one, or when the candidates it replaced are read out).
func TestWindowedCands(t *testing.T) {
	var b strings.Builder
	for k := range 4000 {
		fmt.Fprintf(&b, "Mr Smith met Ms Jones in Paris on day %d. She said he was late. ", k)
		if k%7 == 0 {
			b.WriteString("The lawyer Anna Berg and Acme Corp agreed.\n\n")
		}
	}
	err := checkModel(t, b.String(), func(p *lint.Pass, m *entities.Model) {
		if limit := resolverLimit(m, p.Doc); limit <= windowMin {
			t.Fatalf("limit %d: the page must read past windowMin (%d) tokens", limit, windowMin)
		}
		r := newResolver(m, p.Doc)
		got := slices.Clone(r.cands)
		r.release()
		defer func(w int) { windowMin = w }(windowMin)
		windowMin = math.MaxInt
		r = newResolver(m, p.Doc)
		want := slices.Clone(r.cands)
		r.release()
		if len(want) < 1000 {
			t.Fatalf("%d candidates: the page must name many", len(want))
		}
		if !slices.Equal(got, want) {
			t.Errorf("windowed: %d candidates, one by one: %d, or they differ", len(got), len(want))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCandFrom: candFrom answers as a search of the candidates for the
// first whose token is i or after does, at every token of a short and of
// a long page, before the first and past the last (fails when its count
// of the bits before i, or of the candidates before their word, is off by
// one).
func TestCandFrom(t *testing.T) {
	for _, n := range []int{3, 4000} {
		var b strings.Builder
		for k := range n {
			fmt.Fprintf(&b, "Mr Smith met Ms Jones in Paris on day %d. She said he was late; the lawyer agreed. ", k)
		}
		err := checkModel(t, b.String(), func(p *lint.Pass, m *entities.Model) {
			r := newResolver(m, p.Doc)
			defer r.release()
			if len(r.cands) < 3*n {
				t.Fatalf("%d candidates: the page must name many", len(r.cands))
			}
			for i := -2; i < len(p.Doc.Tokens)+130; i++ {
				want := sort.Search(len(r.cands), func(x int) bool { return r.cands[x].tok >= i })
				if got := r.candFrom(i); got != want {
					t.Fatalf("%d tokens: candFrom(%d) = %d, the search %d", len(p.Doc.Tokens), i, got, want)
				}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestStaleSlot: a resolver whose slot holds what a document before left
// there (here an index far past any list) gathers the candidates a new
// resolver gathers, on a short and on a long page (fails when put or
// nounIs reads an entry of slot that occupied does not mark, or when
// reset stops clearing occupied).
func TestStaleSlot(t *testing.T) {
	for _, n := range []int{3, 4000} {
		var b strings.Builder
		for k := range n {
			fmt.Fprintf(&b, "Mr Smith met Ms Jones in Paris on day %d. She said he was late; Assemblyman Rick Delgado and the lawyer agreed. Lawyer fees rose. Government spending fell. ", k)
		}
		err := checkModel(t, b.String(), func(p *lint.Pass, m *entities.Model) {
			want := slices.Clone(new(resolver).gather(m, p.Doc).cands)
			stale := new(resolver)
			stale.slot = make([]int32, len(p.Doc.Tokens)+1)
			for i := range stale.slot {
				stale.slot[i] = 1 << 30
			}
			stale.occupied = make([]uint64, len(stale.slot)/64+1)
			for i := range stale.occupied {
				stale.occupied[i] = math.MaxUint64
			}
			got := stale.gather(m, p.Doc).cands
			if len(want) < 3*n || !slices.Equal(got, want) {
				t.Errorf("%d tokens: %d candidates with a stale slot, %d with a new one, or they differ (want at least %d)", len(p.Doc.Tokens), len(got), len(want), 3*n)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestReleaseClearsTmp: after release, no candidate of tmp holds anything
// of the document, whether readOut copied them all (and cleared each) or
// putWindowed replaced some, which readOut does not read (fails when
// readOut stops clearing what it copies, or putWindowed what it
// replaces).
func TestReleaseClearsTmp(t *testing.T) {
	const n = 3<<windowBits + 5
	r := new(resolver)
	r.reset(nil, n)
	for x, tok := range []int{7, 7, 1 << windowBits, 9, 7} { // two replaced at token 7
		r.keys = append(r.keys, uint64(tok)<<32|uint64(len(r.tmp)))
		r.tmp = append(r.tmp, cand{tok: tok, last: tok, text: fmt.Sprint(x)})
	}
	r.putWindowed()
	r.readOut()
	if !r.tmpCleared || len(r.cands) != 3 {
		t.Fatalf("tmpCleared %v with %d of %d candidates read out", r.tmpCleared, len(r.cands), len(r.tmp))
	}
	r.release()
	for x, c := range r.tmp[:cap(r.tmp)] {
		if c != (cand{}) {
			t.Fatalf("replaced: tmp[%d] still holds %+v", x, c)
		}
	}
	// Every candidate read out: readOut clears them. (A new resolver:
	// the released one is the pool's.)
	r = new(resolver)
	r.reset(nil, n)
	for _, tok := range []int{5, 1, 3} {
		r.put(cand{tok: tok, last: tok, text: "x"})
	}
	r.readOut()
	if !r.tmpCleared {
		t.Fatalf("tmpCleared not set with all %d candidates read out", len(r.cands))
	}
	for x, c := range r.tmp {
		if c != (cand{}) {
			t.Fatalf("read out: tmp[%d] still holds %+v", x, c)
		}
	}
}
