// Package garbled implements term-garbled: a one-off phrase that looks like
// a corruption of a term the article uses elsewhere (centigram bank beside
// central bank).
package garbled

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

//go:embed doc.md
var doc string

// Rule is term-garbled.
var Rule = &lint.Rule{
	Name:     "term-garbled",
	Summary:  "A one-off phrase that looks like a corruption of a term used elsewhere (genera election beside general election).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

// phrase is a modifier and head of a head that takes several modifiers:
// their Sums and keys (lower case, hyphens removed), and where.
type phrase struct {
	head, mod uint64
	hk, mk    string
	seq       int
	o         occ
}

// modGroup is the occurrences of one modifier with a head, in order.
type modGroup struct {
	mk    string
	occs  []occ
	first int // seq of the first occurrence
}

// groupPhrases sorts the phrases by head and modifier and returns, for each
// head, its modifiers in the order of their first use (slices of one buffer
// in sc).
func groupPhrases(ps []phrase, sc *scratch) [][]modGroup {
	idx := sc.idx[:0]
	for i := range ps {
		idx = append(idx, int32(i))
	}
	sc.idx = idx
	slices.SortFunc(idx, func(i, j int32) int {
		a, b := &ps[i], &ps[j]
		switch {
		case a.head != b.head:
			return cmp.Compare(a.head, b.head)
		case a.hk != b.hk:
			return strings.Compare(a.hk, b.hk)
		case a.mod != b.mod:
			return cmp.Compare(a.mod, b.mod)
		case a.mk != b.mk:
			return strings.Compare(a.mk, b.mk)
		}
		return cmp.Compare(a.seq, b.seq)
	})
	occs := sc.occs[:0]
	for _, i := range idx {
		occs = append(occs, ps[i].o)
	}
	sc.occs = occs
	mods := sc.mods[:0]
	heads := sc.heads2[:0]
	for lo := 0; lo < len(idx); {
		p0 := &ps[idx[lo]]
		hi := lo + 1
		for hi < len(idx) && ps[idx[hi]].head == p0.head && ps[idx[hi]].hk == p0.hk {
			hi++
		}
		first := len(mods)
		for l := lo; l < hi; {
			pl := &ps[idx[l]]
			h := l + 1
			for h < hi && ps[idx[h]].mod == pl.mod && ps[idx[h]].mk == pl.mk {
				h++
			}
			mods = append(mods, modGroup{mk: pl.mk, occs: occs[l:h:h], first: pl.seq})
			l = h
		}
		heads = append(heads, [2]int{first, len(mods)})
		lo = hi
	}
	sc.mods, sc.heads2 = mods, heads
	out := sc.out[:0]
	for _, h := range heads {
		g := mods[h[0]:h[1]:h[1]]
		slices.SortFunc(g, func(a, b modGroup) int { return cmp.Compare(a.first, b.first) })
		out = append(out, g)
	}
	sc.out = out
	return out
}

type occ struct {
	span     lint.Span // the modifier
	text     string    // the modifier as written
	headline bool
	start    int // start of the whole phrase
	end      int
}

// scratch holds the buffers one run needs, reused through a pool.
type scratch struct {
	sums      []words.Sum // per token: KeySum of the word without its possessive, once computed
	state     []uint8     // per token: whether sums is computed, and the word good for a phrase
	cands     []int32     // tokens that start a candidate phrase
	heads     []bool      // per block: a headline, or a paragraph that repeats it
	bodyWords words.SumTable[int32]
	headMods  words.SumTable[headInfo]
	phrases   []phrase
	occs      []occ
	idx       []int32
	mods      []modGroup
	heads2    [][2]int
	out       [][]modGroup
}

// headInfo records the modifiers a head takes: the first, and whether
// there is another.
type headInfo struct {
	first uint64
	seen  bool
	multi bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds the articles whose buffers go back to the pool.
const maxPooledTokens = 1 << 16

func run(p *lint.Pass) (any, error) {
	doc := p.Doc
	toks := doc.Tokens
	sc := scratchPool.Get().(*scratch)
	defer func() {
		// Buffers grown for a very long article are left to the collector
		// rather than kept for the next one.
		if cap(sc.sums) <= maxPooledTokens {
			scratchPool.Put(sc)
		}
	}()
	// Headlines, and paragraphs that only repeat the headline, are no
	// evidence of the article's own usage.
	if cap(sc.heads) < len(doc.Blocks) {
		sc.heads = make([]bool, len(doc.Blocks))
	}
	heads := sc.heads[:len(doc.Blocks)]
	clear(heads)
	headline := ""
	for bi, b := range doc.Blocks {
		if b.Kind == lint.BlockHeadline {
			heads[bi] = true
			headline = strings.TrimSpace(doc.Slice(b.Span))
		} else if headline != "" && sameWords(doc.Slice(b.Span), headline) {
			heads[bi] = true
		}
	}
	// Each word's Sum, and whether it can be part of a phrase (three
	// letters or more, no function word), computed when first needed.
	if cap(sc.sums) < len(toks) {
		sc.sums = make([]words.Sum, len(toks))
		sc.state = make([]uint8, len(toks))
	}
	sums := sc.sums[:len(toks)]
	state := sc.state[:len(toks)] // 0: not yet computed; 1: computed; 2: computed and good
	clear(state)
	good := func(i int) bool {
		if state[i] == 0 {
			w := words.StripPossessive(toks[i].Text)
			var letters int
			sums[i], letters, _ = words.KeySumLetters(w)
			// Letters(Key(w)) = Letters(w): a key drops hyphens and lower-cases.
			state[i] = 1
			if letters >= 3 && !words.IsFunction(w, sums[i]) {
				state[i] = 2
			}
		}
		return state[i] == 2
	}
	// First pass: the candidate phrases (a modifier and a head worth
	// comparing) and the heads that take two or more different modifiers.
	headMods := &sc.headMods
	headMods.Reset(len(toks) / 3)
	cands := sc.cands[:0]
	for i := 0; i+1 < len(toks); i++ {
		t, h := &toks[i], &toks[i+1]
		if t.Kind != lint.Word || h.Kind != lint.Word || h.Sentence != t.Sentence || !h.Has(lint.SpaceBefore) || t.Has(lint.AllCaps) || h.Has(lint.AllCaps) {
			continue
		}
		if t.Has(lint.Capitalized) && !t.Has(lint.SentenceStart) || h.Has(lint.Capitalized) {
			continue // names are the name rules' business
		}
		// A word of fewer than three bytes has fewer than three letters:
		// no need to hash either word.
		if len(t.Text) < 3 || len(h.Text) < 3 || !good(i) || !good(i+1) {
			continue
		}
		cands = append(cands, int32(i))
		mh := sums[i].H
		if hi := headMods.Ptr(sums[i+1]); !hi.seen {
			*hi = headInfo{first: mh, seen: true}
		} else if !hi.multi && hi.first != mh {
			hi.multi = true
		}
	}
	sc.cands = cands
	// Second pass: the phrases of those heads, grouped by head and then by
	// modifier (a sort by Sum and key, no maps).
	phrases := sc.phrases[:0]
	for _, ci := range cands {
		i := int(ci)
		if hi, _ := headMods.Get(sums[i+1]); !hi.multi {
			continue
		}
		t, h := &toks[i], &toks[i+1]
		m := words.StripPossessive(t.Text)
		phrases = append(phrases, phrase{
			head: sums[i+1].H, mod: sums[i].H,
			hk: words.Key(words.StripPossessive(h.Text)), mk: words.Key(m),
			seq: len(phrases),
			o: occ{
				span:     lint.Span{Start: t.Span.Start, End: t.Span.Start + len(m)},
				text:     m,
				headline: heads[t.Block],
				start:    t.Span.Start,
				end:      h.Span.End,
			},
		})
	}
	sc.phrases = phrases
	heads2 := groupPhrases(phrases, sc)
	// The occurrences outside headlines of the modifiers of those phrases
	// (the words' own uses), counted in one pass with a filter in front.
	bodyWords := &sc.bodyWords // Sum of a modifier's key → occurrences outside headlines
	bodyWords.Reset(len(phrases))
	if len(phrases) > 0 {
		// A word has a modifier's key only if its first and last letters
		// are the key's (a key lower-cases and drops hyphens, which never
		// start or end a word): a filter on those two bytes spares the
		// hashing of most words. Words that start or end outside ASCII
		// are always hashed.
		var ends [32]uint32 // bit last&31 of ends[first&31]
		for k := range phrases {
			mk := phrases[k].mk
			*bodyWords.Ptr(words.Sum{H: phrases[k].mod}) = 0
			ends[mk[0]&31] |= 1 << (mk[len(mk)-1] & 31)
		}
		for i := range toks {
			t := &toks[i]
			if t.Kind != lint.Word || heads[t.Block] || t.Has(lint.Capitalized) && !t.Has(lint.SentenceStart) {
				continue
			}
			w := words.StripPossessive(t.Text)
			if a, z := w[0], w[len(w)-1]; a < utf8.RuneSelf && z < utf8.RuneSelf && ends[a&31]&(1<<(z&31)) == 0 {
				continue
			}
			if !good(i) {
				continue
			}
			if n, ok := bodyWords.Get(sums[i]); ok {
				*bodyWords.Ptr(sums[i]) = n + 1
			}
		}
	}
	bodyUses := func(w string) int {
		s, _ := words.KeySum(w)
		n, _ := bodyWords.Get(s)
		return int(n)
	}
	for _, mods := range heads2 {
		if len(mods) < 2 {
			continue
		}
		for _, g1 := range mods {
			m1, o1 := g1.mk, g1.occs
			n1 := 0
			for _, o := range o1 {
				if !o.headline {
					n1++
				}
			}
			var best *modGroup
			bestScore := 0
			for k := range mods {
				m2 := mods[k].mk
				if m2 == m1 {
					continue
				}
				if bodyUses(m1) > n1 && !adverbOf(m1, m2) {
					continue // the word is used elsewhere in its own right
				}
				o2 := mods[k].occs
				n2 := bodyCount(o2)
				if n1 < 1 || n2 < n1 || n2 == n1 && firstBody(o2) > firstBody(o1) {
					continue // the term is the more used phrase, or on a tie the earlier
				}
				s := similar(m1, m2, n2, o1[0].text, o2[0].text)
				// The term is the article's own when it is used more than
				// once; a term used once counts only before the odd
				// phrase and with a strong likeness (or an -al adjective).
				if bodyUses(m2) < 2 && n2 < 2 && (firstBody(o2) > firstBody(o1) || s < 5 && !strings.HasSuffix(m2, "al")) {
					continue
				}
				if verbBefore(toks, o1[0].span.Start, doc) {
					continue
				}
				if s > bestScore {
					best, bestScore = &mods[k], s
				}
			}
			if best == nil {
				continue
			}
			ref := best.occs[0]
			line := doc.LineOf(ref.start)
			term := oneSpace(doc.Text[ref.start:ref.end])
			for _, o := range o1 {
				phrase := oneSpace(doc.Text[o.start:o.end])
				want := words.MatchCase(o.text, ref.text)
				p.Report(lint.Diagnostic{
					Span:    o.span,
					Message: fmt.Sprintf("%q looks like a garbled %q (line %d)", phrase, term, line),
					Related: []lint.Related{{Span: lint.Span{Start: ref.start, End: ref.end}, Message: fmt.Sprintf("%q here", term)}},
					Fixes: []lint.Fix{{
						Message: fmt.Sprintf("Use %q as on line %d", want, line),
						Edits:   []lint.Edit{{Span: o.span, NewText: want}},
					}},
				})
			}
		}
	}
	return nil, nil
}

// similar scores how likely m1 is a corruption of m2 (0: not at all). m2
// is used n2 times with the head.
func similar(m1, m2 string, n2 int, t1, t2 string) int {
	if adverbOf(m1, m2) {
		return 10 // an adverb where the adjective belongs: publicly investment
	}
	if joins(m2, m1, "al") && n2 >= 2 {
		return 6 // physic singles beside physical singles, used twice
	}
	if stem(m1) == stem(m2) {
		return 0 // inflections of one word: launch, launching; sport, sports
	}
	if strings.HasPrefix(m2, m1) && len(m2) >= len(m1)+2 && !joins(m2, m1, "al") || strings.HasPrefix(m1, m2) && len(m1) >= len(m2)+2 {
		return 0 // a derivation: sex, sexual; terror, terrorism
	}
	if sharedPart(t1, t2) {
		return 0 // foreign-based, foreign; multi-billion, multi-million
	}
	cp := 0
	for cp < len(m1) && cp < len(m2) && m1[cp] == m2[cp] {
		cp++
	}
	if cp < 3 {
		return 0
	}
	short := min(len(m1), len(m2))
	switch {
	case joins(m1, m2, "ly") || joins(m1, strings.TrimSuffix(m2, "e"), "ly"):
		return 10 // an adverb where the adjective belongs: publicly investment
	case cp >= 5 && cp*2 >= short && !(ordinary(m1) && ordinary(m2)):
		// Two adjectives of one stem (specialised, specific) are both words
		// a writer means.
		return cp
	case short >= 4 && editDistance(m1, m2) <= 1:
		return 5
	}
	// A weak likeness (three or four letters in common): only where the
	// term's modifier is an adjective in -al and the one-off word is not, or
	// the term is used at least twice and the one-off word is no adjective
	// or participle of its own.
	if ordinary(m1) {
		return 0
	}
	if strings.HasSuffix(m2, "al") || n2 >= 2 {
		return cp - 2
	}
	return 0
}

// ordinary reports whether w has the ending of an adjective, participle or
// comparative: such a word beside a term is more likely meant.
func ordinary(w string) bool {
	for _, s := range []string{"al", "ic", "ive", "ous", "ary", "ent", "ant", "ful", "less", "ible", "able",
		"ed", "ing", "ly", "ish"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return !strings.HasSuffix(w, "ment")
		}
	}
	return false
}

// adverbOf reports whether a is the -ly adverb of adjective b.
func adverbOf(a, b string) bool {
	return joins(a, b, "ly") || joins(a, strings.TrimSuffix(b, "e"), "ly") || strings.HasSuffix(b, "le") && joins(a, b[:len(b)-1], "y")
}

// joins reports whether a == x+y, without building x+y.
func joins(a, x, y string) bool {
	return len(a) == len(x)+len(y) && a[:len(x)] == x && a[len(x):] == y
}

func bodyCount(os []occ) int {
	n := 0
	for _, o := range os {
		if !o.headline {
			n++
		}
	}
	return n
}

// firstBody is the offset of the first occurrence outside headlines.
func firstBody(os []occ) int {
	for _, o := range os {
		if !o.headline {
			return o.start
		}
	}
	return 1 << 62
}

// stem strips an inflection: s, es, ed, ing, er, est (with a doubled
// consonant or a dropped e).
func stem(w string) string {
	for _, s := range []string{"ing", "ed", "es", "er", "est", "s", "d", "r"} {
		if strings.HasSuffix(w, s) && len(w)-len(s) >= 3 {
			w = w[:len(w)-len(s)]
			break
		}
	}
	if n := len(w); n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		w = w[:n-1] // scrapping → scrap
	}
	return strings.TrimSuffix(w, "e")
}

// sharedPart reports whether two written modifiers share a whole
// hyphen-separated part of four letters or more, or one is a part of the
// other.
func sharedPart(a, b string) bool {
	var bufA, bufB [8]words.Part
	pa, pb := words.AppendParts(bufA[:0], strings.ToLower(a)), words.AppendParts(bufB[:0], strings.ToLower(b))
	if len(pa) == 1 && len(pb) == 1 {
		return false
	}
	for _, x := range pa {
		for _, y := range pb {
			if x.Text == y.Text && (len(x.Text) >= 4 || len(pa) == 1 || len(pb) == 1) {
				return true
			}
		}
	}
	return false
}

func editDistance(a, b string) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	var bufP, bufC [32]int
	prev, cur := bufP[:0], bufC[:0]
	if len(a)+1 > len(bufP) {
		prev, cur = make([]int, 0, len(a)+1), make([]int, 0, len(a)+1)
	}
	prev, cur = prev[:len(a)+1], cur[:len(a)+1]
	for i := range prev {
		prev[i] = i
	}
	for j := 1; j <= len(b); j++ {
		cur[0] = j
		for i := 1; i <= len(a); i++ {
			c := prev[i-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[i]+1, cur[i-1]+1)
			cur[i] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(a)]
}

// verbBefore reports whether the modifier starting at off follows a modal,
// "to" or a pronoun: then it is an adverb before a verb (could remotely
// control), not a modifier before a noun.
func verbBefore(toks []lint.Token, off int, doc *lint.Document) bool {
	i := doc.TokenAt(off)
	switch words.Lower(toks, i-1) {
	case "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "i", "you",
		"he", "she", "it", "we", "they", "who", "which", "that", "not", "also", "and", "or":
		return true
	}
	return false
}

// sameWords reports whether a and b hold the same words with any white
// space between them: a headline printed again may be hard-wrapped.
func sameWords(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && isWhite(a[i]) {
			i++
		}
		for j < len(b) && isWhite(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		for i < len(a) && j < len(b) && !isWhite(a[i]) && !isWhite(b[j]) {
			if a[i] != b[j] {
				return false
			}
			i++
			j++
		}
		if (i < len(a) && !isWhite(a[i])) || (j < len(b) && !isWhite(b[j])) {
			return false
		}
	}
}

func isWhite(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// oneSpace folds the white space of a phrase (a line end of hard-wrapped
// copy) to single spaces, for messages.
func oneSpace(s string) string {
	if !strings.ContainsAny(s, "\n\r\t  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
