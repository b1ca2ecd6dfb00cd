package lint

import "slices"

// wordTable maps words, case and all, to small values, found through a
// token's Fold: an open-addressing table of their FoldHash values, so that
// a word that is not in it (most) costs a probe or two and no reading of
// its text; a slot whose hash matches compares the text exactly.
type wordTable struct {
	slots []wordSlot // a power of two of them, at least twice as many as words
	words []string
	vals  []uint8
}

// wordSlot is one slot of a wordTable: a word's FoldHash and 1 + its index
// in words (0: empty).
type wordSlot struct{ fold, at uint32 }

// newWordTable builds the table of m.
func newWordTable(m map[string]uint8) *wordTable {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable{slots: make([]wordSlot, size)}
	for _, w := range slices.Sorted(func(yield func(string) bool) {
		for w := range m {
			if !yield(w) {
				return
			}
		}
	}) {
		t.words, t.vals = append(t.words, w), append(t.vals, m[w])
		f := FoldHash(w)
		i := f & uint32(size-1)
		for t.slots[i].at != 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.slots[i] = wordSlot{f, uint32(len(t.words))}
	}
	return t
}

// get returns the value of the word w, whose FoldHash is fold, or 0.
func (t *wordTable) get(fold uint32, w string) uint8 {
	mask := uint32(len(t.slots) - 1)
	for i := fold & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.at == 0 {
			return 0
		}
		if s.fold == fold && t.words[s.at-1] == w {
			return t.vals[s.at-1]
		}
	}
}
