package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestTitleFoldFacts checks that the title facts tokFacts gives a
// lower-case word, turned away by its fold hash when it is no title word,
// are those lowerTitleFacts reads from the word, for every such word of
// the invented articles and, when present, the development corpus; and
// that the fold test turns most words away.
func TestTitleFoldFacts(t *testing.T) {
	words, passed, titled := 0, 0, 0
	extra := "The then-minister, ex-chairman and former-president met the acting-governor, the minister-designate, a chairman's aide and the presidents.\n"
	eachScanned(t, extra, func(b *builder) {
		for i := range b.toks {
			tk := &b.toks[i]
			if tk.Kind != lint.Word || !lowerASCII(tk) {
				continue
			}
			words++
			w := b.tokWordAt(i)
			want := tiDone | lowerTitleFacts(w)
			if got := b.tokFacts(i); got != want {
				t.Errorf("%q: facts %b, want %b", tk.Text, got, want)
			}
			if want != tiDone {
				titled++
			}
			if len(w) != len(tk.Text) || titleFoldBits.Has(tk.Fold) || mayStripTitle(w) {
				passed++
			}
		}
	})
	if titled < 20 || passed > titled+words/10 {
		t.Errorf("%d words, %d title words, %d past the fold test", words, titled, passed)
	}
}

// TestFoldWordTests checks the token tests that turn words away by their
// fold hash against the tests of the text, for every token of the
// invented articles and, when present, the development corpus.
func TestFoldWordTests(t *testing.T) {
	type test func(b *builder, i int) bool
	checks := []struct {
		name      string
		fold, ref test
		min, n    int // least number of tokens that pass, and how many do
	}{
		{"isParticleTok", func(b *builder, i int) bool { return isParticleTok(&b.toks[i]) },
			func(b *builder, i int) bool { return isParticle(b.toks[i].Text) }, 5, 0},
		{"particleAt", func(b *builder, i int) bool { return b.particleAt(i) },
			func(b *builder, i int) bool { return isParticle(b.tokWordAt(i)) }, 5, 0},
		{"isHonorificTok", func(b *builder, i int) bool { return isHonorificTok(&b.toks[i]) },
			func(b *builder, i int) bool { return isHonorific(b.toks[i].Text) }, 4, 0},
		{"honorificAt", func(b *builder, i int) bool { return b.honorificAt(i) },
			func(b *builder, i int) bool { return isHonorific(b.tokWordAt(i)) }, 5, 0},
		{"isSpeechVerbTok", func(b *builder, i int) bool { return isSpeechVerbTok(&b.toks[i]) },
			func(b *builder, i int) bool { return isSpeechVerb(b.toks[i].Text) }, 20, 0},
	}
	extra := "Charles de Gaulle said, Van der Berg told, al-Sadr's aide and De la Cruz's men SAID, Said and says: von's. Mr. Smith, MR Jones, Mrs's, Dr Who and Lady Gaga.\n"
	eachScanned(t, extra, func(b *builder) {
		for i := range b.toks {
			for k := range checks {
				c := &checks[k]
				if got, want := c.fold(b, i), c.ref(b, i); got != want {
					t.Errorf("%q: %s %v, the test of the text %v", b.toks[i].Text, c.name, got, want)
				} else if want {
					c.n++
				}
			}
		}
	})
	for _, c := range checks {
		if c.n < c.min {
			t.Errorf("%s: only %d tokens pass", c.name, c.n)
		}
	}
}

// eachScanned calls f with a builder that has run scanCase over each of
// the invented articles, the development corpus's when present, and
// extra.
func eachScanned(t *testing.T, extra string, f func(b *builder)) {
	t.Helper()
	for _, text := range append(runTexts(), extra) {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		b := getBuilder(doc)
		b.scanCase()
		f(b)
		putBuilder(b)
	}
}
