package agreement

import (
	"fmt"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/model/entities"
)

// endingTable is the table endingAt replaced: by token below n, 1 + the
// index of the last candidate whose mention ends there.
func endingTable(cands []cand, n int) []int {
	t := make([]int, n)
	for k, c := range cands {
		if c.last >= 0 && c.last < n {
			t[c.last] = k + 1
		}
	}
	return t
}

// checkEndingAt compares endingAt with endingTable at every token of r and
// a few beyond.
func checkEndingAt(t *testing.T, what string, r *resolver) {
	t.Helper()
	n := len(r.inq)
	table := endingTable(r.cands, n)
	for i := -2; i < n+66; i++ {
		want := -1
		if i >= 0 && i < n {
			want = table[i] - 1
		}
		if got := r.endingAt(i); got != want {
			t.Fatalf("%s: endingAt(%d) = %d, the table %d", what, i, got, want)
		}
	}
}

// TestEndingAt: endingAt finds the candidate the table held, the last of
// those ending at a token, for mentions that nest or overlap (two end at
// token 12), a long one (100 to 140) among short ones, one whose last
// token comes before its first (as no mention does: a list out of order),
// and one that ends past the resolver's tokens (no entry). It fails when
// endingAt looks only at the candidate starting last before the token,
// stops at the first that ends there, or does not look far enough back or
// ahead. (TestEndingAtArticles fails when gather leaves out noteEnd.)
func TestEndingAt(t *testing.T) {
	const n = 300
	var r resolver
	r.reset(nil, n)
	for x, c := range [][2]int{{3, 3}, {10, 12}, {11, 12}, {12, 12}, {20, 22}, {100, 140}, {120, 120}, {139, 139}, {200, 190}, {205, 205}, {290, 310}, {299, 299}} {
		r.noteEnd(c[0], c[1]) // (as gather does)
		r.put(cand{tok: c[0], last: c[1], text: fmt.Sprint(x)})
	}
	r.readOut()
	checkEndingAt(t, "synthetic", &r)
	if x := r.endingAt(12); x < 0 || r.cands[x].tok != 12 {
		t.Errorf("endingAt(12) = %d, want the candidate at token 12", x)
	}
	if x := r.endingAt(140); x < 0 || r.cands[x].tok != 100 {
		t.Errorf("endingAt(140) = %d, want the candidate at token 100", x)
	}
	if x := r.endingAt(190); x < 0 || r.cands[x].tok != 200 {
		t.Errorf("endingAt(190) = %d, want the candidate at token 200", x)
	}
}

// TestEndingAtArticles: on the test articles and the development corpus,
// endingAt answers as the table did at every token the resolver reads.
func TestEndingAtArticles(t *testing.T) {
	ended := 0
	eachResolver(t, ruletest.Articles(t, "testdata", 400), func(k int, p *lint.Pass, m *entities.Model, r *resolver) {
		checkEndingAt(t, fmt.Sprintf("article %d", k), r)
		for _, x := range endingTable(r.cands, len(r.inq)) {
			if x > 0 {
				ended++
			}
		}
	})
	if ended < 1000 {
		t.Errorf("only %d tokens end a mention: the comparison proves little", ended)
	}
}
