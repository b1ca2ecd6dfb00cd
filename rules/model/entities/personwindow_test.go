package entities

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPersonWindow checks personWindow.only against the people counted
// afresh in its sentences, for tokens taken in increasing order by short
// steps and by long jumps (which the window skips over), over the invented
// articles, the development corpus's and all of them joined into one.
func TestPersonWindow(t *testing.T) {
	texts := runTexts()
	texts = append(texts, strings.Join(texts, "\n\n"))
	rng := rand.New(rand.NewPCG(1, 2))
	calls, found := 0, 0
	for _, text := range texts {
		b := builtThrough(t, text, 3) // through group
		for _, back := range []int{0, 1, 3} {
			w := personWindow{b: b}
			for i := 0; i < len(b.toks); {
				got, want := w.only(i, back), onlyPerson(b, i, back)
				if got != want {
					t.Fatalf("token %d (%q), back %d: only gives %v, want %v", i, b.toks[i].Text, back, got, want)
				}
				calls++
				if got != nil {
					found++
				}
				if rng.IntN(4) == 0 {
					i += 1 + rng.IntN(2000) // a jump
				} else {
					i += 1 + rng.IntN(20)
				}
			}
		}
		putBuilder(b)
	}
	if found == 0 || found == calls {
		t.Fatalf("%d of %d calls found a person: the test tells nothing", found, calls)
	}
}

// onlyPerson is the one person mentioned from the start of sentence
// Sentence(i)-back to token i (not included), or nil.
func onlyPerson(b *builder, i, back int) *Entity {
	first := int(b.toks[i].Sentence) - back
	var only *Entity
	for k := i - 1; k >= 0 && int(b.toks[k].Sentence) >= first; k-- {
		id := b.m.entityID(k)
		if id == 0 {
			continue
		}
		e := b.m.Entities[id-1]
		if e.Kind != Person {
			continue
		}
		if only != nil && only != e {
			return nil
		}
		only = e
	}
	return only
}
