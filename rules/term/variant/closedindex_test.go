package variant

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestClosedIndex checks, on a long article of many distinct compounds of
// one shape (a co-xxxxxx, coxxxxxx and co xxxxxx: the closed words share a
// few cells), that joinsClosed answers as the walk over the bucket does and
// reads each bucket word about once, not once for every pair whose joined
// key is a closed word's (176,658 reads for 45,001 tokens here without the index).
func TestClosedIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, 6)
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		return string(b)
	}
	text := "Compounds\n\n"
	for range 3000 {
		w := word()
		text += fmt.Sprintf("A co-%s and co%s and co %s. The Co%s's and the co %s. ", w, w, w, w, w)
	}
	doc, sc, plains, _ := readText(t, text)
	toks := doc.Tokens
	if !sc.long {
		t.Fatal("the article is not long")
	}
	sc.joinMemo = map[string]bool{}
	joins := 0
	for k := 1; k < len(toks); k++ {
		if pairs(toks, plains, k) && sc.joinsClosed(plains[:len(plains)+1], toks, k) {
			joins++
		}
	}
	if reads := sc.closed.reads; reads > len(toks)+1 {
		t.Errorf("%d bucket words read for %d tokens, want at most one each", reads, len(toks))
	}
	if joins < 6000 {
		t.Errorf("%d pairs join a closed word, want 6,000 or more (co xxxxxx twice for each xxxxxx)", joins)
	}
	for k := 1; k < len(toks); k++ {
		if !pairs(toks, plains, k) {
			continue
		}
		joinsClosedAsWalk(t, sc, toks, plains, k)
	}
}

// TestClosedIndexCollision checks that the index's chains, by cell and
// key FoldHash, keep every word of a key and that the walk's tests tell
// apart the words of two keys whose FoldHashes collide: closed words
// coXXXXXe whose keys share a FoldHash (found by a search, not written
// here) and the pairs co XXXXXe. For the first two collisions both closed
// words are in the article, one before and one after its rival, so that
// the word that joins the pair is not always the first of its chain; for
// the third only the rival is, and the pair joins nothing.
func TestClosedIndexCollision(t *testing.T) {
	seen := map[uint32]string{}
	var coll [][2]string
	for i := 0; len(coll) < 3 && i < 26*26*26*26*26; i++ {
		k := []byte("co00000e")
		for j, n := 2, i; j < 7; j, n = j+1, n/26 {
			k[j] = byte('a' + n%26)
		}
		h := lint.FoldHash(string(k))
		if prev, ok := seen[h]; ok {
			coll = append(coll, [2]string{prev, string(k)})
			delete(seen, h)
			continue
		}
		seen[h] = string(k)
	}
	if len(coll) < 3 {
		t.Skip("no three FoldHash collisions among the keys searched")
	}
	var b strings.Builder
	b.WriteString("Collisions\n\n")
	for range 5000 {
		b.WriteString("The council met again on Monday. ")
	}
	fmt.Fprintf(&b, "\n\nThe %s came. The %s went. A co %s here.", coll[0][0], coll[0][1], coll[0][1][2:])
	fmt.Fprintf(&b, "\n\nThe %s came. The %s went. A co %s here.", coll[1][1], coll[1][0], coll[1][1][2:])
	fmt.Fprintf(&b, "\n\nThe %s came. A co %s here.\n", coll[2][0], coll[2][1][2:])
	doc, sc, plains, _ := readText(t, b.String())
	toks := doc.Tokens
	if !sc.long {
		t.Fatal("the article is not long")
	}
	sc.joinMemo = map[string]bool{}
	want := map[string]bool{coll[0][1][2:]: true, coll[1][1][2:]: true, coll[2][1][2:]: false}
	found := 0
	for k := 1; k < len(toks); k++ {
		if !pairs(toks, plains, k) {
			continue
		}
		long := joinsClosedAsWalk(t, sc, toks, plains, k)
		if w, ok := want[toks[k].Text]; ok && toks[k-1].Text == "co" {
			found++
			if long != w {
				t.Errorf("co %s: joinsClosed says %v, want %v (collisions %v)", toks[k].Text, long, w, coll)
			}
		}
	}
	if found != 3 {
		t.Errorf("%d of the three pairs found", found)
	}
}
