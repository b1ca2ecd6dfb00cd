package titles

import "github.com/factlint/factlint/lint"

// TitleAfter parses a title in apposition after a name, where comma is the
// token of the comma after the name: "Janet Yellen, the commerce
// secretary, said". The title must run from just after "the" to a comma or
// full stop within six words; a "former" or other modifier is kept in the
// office as TitleBefore keeps it.
func TitleAfter(doc *lint.Document, ctx Modifiers, comma int) (Office, bool) {
	toks := doc.Tokens
	if comma+2 >= len(toks) || toks[comma].Text != "," || toks[comma+1].Kind != lint.Word || lower(&toks[comma+1]) != "the" {
		return Office{}, false
	}
	block := toks[comma].Block
	start := comma + 2
	for k := start; k < len(toks) && k <= start+6 && toks[k].Block == block; k++ {
		t := &toks[k]
		if t.Kind == lint.Word {
			continue
		}
		if t.Text != "," && t.Text != "." {
			return Office{}, false
		}
		o, first, ok := officeEndingAt(doc, ctx, k)
		if !ok || first != start && first != start-1 {
			return Office{}, false
		}
		return o, true
	}
	return Office{}, false
}

// TitleApposedBefore parses a title in apposition before a name, where
// comma is the token of the comma between them: "the home secretary, Yvette
// Cooper," (Guardian and AP style). The title must follow "the" directly:
// a qualifier or a country before it ("the shadow home secretary", "the
// British foreign secretary") leaves it out.
func TitleApposedBefore(doc *lint.Document, ctx Modifiers, comma int) (Office, bool) {
	toks := doc.Tokens
	if comma < 2 || comma >= len(toks) || toks[comma].Text != "," {
		return Office{}, false
	}
	o, _, ok := officeEndingAt(doc, ctx, comma)
	if !ok || o.Start < 1 || o.Modifier != "" || o.Country != "" || toks[o.Start-1].Block != toks[comma].Block || lower(&toks[o.Start-1]) != "the" {
		return Office{}, false
	}
	return o, true
}
