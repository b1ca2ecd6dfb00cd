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
	for _, text := range append(runTexts(), extra) {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		b := getBuilder(doc)
		b.scanCase()
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
			if len(w) != len(tk.Text) || titleFoldBits.may(tk.Fold) || mayStripTitle(w) {
				passed++
			}
		}
		putBuilder(b)
	}
	if titled < 20 || passed > titled+words/10 {
		t.Errorf("%d words, %d title words, %d past the fold test", words, titled, passed)
	}
}

// TestFoldWordTests checks the token tests that turn words away by their
// fold hash against the tests of the text, for every token of the
// invented articles and, when present, the development corpus.
func TestFoldWordTests(t *testing.T) {
	particles, verbs, honorifics := 0, 0, 0
	extra := "Charles de Gaulle said, Van der Berg told, al-Sadr's aide and De la Cruz's men SAID, Said and says: von's. Mr. Smith, MR Jones, Mrs's, Dr Who and Lady Gaga.\n"
	for _, text := range append(runTexts(), extra) {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		b := getBuilder(doc)
		b.scanCase()
		for i := range b.toks {
			tk := &b.toks[i]
			if got, want := isParticleTok(tk), isParticle(tk.Text); got != want {
				t.Errorf("%q: isParticleTok %v, isParticle %v", tk.Text, got, want)
			} else if want {
				particles++
			}
			if got, want := b.particleAt(i), isParticle(b.tokWordAt(i)); got != want {
				t.Errorf("%q: particleAt %v, isParticle of the word %v", tk.Text, got, want)
			}
			if got, want := isHonorificTok(tk), isHonorific(tk.Text); got != want {
				t.Errorf("%q: isHonorificTok %v, isHonorific %v", tk.Text, got, want)
			} else if want {
				honorifics++
			}
			if got, want := b.honorificAt(i), isHonorific(b.tokWordAt(i)); got != want {
				t.Errorf("%q: honorificAt %v, isHonorific of the word %v", tk.Text, got, want)
			}
			if got, want := isSpeechVerbTok(tk), isSpeechVerb(tk.Text); got != want {
				t.Errorf("%q: isSpeechVerbTok %v, isSpeechVerb %v", tk.Text, got, want)
			} else if want {
				verbs++
			}
		}
		putBuilder(b)
	}
	if particles < 5 || verbs < 20 || honorifics < 4 {
		t.Errorf("only %d particles, %d speech verbs and %d honorifics", particles, verbs, honorifics)
	}
}
