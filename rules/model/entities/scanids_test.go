package entities

import "testing"

// TestScanCaseIDs checks what scanCase records for each capitalised word,
// for every token of the invented articles and the corpus when present:
// the vocabulary index of its word (possessive ending cut), its title
// facts as its word's, and the count of its word's capitals that are not
// automatic. scanCase looks each such token up without reading its tokID
// first (no earlier call looks it up): a token left without its index, or
// given another word's, fails here.
func TestScanCaseIDs(t *testing.T) {
	extra := "Smith’s son met Smith. The Émile Zola and ÉMILE met Mr. J. Smith's dog: He said “Paris” was Paris.\n"
	eachScanned(t, extra, func(b *builder) {
		mid := map[int32]int32{}
		for i := range b.toks {
			tk := &b.toks[i]
			if !isCap(tk) {
				continue
			}
			x := b.tokID[i]
			if x == 0 {
				t.Fatalf("token %d %q: not looked up", i, tk.Text)
			}
			id := x - 1
			if want := b.docID(b.tokWordAt(i)); id != want {
				t.Fatalf("token %d %q: index %d, want %d (%q)", i, tk.Text, id, want, b.infos[want].text)
			}
			if got, want := b.facts[i], b.infos[id].facts[1]; got != want {
				t.Errorf("token %d %q: facts %d, want the word's %d", i, tk.Text, got, want)
			}
			n := mid[id] // (a word whose capitals are all automatic counts 0)
			if !b.initialishSlow(i) {
				n++
			}
			mid[id] = n
		}
		for id, n := range mid {
			if got := b.midCapOf(id); got != n {
				t.Errorf("%q: %d capitals not automatic, want %d", b.infos[id].text, got, n)
			}
		}
		// Work out some words' facts (as the passes do) for the next
		// document, whose tokens must copy them.
		for i := range b.toks {
			if isCap(&b.toks[i]) {
				b.tokFacts(i)
			}
		}
	})
}
