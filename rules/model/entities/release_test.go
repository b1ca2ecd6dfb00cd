package entities

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// namePage is a page of n distinct invented names, eight to a sentence
// ("The Bakodu and Bakoda and ... met.").
func namePage(n int) string {
	const cons, vows = "bdfghklmnprstvz", "aeiou"
	var sb strings.Builder
	for i := range n {
		if i%8 == 0 {
			sb.WriteString("The ")
		} else {
			sb.WriteString(" and ")
		}
		for k, x := 0, i; k < 3; k, x = k+1, x/75 {
			c := cons[x%75/5]
			if k == 0 {
				c -= 'a' - 'A'
			}
			sb.WriteByte(c)
			sb.WriteByte(vows[x%5])
		}
		if i%8 == 7 {
			sb.WriteString(" met.\n\n")
		}
	}
	return sb.String()
}

// After a page of more names than a free builder keeps scratch for, the
// builder keeps its vocabulary and lets the scratch go, and a frozen
// vocabulary's arrays shrink back to its own words: a folder's run holds
// no more than its largest file needs, not that page's arrays after it.
// The next article's model is the same as before the page.
func TestReleaseDropsScratch(t *testing.T) {
	defer func(n int) { maxVocab = n; dropBuilders() }(maxVocab)
	dropBuilders()
	maxVocab = 64 // frozen after the first article
	before := dumps(t, func() {})
	page := namePage(maxPooledNames + 1000)
	doc, err := lint.Parse("page.txt", []byte(page), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Tokens) > maxPooledTokens {
		t.Fatalf("the page has %d tokens: its builder would not be pooled", len(doc.Tokens))
	}
	Build(doc, nil).Recycle()
	builders.Lock()
	if len(builders.free) != 1 {
		t.Fatalf("%d free builders, want 1", len(builders.free))
	}
	b := builders.free[0]
	builders.Unlock()
	n := len(b.infos)
	if n < maxVocab || n > 2*maxVocab {
		t.Fatalf("the builder keeps %d words: it was not frozen before the page", n)
	}
	if cap(b.names) != 0 || cap(b.caps) != 0 || cap(b.events) != 0 || cap(b.tokID) != 0 || cap(b.nm.slab) != 0 {
		t.Errorf("the builder keeps %d runs, %d capitals, %d events, %d tokens and %d near-miss words", cap(b.names), cap(b.caps), cap(b.events), cap(b.tokID), cap(b.nm.slab))
	}
	pages := (n + pageLen - 1) / pageLen
	if cap(b.infos) != n || len(b.cold.pages) != pages || cap(b.rare) != n || len(b.vocab.slots) > max(1024, 4*n) {
		t.Errorf("a vocabulary of %d words keeps room for %d and %d words (infos, rare), %d pages (cold) and %d slots", n, cap(b.infos), cap(b.rare), len(b.cold.pages), len(b.vocab.slots))
	}
	if after := dumps(t, func() {}); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("the articles' models differ after the page:\n%s\nwant:\n%s", after, before)
	}
}
