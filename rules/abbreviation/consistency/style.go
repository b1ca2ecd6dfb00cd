package consistency

import (
	"fmt"

	"github.com/factlint/factlint/lint"
)

// pointStyle counts what the rest of the article says about its house
// style for points, to break a tie between U.S. and US: AP and most
// American papers write Mr., Jan. 5, Sen. and U.N.; British papers write Mr,
// Dr and UN. skip names the letters whose own forms are being compared.
func pointStyle(d *lint.Document, byLetters map[string]*abbr, skip string) (dotted, plain int) {
	toks := d.Tokens
	for i := range toks {
		t := &toks[i]
		if t.Kind != lint.Word || !t.Has(lint.Capitalized) {
			continue
		}
		if kind := styleWords[t.Text]; kind != 0 && styleShape(t.Text) {
			switch styleForm(toks, i, kind) {
			case withPoint:
				dotted++
			case withoutPoint:
				plain++ // Mr Brown
			}
			continue
		}
		// Other abbreviations of the article, in either form (outside
		// headlines, which often drop points).
		if d.Blocks[t.Block].Kind == lint.BlockHeadline {
			continue
		}
		if letters, n := dottedToken(toks, i); n > 0 && letters != skip {
			dotted++
		} else if letters, n := plainPrefix(t.Text); n > 0 && letters != skip && (commonDotted[letters] || byLetters[letters] != nil) {
			plain++
		}
	}
	return dotted, plain
}

// The ways styleForm finds an abbreviation written.
const (
	notBeforeName = iota
	withPoint     // Mr. Brown, Jan. 5
	withoutPoint  // Mr Brown
)

// styleForm tells how the abbreviation toks[i], of kind, is written before
// the name or day it goes with: with its point, without (titles only), or
// not before one at all.
func styleForm(toks []lint.Token, i int, kind styleKind) int {
	t := &toks[i]
	if i+1 >= len(toks) || toks[i+1].Block != t.Block {
		return notBeforeName
	}
	n := &toks[i+1]
	switch {
	case n.Text == "." && !n.Has(lint.SpaceBefore) && i+2 < len(toks) && toks[i+2].Block == t.Block &&
		followsAbbrev(kind, &toks[i+2]):
		return withPoint
	case kind == titleWord && n.Kind == lint.Word && n.Has(lint.SpaceBefore) && n.Has(lint.Capitalized):
		return withoutPoint
	}
	return notBeforeName
}

// followsAbbrev reports whether n, after "Mr." or "Jan.", shows the point
// is an abbreviation's, not a full stop: a name after a title, a day after a
// month.
func followsAbbrev(kind styleKind, n *lint.Token) bool {
	if !n.Has(lint.SpaceBefore) || n.Has(lint.SentenceStart) && kind == titleWord && !n.Has(lint.Capitalized) {
		return false
	}
	switch kind {
	case titleWord:
		return n.Kind == lint.Word && n.Has(lint.Capitalized)
	case monthWord:
		return n.Kind == lint.Number
	}
	return false
}

type styleKind uint8

const (
	titleWord styleKind = iota + 1
	monthWord
)

// styleWords are the abbreviations whose point shows a house style: titles
// before a name and AP's month abbreviations before a day.
var styleWords = map[string]styleKind{
	"Mr": titleWord, "Mrs": titleWord, "Ms": titleWord, "Dr": titleWord, "Sen": titleWord,
	"Rep": titleWord, "Gov": titleWord, "Gen": titleWord, "Lt": titleWord, "Col": titleWord,
	"Sgt": titleWord, "Supt": titleWord, "Prof": titleWord, "Rev": titleWord, "Capt": titleWord,
	"Jan": monthWord, "Feb": monthWord, "Aug": monthWord, "Sept": monthWord, "Sep": monthWord,
	"Oct": monthWord, "Nov": monthWord, "Dec": monthWord,
}

// styleShape: w may be one of styleWords, which are of two to four bytes
// and start with a capital; most words are not, and no map is asked.
func styleShape(w string) bool {
	return len(w) >= 2 && len(w) <= 4 && isUpper(w[0])
}

// commonDotted are the abbreviations that American house styles dot; one
// written plain elsewhere in the article is British style. Not EU: AP,
// Reuters and Bloomberg write EU without points beside U.S.
var commonDotted = map[string]bool{"US": true, "UK": true, "UN": true}

// loneDotted reports U.S., U.K. or U.N. written with points in an article
// that never writes them plain but shows British house style, and no point
// after any title, month or other abbreviation:
//   - a title before a name without its point (Mr Hallam): no American
//     house style writes Mr without a point;
//   - US written plain beside U.K. or U.N., or UN plain beside U.S. or
//     U.K.: every style that dots one of them dots the other;
//   - a time with am or pm without points (7pm, 9 am): AP, Reuters,
//     Bloomberg and the Canadian papers write 7 p.m. (which, like a
//     titled point, keeps the lone form).
//
// A plain UK, EU, NATO or FBI is no evidence: AP, Reuters and Bloomberg
// may write them so beside U.S.
func loneDotted(p *lint.Pass, a *abbr, byLetters map[string]*abbr) {
	d := p.Doc
	toks := d.Tokens
	evidence := ""
	for i := range toks {
		t := &toks[i]
		if t.Kind != lint.Word {
			continue
		}
		if c := t.Text[0] | 0x20; len(t.Text) >= 2 && (c == 'a' || c == 'p' || isDigit(t.Text[0])) {
			// A time: 7 p.m. is American style, 7pm British.
			if u, ok := timeAt(toks, i); ok && d.Blocks[t.Block].Kind != lint.BlockHeadline {
				if u.dotted {
					return
				}
				if evidence == "" {
					evidence = d.Slice(timeSpan(toks, &u))
				}
				continue
			}
		}
		if !styleShape(t.Text) {
			continue
		}
		if styleWords[t.Text] == titleWord {
			switch styleForm(toks, i, titleWord) {
			case withPoint:
				return
			case withoutPoint:
				if evidence == "" {
					evidence = t.Text + " " + toks[i+1].Text
				}
			}
			continue
		}
		if (t.Text == "US" && a.letters != "US" || t.Text == "UN" && a.letters != "UN") &&
			d.Blocks[t.Block].Kind != lint.BlockHeadline && !capsPhrase(toks, i) && !brandName(toks, i, t.Text) {
			evidence = t.Text
		}
	}
	if evidence == "" {
		return
	}
	if dotted, _ := pointStyle(d, byLetters, a.letters); dotted > 0 {
		return // another dotted abbreviation: the points may be the house style
	}
	for k := range a.uses {
		u := &a.uses[k]
		if !u.dotted || u.headline {
			continue
		}
		text := d.Slice(u.span)
		plain := a.letters
		edit := lint.Edit{Span: u.span, NewText: plain}
		if u.span.End == toks[u.tok].Span.End && endsSentence(toks, u.tok) {
			edit.NewText = plain + "."
		}
		p.Report(lint.Diagnostic{
			Span:    u.span,
			Message: fmt.Sprintf("%q is written with points, but the article follows British style (%q without points): write %q", text, evidence, plain),
			Fixes: []lint.Fix{{
				Message: fmt.Sprintf("Write %q", plain),
				Edits:   []lint.Edit{edit},
				Safe:    false,
			}},
		})
	}
}
