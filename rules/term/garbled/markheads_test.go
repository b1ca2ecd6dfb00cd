package garbled

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestMarkHeads checks the phrases gather groups (sc.multi) against a
// count of the different modifiers of each alike hash (a head and the
// first two bytes of its modifier's key): a phrase is grouped just when
// its hash comes with two or more, on the texts of TestFoldKeys and a
// text of heads with one, two and three modifiers that start alike, many
// times over (fails when markHeads records a hash with one modifier, or
// misses one with two, or keeps the hashes of the text before: one
// buffers serves every text, as the pool's do). Each text is grouped a
// second time with every bit of the sieve set (multiBits), as a text whose
// hashes crowd the bit set would have it: multiKeys must still tell the
// phrases apart (fails when gather trusts the sieve alone). Each text is
// also grouped with headMods made with room for one hash, so that it grows
// as a text with more hashes than headModsRoom has it (fails when a hash
// is lost or its modifier forgotten as the table grows).
func TestMarkHeads(t *testing.T) {
	defer func(n int) { headModsRoom = n }(headModsRoom)
	for _, headModsRoom = range []int{headModsRoom, 1} {
		checkMarkHeads(t)
	}
}

func checkMarkHeads(t *testing.T) {
	body := "The central bank met the centrul bank. A regional council, a regional council again. " +
		"The national team and the nation team and the natural team. Its price rose; its prize rose."
	texts := append(keyTexts(t), body, strings.Repeat(body+" Then ", 200))
	grouped := 0
	sc := &buffers{}
	for _, text := range texts {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		cands := sc.candidates(doc)
		sc.markHeads(cands)
		sc.gather(doc, cands, make([]bool, len(doc.Blocks)))
		mods := map[uint64]map[uint64]bool{}
		for _, c := range cands {
			if mods[c.alike] == nil {
				mods[c.alike] = map[uint64]bool{}
			}
			mods[c.alike][c.mh] = true
		}
		var want []int32
		for k, c := range cands {
			if len(mods[c.alike]) >= 2 {
				want = append(want, int32(k))
			}
		}
		if !slices.Equal(sc.multi, want) {
			t.Errorf("%.60q… (room for %d): grouped phrases %v, want %v", text, headModsRoom, sc.multi, want)
		}
		for i := range sc.multiBits {
			sc.multiBits[i] = ^uint64(0)
		}
		sc.gather(doc, cands, make([]bool, len(doc.Blocks)))
		if !slices.Equal(sc.multi, want) {
			t.Errorf("%.60q…, every bit of the sieve set: grouped phrases %v, want %v", text, sc.multi, want)
		}
		grouped += len(want)
	}
	if grouped == 0 {
		t.Fatal("no phrase grouped: the comparison proves little")
	}
}
