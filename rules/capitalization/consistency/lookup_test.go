package consistency

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

// The shortcuts of run agree with the lower-case forms they stand for.
func TestShortcuts(t *testing.T) {
	for w := range bridges {
		if n := len(w + "’s"); n > maxBridge {
			t.Errorf("bridge %q with a possessive is %d bytes, maxBridge %d", w, n, maxBridge)
		}
	}
	for w := range officeHeads {
		if len(w) < 7 || len(w) > 12 {
			t.Errorf("office head %q: officeMixed reads seven to twelve bytes", w)
		}
	}
	for w := range honorifics {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if len(v) <= 4 && !mayBeHonorific(v) {
				t.Errorf("mayBeHonorific(%q) = false", v)
			}
		}
	}
	var words []string
	for w := range connectors {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"'s", w+"’S", strings.ToUpper(w)+"’s")
	}
	words = append(words, "Bank", "England", "Öf", "OF-", "upon's", "Of’", "ſ", "İn", "With’s", "withs", "")
	for _, w := range words {
		var b strings.Builder
		appendLower(&b, w)
		lower := stem(b.String())
		if got, want := isConnector(w), connectors[lower]; got != want {
			t.Errorf("isConnector(%q) = %v, connectors[%q] = %v", w, got, lower, want)
		}
		var s strings.Builder
		appendLower(&s, stemFold(w))
		if got := s.String(); got != lower {
			t.Errorf("stemFold(%q) lowered = %q, want %q", w, got, lower)
		}
	}
	// connectorWord and isBridge, which test a token's Fold first, agree
	// with the lookups of its text on parsed words (flags and Fold as the
	// tokenizer gives them).
	for w := range bridges {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"'s", w+"’s", w+"-led")
	}
	words = append(words, "said", "Said", "bank", "bank's", "école", "Über", "ın", "and-or", "of’s")
	checked := 0
	for _, tok := range parsedWords(t, "The "+strings.Join(words, " x ")+" said.") {
		checked++
		if got, want := connectorWord(tok), isConnector(tok.Text); got != want {
			t.Errorf("connectorWord(%q) = %v, isConnector = %v", tok.Text, got, want)
		}
		if got, want := isBridge(tok), bridges[stemOf(tok)]; got != want {
			t.Errorf("isBridge(%q) = %v, bridges[%q] = %v", tok.Text, got, stemOf(tok), want)
		}
	}
	if checked < len(words) {
		t.Errorf("%d words read, want %d or more", checked, len(words))
	}
}

// honorificMayPrecede, the test before honorificBefore, lets through every
// capital before which honorificBefore finds a word (mr. Blair, the full
// stop of an abbreviation included).
func TestHonorificGuard(t *testing.T) {
	var b strings.Builder
	b.WriteString("The talks ended. ")
	for w := range lowHonorifics {
		for _, f := range []string{"%s Blair said. ", "%s. Blair said. ", "by %s. Brown and %s.Smith. ", "%s, Jones. "} {
			b.WriteString(strings.ReplaceAll(f, "%s", w))
		}
	}
	doc, err := lint.Parse("a.txt", []byte(b.String()+"\n"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for i := range doc.Tokens {
		k := honorificBefore(doc.Tokens, i)
		if k < 0 {
			continue
		}
		found++
		if !honorificMayPrecede(doc.Tokens, i) {
			t.Errorf("honorificBefore finds %q before %q, honorificMayPrecede is false", doc.Tokens[k].Text, doc.Tokens[i].Text)
		}
	}
	if found < 2*len(lowHonorifics) {
		t.Errorf("honorificBefore found %d words, want %d or more", found, 2*len(lowHonorifics))
	}
}

// Every first name, in lower case, capitals and title case, passes the
// filters of first names: mayBeFirstName, and noFirstName (of a capital)
// is false for it.
func TestFirstNameFilters(t *testing.T) {
	names := firstNameFolds()
	var b strings.Builder
	n := 0
	lexicon.EachFirstName(func(name string) {
		n++
		for _, v := range []string{strings.ToLower(name), strings.ToUpper(name), strings.ToUpper(name[:1]) + strings.ToLower(name[1:])} {
			b.WriteString(v)
			b.WriteString(" x ")
		}
	})
	checked := 0
	for _, tok := range parsedWords(t, b.String()) {
		if tok.Text == "x" {
			continue
		}
		checked++
		if !mayBeFirstName(tok, tok.Text, names) {
			t.Errorf("mayBeFirstName(%q) = false", tok.Text)
		}
		if capWord(tok) && noFirstName(tok, capKey(tok), names) {
			t.Errorf("noFirstName(%q) = true", tok.Text)
		}
	}
	if n < 1000 || checked < 3*n {
		t.Errorf("%d names, %d words read", n, checked)
	}
}

// capitals gathers the capitalised words and counts the capitals as the
// plain loop does.
func TestCapitals(t *testing.T) {
	full := func(toks []lint.Token) bool {
		words, capsN := 0, 0
		for k := range toks {
			if toks[k].Kind != lint.Word {
				continue
			}
			words++
			if toks[k].Has(lint.AllCaps) || toks[k].Has(lint.Capitalized) && len(toks[k].Text) == 1 {
				capsN++
			}
		}
		return words >= 2 && capsN*10 >= words*8
	}
	caps := []string{"THE", "BANK", "OF", "ENGLAND", "A", "I", "SAID", "—", ",", "NATO's"}
	lower := []string{"the", "bank", "said", "Today", "x", "of", "1,000"}
	for seed := 1; seed < 400; seed++ {
		var b strings.Builder
		r := uint32(seed)
		for n := 0; n < 3+seed%40; n++ {
			r = r*1664525 + 1013904223
			if r>>28 < uint32(seed%16) {
				b.WriteString(lower[r>>8%uint32(len(lower))])
			} else {
				b.WriteString(caps[r>>8%uint32(len(caps))])
			}
			b.WriteByte(' ')
		}
		doc, err := lint.Parse("a.txt", []byte("Headline\n\n"+b.String()+"\n"), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		for _, bl := range doc.Blocks {
			toks := doc.Tokens[bl.FirstToken:bl.EndToken]
			idx, got := capitals(toks, []int32{-1})
			if want := full(toks); got != want {
				t.Errorf("%q: capitals %v, counted through %v", b.String(), got, want)
			}
			want := []int32{-1}
			for k := range toks {
				if toks[k].Kind == lint.Word && toks[k].Has(lint.Capitalized) {
					want = append(want, int32(k))
				}
			}
			if !slices.Equal(idx, want) {
				t.Errorf("%q: capitals at %v, want %v", b.String(), idx, want)
			}
		}
	}
}

// isHonorific and the determiner test agree with the maps of
// strings.ToLower, for ASCII words and for capitals beyond ASCII that lower
// into it.
func TestLowerLookups(t *testing.T) {
	for _, w := range []string{"The", "THE", "the", "Another", "ANOTHERS", "Baroness", "BARONESS.", "Mr", "İts", "THİS", "Sİr", "Lord", "Ünd", "", "A"} {
		if got, want := isHonorific(w), honorifics[strings.ToLower(w)]; got != want {
			t.Errorf("isHonorific(%q) = %v, want %v", w, got, want)
		}
		if got, want := fold.Has(determiners, w), determiners[strings.ToLower(w)]; got != want {
			t.Errorf("fold.Has(determiners, %q) = %v, want %v", w, got, want)
		}
	}
}

// capKey is wordKey of the lower-case form lower gives a capitalised word,
// and the deviants' walk's key of a lower-case word is wordKey of its stem.
func TestCapKey(t *testing.T) {
	words := "Bank England's ENGLAND’S Jones'S McDonald's São Paulo's ÉCOLE École’s İstanbul Straße's KELVIN Öf Ünd-Co Well-Known " +
		"bank england's école’s iPhone's well-known café"
	toks := parsedWords(t, "The "+words+" said.")
	for _, tok := range toks {
		if tok.Has(lint.Capitalized) {
			var b strings.Builder
			appendLower(&b, tok.Text)
			if got, want := capKey(tok), wordKey(stem(b.String())); got != want {
				t.Errorf("capKey(%q) = %x, wordKey(%q) = %x", tok.Text, got, stem(b.String()), want)
			}
		} else if got, want := tokenFold(tok), wordKey(stem(tok.Text)); got != want {
			t.Errorf("tokenFold(%q) = %x, wordKey(%q) = %x", tok.Text, got, stem(tok.Text), want)
		}
	}
	if len(toks) < 20 {
		t.Errorf("%d words read", len(toks))
	}
}

// lowHitAt stops where the plain statement of its test says, for every
// combination of flags, kinds, lengths and the bit.
func TestLowHitAt(t *testing.T) {
	for flags := range 1 << 16 { // (every bit of a TokenFlag)
		for _, kind := range []lint.TokenKind{lint.Word, lint.Number, lint.Punct} {
			for _, text := range []string{"ab", "abc", "abcd"} {
				for bit := range uint64(2) {
					tok := lint.Token{Text: text, Kind: kind, Flags: lint.TokenFlag(flags)}
					f := tok.Flags
					want := (bit == 1 || f&mayPossessive != 0) && f&lint.Capitalized == 0 && kind == lint.Word
					// (the bits above the lowest are another word's)
					if got := lowHitAt(&tok, bit|0xf0); got != want {
						t.Errorf("flags %#x kind %d %q bit %d: %v, want %v", flags, kind, text, bit, got, want)
					}
				}
			}
		}
	}
}

// capitals' table read (caseCounts by caseIndex) is, for every kind the
// tokenizer knows and every combination of flags, what its comment says: a
// word counts 1, a word with a capital or in capitals 1<<32 more, and a
// capitalised word sets the top bit; nothing for another kind.
func TestCaseIndex(t *testing.T) {
	for _, kind := range []lint.TokenKind{lint.Word, lint.Number, lint.Punct, 254, 255} {
		for flags := range 1 << 16 {
			tok := lint.Token{Kind: kind, Flags: lint.TokenFlag(flags)}
			var want uint64
			if kind == lint.Word {
				want = 1
				if tok.Has(lint.Capitalized) || tok.Has(lint.AllCaps) {
					want |= 1 << 32
				}
				if tok.Has(lint.Capitalized) {
					want |= 1 << 63
				}
			}
			if got := caseCounts[caseIndex(&tok)]; got != want {
				t.Fatalf("kind %d flags %#x: %#x, want %#x", kind, flags, got, want)
			}
		}
	}
}

// nextLowHit16, which reads two tokens a turn, stops where nextLowHit
// does, from every start, for tokens of every length of slice (odd and
// even) and random sets.
func TestNextLowHit16(t *testing.T) {
	r := uint32(3)
	next := func() uint32 { r = r*1664525 + 1013904223; return r }
	kinds := []lint.TokenKind{lint.Word, lint.Word, lint.Punct, lint.Number}
	for n := range 3000 {
		w := make([]uint64, 1<<10)
		for range 40 {
			w[next()>>22] |= 1 << (next() >> 26)
		}
		toks := make([]lint.Token, n%11)
		for k := range toks {
			toks[k] = lint.Token{Kind: kinds[next()>>30], Flags: lint.TokenFlag(next() >> 16), Fold: next()}
			if next()>>29 == 0 { // a word whose bit is set
				w[toks[k].Fold>>22] |= 1 << (toks[k].Fold >> 16 & 63)
			}
		}
		for k := 0; k <= len(toks); k++ {
			if got, want := nextLowHit16(toks, k, w), nextLowHit(toks, k, w, 16); got != want {
				t.Fatalf("%d tokens from %d: %d, want %d", len(toks), k, got, want)
			}
		}
	}
}
