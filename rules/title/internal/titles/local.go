package titles

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

// Modifiers finds the country modifier that ends just before a token.
type Modifiers interface {
	ModifierBefore(end int) (Evidence, bool)
	At(start int) (Evidence, bool)
}

// Local finds country modifiers on demand, without scanning the whole
// document: for rules that only look at a few places.
type Local struct {
	Doc *lint.Document
}

// ModifierBefore returns the longest modifier (up to four words) that ends
// just before token end.
func (l Local) ModifierBefore(end int) (Evidence, bool) { return l.modifier(max(0, end-4), end) }

func (l Local) modifier(from, end int) (Evidence, bool) {
	toks := l.Doc.Tokens
	if end < 1 || end > len(toks) || from >= end {
		return Evidence{}, false
	}
	sigs := tableSignals()
	block := toks[end-1].Block
	for start := from; start < end; start++ {
		ok := true
		for k := start; k < end; k++ {
			t := &toks[k]
			if t.Kind != lint.Word || t.Block != block || k > start && !t.Has(lint.SpaceBefore) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		first, _ := StripPossessive(toks[start].Text)
		if sigs.trie.mayStart(first) {
			n := &sigs.trie
			for k := start; k < end && n != nil; k++ {
				w, _ := StripPossessive(toks[k].Text)
				n = n.next[w]
			}
			if n != nil && len(n.vals) > 0 && sigs.items[n.vals[0]].modifier {
				s := sigs.items[n.vals[0]]
				return Evidence{Start: start, End: end, Code: s.code, Weight: s.weight, Modifier: true}, true
			}
		}
		if !toks[start].Has(lint.Capitalized) && !toks[start].Has(lint.AllCaps) || toks[start].Text == "The" || !mayStartPlace(placeStarts(), &toks[start]) {
			continue
		}
		s, _ := StripPossessive(l.Doc.Text[toks[start].Span.Start:toks[end-1].Span.End])
		if !startsUpper(s) {
			continue
		}
		for _, f := range [...]func(string) string{lexicon.CountryByName, lexicon.CountryOfDemonym, lexicon.PlaceCountry} {
			if code := f(s); code != "" {
				return Evidence{Start: start, End: end, Code: code, Weight: 1, Modifier: true}, true
			}
		}
	}
	return Evidence{}, false
}

// At returns the longest modifier (up to four words) that starts at token
// start.
func (l Local) At(start int) (Evidence, bool) {
	toks := l.Doc.Tokens
	for end := min(len(toks), start+4); end > start; end-- {
		if ev, ok := l.modifier(start, end); ok && ev.Start == start {
			return ev, true
		}
	}
	return Evidence{}, false
}
