package entities

import (
	"strings"
	"testing"
)

// titledArticle is an invented article whose people are also named by
// their titles and ages between their name mentions, so that titleOnly
// merges title-only mentions in before later name mentions.
const titledArticle = `Harbour minister Daniel Kessler opened the new ferry terminal on Tuesday.

The minister said the terminal would carry two million passengers a year. Kessler, 58, thanked the builders.

Chief executive Maria Ostrowski said the company had borrowed heavily. The chief executive added that fares would rise. Ostrowski said the 61-year-old had no plans to retire.

Later the minister toured the docks, and Kessler said Daniel Kessler would return in the spring. Ms Ostrowski declined to comment.
`

// TestWordAt checks wordAt against the mentions worked out afresh: for
// every token, the name mention (not title-only) of the entity covering
// it that holds it, found by walking every mention, over invented
// articles, the development corpus's and all of them joined into one.
func TestWordAt(t *testing.T) {
	texts := append(runTexts(), titledArticle)
	texts = append(texts, strings.Join(texts, "\n\n"))
	words, shifted, placed := 0, 0, 0
	for _, text := range texts {
		b := builtThrough(t, text, 7) // through decideGender
		want := make(map[int]wordAt)
		for _, e := range b.m.Entities {
			names := 0 // name mentions before mi
			for mi := range e.Mentions {
				mm := &e.Mentions[mi]
				if mm.Form == TitleOnly || mm.Form == Pronoun {
					continue
				}
				if names != mi {
					shifted++ // title-only mentions come before it
				}
				names++
				for k, ti := range mm.Tokens {
					if b.m.entityID(ti) != int32(e.ID) {
						continue
					}
					w := wordAt{e: e, mi: mi}
					if e.Kind == Person && mm.Form == FullName && len(mm.Tokens) >= 2 {
						w.place = inFullName
						if k == 0 {
							w.place |= firstOfName
						}
						if k == len(mm.Tokens)-1 {
							w.place |= lastOfName
						}
					}
					want[ti] = w
				}
			}
		}
		for ti := range b.toks {
			got := b.wordAt(ti)
			if got != want[ti] {
				t.Fatalf("token %d (%q): wordAt gives %+v, want %+v", ti, b.toks[ti].Text, got, want[ti])
			}
			if got.e != nil {
				words++
				if got.place != 0 {
					placed++
				}
			}
		}
		putBuilder(b)
	}
	if words == 0 || shifted == 0 || placed == 0 {
		t.Fatalf("%d name words, %d after title-only mentions, %d in full names: the test proves nothing", words, shifted, placed)
	}
}

// TestMentionsSorted checks that after titleOnly (which sorts only the
// mentions of entities that got title-only ones) every entity's mentions
// are in text order, over the texts of TestWordAt.
func TestMentionsSorted(t *testing.T) {
	texts := append(runTexts(), titledArticle)
	texts = append(texts, strings.Join(texts, "\n\n"))
	titled := 0
	for _, text := range texts {
		b := builtThrough(t, text, 5) // through titleOnly
		for _, e := range b.m.Entities {
			for mi := range e.Mentions {
				if mi > 0 && e.Mentions[mi].Span.Start < e.Mentions[mi-1].Span.Start {
					t.Fatalf("%s: mention %d (%q) starts before mention %d (%q)", e.Name, mi, e.Mentions[mi].Text, mi-1, e.Mentions[mi-1].Text)
				}
				if e.Mentions[mi].Form == TitleOnly {
					titled++
				}
			}
		}
		putBuilder(b)
	}
	if titled == 0 {
		t.Fatal("no title-only mention: the test proves nothing")
	}
}
