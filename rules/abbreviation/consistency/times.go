package consistency

import (
	"strings"

	"github.com/factlint/factlint/lint"
)

// timeUse is one time of day with its am or pm, with points (7 p.m.,
// 11:30 a.m.) or without (7pm, 6.30pm, 9 am).
type timeUse struct {
	tok      int       // the token that holds the marker
	marker   lint.Span // "p.m." or "pm"
	dotted   bool
	attached bool // 7pm: no space between the figure and the marker
	upper    bool // 8AM
}

// timeDots reports a time of day whose am or pm is written with points in
// an article that writes it without them more often, or the other way
// round (7 p.m. … 6.30pm): American styles write a.m. and p.m., British
// ones am and pm, and one article keeps to one. The caller has seen ".m."
// in the text (no dotted marker, nothing to mix). A tie is suggested by the
// first use and left to a person.
func timeDots(p *lint.Pass) {
	d := p.Doc
	toks := d.Tokens
	var uses []timeUse
	dotted := 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != lint.Word || len(t.Text) < 2 || d.Blocks[t.Block].Kind == lint.BlockHeadline {
			continue
		}
		u, ok := timeAt(toks, i)
		if !ok {
			continue
		}
		uses = append(uses, u)
		if u.dotted {
			dotted++
		}
	}
	dottedWins, safe, ok := majority(len(uses), dotted, len(uses) > 0 && uses[0].dotted)
	if !ok {
		return
	}
	var model *timeUse
	for k := range uses {
		if uses[k].dotted == dottedWins {
			model = &uses[k]
			break
		}
	}
	modelSpan := timeSpan(toks, model)
	modelText, modelLine := d.Slice(modelSpan), d.LineOf(modelSpan.Start)
	for _, u := range uses {
		if u.dotted == dottedWins {
			continue
		}
		text := d.Slice(u.marker)
		marker := strings.ReplaceAll(text, ".", "")
		if dottedWins {
			marker = string(marker[0]) + "." + string(marker[1]) + "."
		}
		if model.upper != u.upper {
			if model.upper {
				marker = strings.ToUpper(marker)
			} else {
				marker = strings.ToLower(marker)
			}
		}
		edit := lint.Edit{Span: u.marker, NewText: marker}
		switch {
		case model.attached && !u.attached:
			edit.Span.Start = toks[u.tok-1].Span.End // 7 p.m. becomes 7pm
		case !model.attached && u.attached:
			edit.NewText = " " + marker // 7pm becomes 7 p.m.
		}
		switch {
		case u.dotted && endsSentence(toks, u.tok):
			edit.NewText += "." // at 7 p.m. The show: its last point is the full stop
		case !u.dotted && u.tok+1 < len(toks) && toks[u.tok+1].Text == "." && !toks[u.tok+1].Has(lint.SpaceBefore):
			edit.Span.End = toks[u.tok+1].Span.End // until 9pm. becomes until 9 p.m. with one point
		}
		reportForm(p, u.marker, text, pointsForm(dottedWins), modelSpan, modelText, modelLine, edit.NewText, edit, safe)
	}
}

// timeSpan is the whole time of u: 7pm, 7 p.m., 11:30 a.m.
func timeSpan(toks []lint.Token, u *timeUse) lint.Span {
	sp := lint.Span{Start: toks[u.tok].Span.Start, End: u.marker.End}
	if u.attached || u.tok < 1 {
		return sp
	}
	k := u.tok - 1 // the figure before the marker
	if k >= 2 && (toks[k-1].Text == ":" || toks[k-1].Text == ".") && !toks[k-1].Has(lint.SpaceBefore) &&
		!toks[k].Has(lint.SpaceBefore) && toks[k-2].Kind == lint.Number {
		k -= 2 // 11:30
	}
	sp.Start = toks[k].Span.Start
	return sp
}

// timeAt reads a time's am or pm at token i: a.m. or p.m. (or A.M., P.M.)
// after a figure; am or pm after a figure and a space (not AM or PM, which
// may be an Assembly Member or a prime minister); or a figure with its am
// or pm attached (7pm, 6.30pm, 11:45am, 8AM).
func timeAt(toks []lint.Token, i int) (timeUse, bool) {
	t := &toks[i]
	w := t.Text
	afterFigure := i > 0 && toks[i-1].Kind == lint.Number && toks[i-1].Block == t.Block
	switch w {
	case "a.m.", "p.m.", "A.M.", "P.M.":
		if afterFigure {
			return timeUse{tok: i, marker: t.Span, dotted: true, attached: !t.Has(lint.SpaceBefore), upper: w[0] < 'a'}, true
		}
		return timeUse{}, false
	case "am", "pm":
		if afterFigure && t.Has(lint.SpaceBefore) {
			return timeUse{tok: i, marker: t.Span}, true
		}
		return timeUse{}, false
	}
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return timeUse{}, false
	}
	m := w[n-2:]
	if m != "am" && m != "pm" && m != "AM" && m != "PM" {
		return timeUse{}, false
	}
	// The figure: one or two digits, then perhaps . or : and two digits.
	k := 0
	for k < n-2 && '0' <= w[k] && w[k] <= '9' {
		k++
	}
	if k > 2 {
		return timeUse{}, false
	}
	if k < n-2 {
		if k+3 != n-2 || w[k] != '.' && w[k] != ':' || !isDigit(w[k+1]) || !isDigit(w[k+2]) {
			return timeUse{}, false
		}
	}
	sp := lint.Span{Start: t.Span.Start + n - 2, End: t.Span.End}
	return timeUse{tok: i, marker: sp, attached: true, upper: m[0] < 'a'}, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
