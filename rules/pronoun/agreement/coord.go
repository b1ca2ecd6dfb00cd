package agreement

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// coord.go: two possessives joined by and, or or a comma, each before its
// own noun, belong to the one person the sentence is about ("thanked his
// family and her hero", "his legal battles with Sony and her stance", "both
// her shoulder and his foot"). When one of them is of the other gender
// than its partner and than someone else in the sentence, and nobody of
// its own gender is mentioned in the sentence, the two before or its
// paragraph (nor a main character of its gender), it is the slip; a name
// or a noun for a person of unknown gender in the sentence keeps it
// silent, and a name of unknown gender before it does too unless a main
// character is of the partner's gender and nobody of the pronoun's gender
// is named before it in the article. A noun for a person
// between the two (his wife and her sister) is whom the second means.

// coordReach is how many words a possessive's noun phrase may have.
const coordReach = 8

// coordVerdict judges pronoun k when it is a possessive coordinated with
// a possessive of the other gender.
func (r *resolver) coordVerdict(k int) verdict {
	pr := &r.m.Pronouns[k]
	want := opposite(pr.Gender)
	if pr.Gender == entities.Unknown || !r.possessiveOf(pr.Token, pr.Gender) {
		return quiet("coord: not a possessive", "")
	}
	q := r.coordPartner(pr.Token, want)
	if q < 0 {
		return quiet("coord: no partner of the other gender", "")
	}
	toks := r.doc.Tokens
	sen := toks[pr.Token].Sentence
	// Nobody of its gender in the sentence, the two before or the
	// paragraph: "her colleagues" two sentences after a senator named
	// Laura Pike may be hers.
	from := r.doc.Sentences[max(int(sen)-2, 0)].FirstToken
	if bi := int(toks[pr.Token].Block); bi >= 0 && bi < len(r.doc.Blocks) {
		if b := r.doc.Blocks[bi].FirstToken; b < from && b > from-maxScan {
			from = b
		}
	}
	first := r.doc.Sentences[sen].FirstToken
	end := r.doc.Sentences[sen].EndToken
	for t := from; t < end; t++ {
		if contracted(toks[t].Text) == pr.Gender {
			return quiet("coord: a contracted pronoun of its gender near", toks[t].Text)
		}
	}
	var ante *cand
	var unknown *cand // a name of unknown gender before the sentence
	for y := r.firstCandFrom(from); y < len(r.cands) && r.cands[y].tok < end; y++ {
		c := &r.cands[y]
		if c.tok == pr.Token || c.kind == cThing || c.kind == cPron && r.flagged[c.tok] {
			continue
		}
		g := r.genderOf(c, pr.Span)
		switch {
		case g == pr.Gender:
			return quiet("coord: someone of its gender near", c.text)
		case c.tok < first:
			if g == entities.Unknown && c.kind == cName {
				unknown = c
			}
		case g == entities.Unknown && c.kind == cName:
			return quiet("coord: a name of unknown gender in the sentence", c.text)
		case g == entities.Unknown && c.kind == cNoun && r.mentionStarting(c.last+1) < 0:
			// A noun for a person that is no title before a name (US
			// actor Will Smith) may be the one meant.
			return quiet("coord: a noun of unknown gender in the sentence", c.text)
		case g == want && c.tok != q && (ante == nil || c.kind == cName && ante.kind != cName):
			ante = c
		}
	}
	if ante == nil {
		return quiet("coord: nobody else of the other gender in the sentence", "")
	}
	if r.prominent(pr.Gender, pr.Token) {
		return quiet("coord: a main character of its gender", "")
	}
	// A name of unknown gender near may be the one the second possessive
	// means, unless the story is about someone of the other gender and
	// names nobody of the pronoun's gender before it.
	if unknown != nil && (!r.prominent(want, pr.Token) || !r.noneOfGenderBefore(pr, want)) {
		return quiet("coord: a name of unknown gender near", unknown.text)
	}
	a := entities.Candidate{Entity: ante.ent, Span: ante.span, Text: ante.text, Kind: entities.Person, Token: ante.tok}
	return verdict{report: true, ante: r.keep(a), why: r.describe(ante, pr.Span)}
}

// coordPartner returns the token of a possessive pronoun of gender g
// coordinated with the possessive at token i (his family and her hero;
// her shoulder and his foot), or -1.
func (r *resolver) coordPartner(i int, g entities.Gender) int {
	toks := r.doc.Tokens
	sen := toks[i].Sentence
	// Before: POSS words (,) and|or|, i
	k := i - 1
	if k >= 0 && coordJoin(toks[k].Text) {
		k--
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		for n := 0; k >= 0 && n < coordReach && toks[k].Sentence == sen; k, n = k-1, n+1 {
			if r.possessiveOf(k, g) && n > 0 {
				return k
			}
			if !r.plainWord(k) {
				break
			}
		}
	}
	// After: i words (,) and|or|, POSS
	k = i + 1
	for n := 0; k < len(toks) && n < coordReach && toks[k].Sentence == sen && r.plainWord(k); k, n = k+1, n+1 {
	}
	if k == i+1 || k >= len(toks) || toks[k].Sentence != sen {
		return -1
	}
	if toks[k].Text == "," {
		k++
	}
	if k < len(toks) && coordJoin(toks[k].Text) && k+1 < len(toks) && r.possessiveOf(k+1, g) {
		return k + 1
	}
	return -1
}

// coordJoin reports whether w joins two noun phrases.
func coordJoin(w string) bool { return w == "and" || w == "or" || w == "," }

// possessiveOf reports whether token k is a possessive pronoun of gender g
// before a word of its own.
func (r *resolver) possessiveOf(k int, g entities.Gender) bool {
	toks := r.doc.Tokens
	w := toks[k].Text
	switch g {
	case entities.Male:
		if w != "his" && w != "His" {
			return false
		}
	case entities.Female:
		if w != "her" && w != "Her" {
			return false
		}
	default:
		return false
	}
	j := k + 1
	if j+1 < len(toks) && isQuoteMark(toks[j].Text) && !toks[j+1].Has(lint.SpaceBefore) {
		j++ // her "hero"
	}
	return j < len(toks) && r.plainWord(j) && !r.flagged[k]
}

// plainWord reports whether token k may stand inside a possessive's noun
// phrase: a lower-case word, a number, a hyphen or the name of a thing
// (his legal battles with record label Sony), not a person, a pronoun or
// a word that opens a clause.
func (r *resolver) plainWord(k int) bool {
	t := &r.doc.Tokens[k]
	switch {
	case t.Kind == lint.Number:
		return true
	case t.Kind == lint.Punct:
		return t.Text == "-"
	case t.Kind != lint.Word || personal(t.Text) || coordJoin(t.Text):
		return false
	case !lowerWord(t):
		if x := r.candAt(k); x >= 0 && r.cands[x].kind != cThing || r.mentionEnding(k) >= 0 {
			return false
		}
		e := r.m.At(k)
		return e != nil && e.Kind != entities.Person && !e.PossiblePerson
	case r.mentionEnding(k) >= 0:
		return false // a noun for a person
	}
	switch t.Text {
	case "his", "its", "their", "my", "our", "your", "who", "whom", "which", "that", "while", "when", "but":
		return false
	}
	return true
}

// mentionStarting returns the index of the name candidate starting at
// token i, or -1.
func (r *resolver) mentionStarting(i int) int {
	if x := r.candAt(i); x >= 0 && r.cands[x].kind == cName {
		return x
	}
	return -1
}
