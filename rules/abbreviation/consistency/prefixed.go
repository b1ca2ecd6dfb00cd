package consistency

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/scan"
)

// prefixed is an abbreviation after a hyphen that joins it to a word
// (non-U.S. visitors, Toshiba's HD-D.V.D., anti-EU, Anglo-US), which the
// segmenter splits at the points (non-U . S .) and the token walks miss.
type prefixed struct {
	letters string
	span    lint.Span // the abbreviation, points included
	block   int
	dotted  bool
}

// prefixedForms finds, in the blocks of d, the abbreviations written after
// a hyphen that follows a letter: dotted ones (two to five capitals each
// with its point, up to the end of the word) and plain ones (two to five
// capitals, the whole rest of the word or the part before the next hyphen
// or an apostrophe), outside the blocks in capitals. Only articles with a
// dotted abbreviation are read.
func prefixedForms(d *lint.Document, caps []bool) []prefixed {
	var out []prefixed
	text := d.Text
	f := scan.InBlocks(d, "-")
	for h, bi := f.Next(); h >= 0; h, bi = f.Next() {
		end := d.Blocks[bi].Span.End
		if h < 1 || h+2 >= end || !isLetter(text[h-1]) || !isUpper(text[h+1]) || caps[bi] {
			continue
		}
		// The rest of the word: letters and points.
		k := h + 1
		for k < end && (isLetter(text[k]) || text[k] == '.') {
			k++
		}
		w := text[h+1 : k]
		if letters, n := dottedPrefix(w); n > 0 {
			out = append(out, prefixed{letters: letters, span: lint.Span{Start: h + 1, End: h + 1 + n}, block: bi, dotted: true})
			continue
		}
		// A plain form: the capitals make up the word (anti-US), or its
		// part before a point that ends the sentence (anti-US.).
		for len(w) > 0 && w[len(w)-1] == '.' {
			w = w[:len(w)-1]
		}
		if letters, n := plainPrefix(w); n > 0 && n == len(w) {
			out = append(out, prefixed{letters: letters, span: lint.Span{Start: h + 1, End: h + 1 + n}, block: bi})
		}
	}
	return out
}

// addPrefixed adds the prefixed forms to the abbreviations: a dotted one
// makes its letters an abbreviation to compare (pass 1), and a plain one
// is a use only of letters that some dotted form has (pass 2). uses stay in
// text order.
func addPrefixed(forms []prefixed, byLetters map[string]*abbr, order []*abbr) []*abbr {
	for _, pf := range forms {
		if !pf.dotted || byLetters[pf.letters] != nil {
			continue
		}
		a := &abbr{letters: pf.letters}
		byLetters[pf.letters] = a
		order = append(order, a)
	}
	return order
}

// prefixedUses records the uses of the prefixed forms whose letters are
// compared, each at the token of its last byte, in text order among the
// other uses.
func prefixedUses(d *lint.Document, forms []prefixed, byLetters map[string]*abbr) {
	for _, pf := range forms {
		a := byLetters[pf.letters]
		if a == nil {
			continue
		}
		tok := d.TokenAt(pf.span.End - 1)
		if tok >= len(d.Tokens) {
			continue
		}
		u := use{tok: tok, span: pf.span, dotted: pf.dotted, headline: d.Blocks[pf.block].Kind == lint.BlockHeadline}
		// In text order: after the uses that start before it.
		k := len(a.uses)
		for k > 0 && a.uses[k-1].span.Start > u.span.Start {
			k--
		}
		a.uses = append(a.uses, use{})
		copy(a.uses[k+1:], a.uses[k:])
		a.uses[k] = u
		a.count(u)
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
