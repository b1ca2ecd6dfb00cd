package entities

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

// TestScanLists checks scanCase's lists (name tokens, "the", pronouns,
// possible class nouns) and shape facts against their definitions read
// token by token with the slow tests, for every token of the invented
// articles and, when present, the development corpus: the loop's shortcuts
// (a lower-case ASCII word turned away by its Fold) may drop nothing.
func TestScanLists(t *testing.T) {
	extra := "The man and the woman said he, she, his, her, him, hers, himself and herself met al-Rashid's bin-Laden and ibn-Saud. THE He She His the-end. Boss’s men, James' son, Mr. J. Smith: He said “She” came.\n"
	var counts [4]int
	idle, dropped := 0, 0 // "the" that lead nothing, and those left out
	eachScanned(t, extra, func(b *builder) {
		var caps, the, prons, nouns []int32
		for i := range b.toks {
			tk := &b.toks[i]
			s := tk.Text
			var f uint8
			if mayBePossessive(s) {
				f = possessiveCut(s)
			}
			if tk.Kind == lint.Word {
				cap := tk.Has(lint.Capitalized)
				initial := b.initialishSlow(i)
				name := cap || particleName(tk)
				if name {
					caps = append(caps, int32(i))
					f |= tsName
					if initial {
						f |= tsInitialish
					}
				}
				if b.isInitialSlow(i) {
					f |= tsInitial
				}
				if isParticle(s) {
					f |= tsParticle
				}
				if (s == "the" || s == "The") && i+1 < len(b.toks) {
					if theLeadsSlow(b, i) {
						the = append(the, int32(i))
					} else {
						// (Listed though it leads nothing is no error.)
						idle++
						if !slices.Contains(b.the, int32(i)) {
							dropped++
						}
					}
				}
				if len(s) >= 2 && len(s) <= 7 && isPronounForm(lower(s)) && (!cap || initial) {
					prons = append(prons, int32(i))
				}
				ascii := tk.Flags&lint.InnerCapOrNonASCII == 0
				if len(s) >= 3 && (!cap || tk.Has(lint.SentenceStart)) && (ascii && classFoldMay(tk.Fold) || !ascii && classWordBeyond(tk)) {
					nouns = append(nouns, int32(i))
				}
			}
			if isHonorific(s[:len(s)-int(f&tsCut)]) {
				f |= tsHonorific
			}
			if b.shape[i] != f {
				t.Errorf("%q (token %d): shape %b, want %b", s, i, b.shape[i], f)
			}
		}
		for k, l := range []struct {
			name      string
			got, want []int32
		}{{"caps", b.caps, caps}, {"the", b.the, the}, {"prons", b.prons, prons}, {"nouns", b.nouns, nouns}} {
			got := l.got
			if l.name == "the" {
				// Every "the" that leads something is listed, with
				// some that lead nothing.
				got = slices.DeleteFunc(slices.Clone(got), func(i int32) bool { return !theLeadsSlow(b, int(i)) })
			}
			if !slices.Equal(got, l.want) {
				t.Errorf("%s: %v, want %v", l.name, got, l.want)
			}
			counts[k] += len(l.want)
		}
	})
	for k, c := range counts {
		if c < 10 {
			t.Errorf("list %d: only %d tokens", k, c)
		}
	}
	if dropped*2 < idle {
		t.Errorf("only %d of %d \"the\" that lead nothing left out", dropped, idle)
	}
}

// theLeadsSlow is what titleOnly may act on after "the" at token i: an age
// (the 45-year-old) or a word with title facts (the minister).
func theLeadsSlow(b *builder, i int) bool {
	nt := &b.toks[i+1]
	_, age := ageOf(nt.Text)
	return age || nt.Kind == lint.Word && b.tokFacts(i+1)&(tiHead|tiTitleish) != 0
}

// TestIsApos checks isApos's first-byte test against the decoded rune.
func TestIsApos(t *testing.T) {
	for _, s := range []string{"'", "`", "’", "ʼ", "´", "′", "‘", "''", "'s", ",", ".", "\"", "“", "”", "—", "é", "", "a", "\xff"} {
		r, n := utf8.DecodeRuneInString(s)
		want := s != "" && n == len(s) && lint.IsApostrophe(r)
		if got := isApos(s); got != want {
			t.Errorf("isApos(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayHeadLower checks that no lower-case word mayHeadLower turns away
// is a title head, for every such word of the invented articles and, when
// present, the development corpus, and that it turns most away.
func TestMayHeadLower(t *testing.T) {
	words, passed := 0, 0
	extra := "the then-minister, ex-chairman's aide, a chairman’s car, the défense chief and the minister-designate\n"
	eachScanned(t, extra, func(b *builder) {
		for i := range b.toks {
			tk := &b.toks[i]
			if tk.Kind != lint.Word || isCap(tk) {
				continue
			}
			words++
			if mayHeadLower(tk) {
				passed++
			} else if b.isTitleHead(i) {
				t.Errorf("%q: a title head, turned away", tk.Text)
			}
		}
	})
	if passed > words/4 {
		t.Errorf("%d of %d lower-case words pass", passed, words)
	}
}

// TestScanFacts checks that the title facts scanCase puts in a token's
// memo are those tokFacts works out, for every token of the invented
// articles and, when present, the development corpus (read twice, so that
// the words' facts are known from the first reading).
func TestScanFacts(t *testing.T) {
	filled := 0
	for range 2 {
		eachScanned(t, "Defence Secretary Jim Mattis met Prime Minister Jo Smith and the BBC.\n", func(b *builder) {
			for i := range b.toks {
				f := b.facts[i]
				if f == 0 {
					b.tokFacts(i) // (known for the second reading)
					continue
				}
				filled++
				b.facts[i] = 0
				if want := b.tokFacts(i); f != want {
					t.Errorf("%q: facts %b, tokFacts %b", b.toks[i].Text, f, want)
				}
			}
		})
	}
	if filled < 100 {
		t.Errorf("only %d tokens' facts filled", filled)
	}
}
