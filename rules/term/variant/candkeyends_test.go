package variant

import "testing"

// TestCandKeyEnds: the length and end bytes candKeyEnds gives a form of
// every kind (a closed part of a compound read from its bytes, with no
// hyphen counted; a hyphenated form; an open one) are those of its key
// made the long way (appendKey).
func TestCandKeyEnds(t *testing.T) {
	text := "The long-term plan of the mid-term review, the co-operate and well-known " +
		"Zürich-based e-mail firm’s Smith's-Jones deal; a 24-year-old and the 17-yearold. " +
		"The midterm review and the mid term plan, the e mail and the long term."
	doc, sc, plains, cands := readText(t, text)
	cands = sc.openForms(doc, plains, cands)
	kinds := map[kind]int{}
	for k := range cands {
		c := &cands[k]
		key := c.appendKey(nil, doc)
		want := [3]int32{}
		if len(key) > 0 {
			want = [3]int32{int32(len(key)), int32(key[0] | 0x20), int32(key[len(key)-1] | 0x20)}
		}
		klen, first, last, ok := sc.candKeyEnds(doc, c)
		if got := [3]int32{klen, int32(first), int32(last)}; got != want || ok != (len(key) > 0) {
			t.Errorf("%s form %q: candKeyEnds %v %v, want %v", kindName[c.kind], c.text(doc), got, ok, want)
		}
		kinds[c.kind]++
	}
	if kinds[closed] == 0 || kinds[hyphen] == 0 || kinds[open] == 0 {
		t.Errorf("forms by kind %v: the text has each", kinds)
	}
}
