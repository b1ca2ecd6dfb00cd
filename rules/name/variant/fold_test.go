package variant

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules/model/entities"
)

// foldWords are name words of every kind appendFold folds: ASCII in any
// case, with marks that fold away, letters beyond ASCII (some folding to
// two letters), a sign that lowers to ASCII, invalid UTF-8 and digits.
var foldWords = []string{"", "Richard", "richard", "RICHARD", "O'Neill", "O’Neill", "Márquez", "Marquez",
	"García", "Garcia", "Müller", "Mueller", "Straße", "Strasse", "Heung-min", "St.", "Jr", "\u212Aelvin",
	"Kelvin", "Ærø", "Ørsted", "İnönü", "Lloyd", "Webber", "Weber", "x\xffy", "\xc3", "Ab9", "2nd", "Łódź",
	"Zoë", "Renée", "Ŀl", "ǅemal", "Σίσυφος", "σίσυφος", "Ivanov", "Иванов", "李", "N'Golo", "Kanté"}

// TestAppendFold: appendFold appends entities.Fold of the word, after
// whatever the buffer holds.
func TestAppendFold(t *testing.T) {
	for _, prefix := range []string{"", "ab", strings.Repeat("z", 300)} {
		for _, w := range foldWords {
			for _, s := range []string{w, w + " " + w, "Mc" + w, w + "’s"} {
				got := string(appendFold([]byte(prefix), s))
				if want := prefix + entities.Fold(s); got != want {
					t.Errorf("appendFold(%q, %q) = %q, want %q", prefix, s, got, want)
				}
			}
		}
	}
}

// partOfRefStrings is partOfRef as it was written with entities.Fold's
// strings, which partOfRef must agree with.
func partOfRefStrings(nm entities.NearMiss) bool {
	if len(nm.Mention.Tokens) > maxNameWords || len(nm.Ref.Tokens) > maxNameWords {
		return false
	}
	word, ref := entities.Fold(nm.Word), entities.Fold(nm.RefWord)
	var refWords []string
	for r := range strings.FieldsSeq(nm.Ref.Text) {
		if fr := entities.Fold(r); fr != ref {
			refWords = append(refWords, fr)
		}
	}
	n := 0
	for w := range strings.FieldsSeq(nm.Mention.Text) {
		f := entities.Fold(w)
		if f == word {
			continue
		}
		if !slices.Contains(refWords, f) {
			return false
		}
		n++
	}
	return n > 0
}

// TestPartOfRefAgrees: partOfRef gives what partOfRefStrings gives, for
// names of one to a dozen words drawn from few words (so that they share
// many), written in other cases and spellings that fold alike, and long
// enough to outgrow partOfRef's buffer on the stack.
func TestPartOfRefAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 19))
	pick := func() string {
		w := foldWords[rng.IntN(len(foldWords))]
		switch rng.IntN(6) {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			w = strings.Repeat(w, 1+rng.IntN(12))
		}
		return w
	}
	name := func() string {
		words := make([]string, 1+rng.IntN(12))
		for i := range words {
			words[i] = pick()
		}
		return strings.Join(words, " ")
	}
	var yes, no int
	for range 20000 {
		nm := entities.NearMiss{Mention: entities.Mention{Text: name()}, Ref: entities.Mention{Text: name()}}
		nm.Word, nm.RefWord = pick(), pick()
		if rng.IntN(2) == 0 {
			// The words the near miss names, from the names.
			mw, rw := strings.Fields(nm.Mention.Text), strings.Fields(nm.Ref.Text)
			if len(mw) > 0 && len(rw) > 0 {
				nm.Word, nm.RefWord = mw[rng.IntN(len(mw))], rw[rng.IntN(len(rw))]
			}
		}
		if rng.IntN(3) == 0 {
			// The reference's other words, in the mention.
			nm.Mention.Text = strings.Join(append(strings.Fields(nm.Ref.Text), nm.Word), " ")
		}
		want := partOfRefStrings(nm)
		if got := partOfRef(nm); got != want {
			t.Fatalf("partOfRef(%q ~ %q, words %q, %q) = %v, want %v", nm.Mention.Text, nm.Ref.Text, nm.Word, nm.RefWord, got, want)
		}
		if want {
			yes++
		} else {
			no++
		}
	}
	if yes < 1000 || no < 1000 {
		t.Fatalf("%d near misses part of their reference, %d not: the names no longer test both", yes, no)
	}
}
