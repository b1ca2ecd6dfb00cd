package agreement

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/lexicon"

	"github.com/factlint/factlint/rules/model/entities"
)

// possessive.go resolves a possessive his or her bound to the person just
// before it in its own clause, after a preposition: "quoted Mr Khodorkovsky
// as saying via her lawyers", "He's lost three years of her life". The
// other resolvers leave a possessive alone when a person noun of unknown
// gender (the owner, a judge) is anywhere in its reach; this one asks
// instead that the nearest candidate of any kind be a person of the other
// gender a few words back, that nobody of the pronoun's or of unknown
// gender be mentioned in its sentence or the one before, and that nobody
// of the pronoun's gender be mentioned anywhere before it in the article,
// in or out of quotations.

// maxCast bounds the entities noneOfGenderBefore reads.
const maxCast = 200

// possWindow is how many tokens may separate the person from the
// possessive.
const possWindow = 8

// possPreps are the prepositions a bound possessive may follow.
var possPreps = setOf("of", "in", "on", "at", "for", "with", "to", "from", "by", "via", "through",
	"into", "about", "over", "under", "after", "before", "during", "despite", "against", "without",
	"within", "behind", "outside", "inside", "near", "towards", "toward", "across", "around",
	"among", "beyond", "throughout", "upon", "onto")

// possessiveVerdict judges pronoun k when it is a possessive his or her.
func (r *resolver) possessiveVerdict(k int) verdict {
	pr := &r.m.Pronouns[k]
	if pr.Case != entities.Possessive || pr.Gender == entities.Unknown {
		return quiet("possessive: not a possessive", "")
	}
	if !strings.EqualFold(pr.Text, "his") && !strings.EqualFold(pr.Text, "her") {
		return quiet("possessive: not his or her", "")
	}
	toks := r.doc.Tokens
	sen := toks[pr.Token].Sentence
	// After a preposition (via her lawyers, of his life, at her
	// residence), not as the object of a verb: he praised her courage is
	// about someone else.
	if pr.Token == 0 || !possPreps.has(&toks[pr.Token-1]) {
		return quiet("possessive: not after a preposition", "")
	}
	want := opposite(pr.Gender)
	ci := r.candFrom(pr.Token)
	// The nearest candidate before the pronoun, a few words back in its
	// sentence with no quotation mark or clause break between; a
	// contracted pronoun (He's, she'd), which is no candidate, counts.
	var c *cand
	first := r.doc.Sentences[sen].FirstToken
	for t := pr.Token - 1; c == nil; t-- {
		if t < first || t < pr.Token-possWindow {
			return quiet("possessive: nobody just before", "")
		}
		switch s := toks[t].Text; {
		case isQuoteMark(s), s == ";", s == ":", s == "(", s == ")", s == "—", s == "–":
			return quiet("possessive: a clause or quotation boundary between", "")
		}
		if g := contracted(toks[t].Text); g != entities.Unknown {
			if g != want {
				return quiet("possessive: a contracted pronoun not of the other gender", toks[t].Text)
			}
			w := toks[t].Text
			c = &cand{tok: t, last: t, kind: cPron, gender: g8(g), span: toks[t].Span, text: strings.ToLower(w[:len(w)-len(w[strings.IndexAny(w, "'’"):])]) + " (" + w + ")"}
			break
		}
		if x := r.endingAt(t); x >= 0 {
			d := &r.cands[x]
			if d.kind == cPron && r.flagged[d.tok] {
				continue
			}
			if d.kind == cThing {
				return quiet("possessive: the nearest candidate is a thing", d.text)
			}
			if r.genderOf(d, pr.Span) != want {
				return quiet("possessive: the nearest person is not of the other gender", d.text)
			}
			c = d
		}
	}
	// Everyone in the pronoun's sentence (before and after it) and in the
	// sentence before is a person of the other gender, an organisation, a
	// place or a group noun; no ship, and, for her, no organisation or
	// place on the pronoun's side of the quotation marks (Britain … her
	// people is the thing resolver's).
	from := r.doc.Sentences[max(int(sen)-1, 0)].FirstToken
	end := r.doc.Sentences[sen].EndToken
	for t := from; t < end; t++ {
		if contracted(toks[t].Text) == pr.Gender {
			return quiet("possessive: a contracted pronoun of its gender near", toks[t].Text)
		}
	}
	for y := ci - 1; y >= 0 && r.cands[y].tok >= from; y-- {
		if y < ci-maxScan {
			return quiet("possessive: too many candidates", "")
		}
		if v, ok := r.possBlocks(&r.cands[y], pr, want); !ok {
			return v
		}
	}
	for y := ci; y < len(r.cands) && r.cands[y].tok < end && y < ci+maxScan; y++ {
		if r.cands[y].tok == pr.Token {
			continue
		}
		if v, ok := r.possBlocks(&r.cands[y], pr, want); !ok {
			return v
		}
	}
	// Nobody of the pronoun's gender before it, anywhere.
	if ci > maxScan {
		return quiet("possessive: a long cast", "")
	}
	for y := ci - 1; y >= 0; y-- {
		d := &r.cands[y]
		if d.kind == cPron && r.flagged[d.tok] {
			continue
		}
		if r.possGender(d, pr.Span) == pr.Gender {
			return quiet("possessive: someone of the pronoun's gender before", d.text)
		}
	}
	if !r.noneOfGenderBefore(pr, want) {
		return quiet("possessive: a person of the pronoun's gender or a possible person before", "")
	}
	ante := entities.Candidate{Entity: c.ent, Span: c.span, Text: c.text, Kind: entities.Person, Gender: c.gender.G(), Token: c.tok, Noun: c.kind == cNoun}
	return verdict{report: true, ante: r.keep(ante), why: r.describe(c, pr.Span)}
}

// possBlocks reports (with ok false) a candidate near the possessive pr
// that leaves it open: a person not of gender want, a ship, or for her an
// organisation or place on the pronoun's side of the quotation marks.
func (r *resolver) possBlocks(c *cand, pr *entities.PronounRef, want entities.Gender) (verdict, bool) {
	if c.kind == cPron && r.flagged[c.tok] {
		return verdict{}, true
	}
	if c.kind == cThing && r.possGender(c, pr.Span) == entities.Unknown {
		if shipLike(c.text) {
			return quiet("possessive: ship", c.text), false
		}
		if pr.Gender == entities.Female && c.inq == r.inq[pr.Token] && (c.ent != nil && c.ent.Kind == entities.Place || c.ent == nil && fold.Has(placeWords, c.text)) {
			return quiet("possessive: a nation may be her", c.text), false
		}
		return verdict{}, true
	}
	if r.possGender(c, pr.Span) != want {
		return quiet("possessive: a person not of the other gender near", c.text), false
	}
	return verdict{}, true
}

// contracted returns the gender of a contracted subject pronoun (He's,
// she'd, he'll), which the entity model does not list, or Unknown.
func contracted(w string) entities.Gender {
	if len(w) < 4 || len(w) > 9 || w[0]|0x20 != 'h' && w[0]|0x20 != 's' {
		return entities.Unknown
	}
	g := entities.Male
	if w[0]|0x20 == 's' {
		if w[1]|0x20 != 'h' {
			return entities.Unknown
		}
		g, w = entities.Female, w[1:]
	}
	if w[1]|0x20 != 'e' {
		return entities.Unknown
	}
	switch rest := w[2:]; rest {
	case "'s", "'d", "'ll", "’s", "’d", "’ll", "'S", "'D", "'LL", "’S", "’D", "’LL":
		return g
	}
	return entities.Unknown
}

// possGender is the gender of candidate c for the possessive resolver: a
// name the entity model could not class (Collector Anil Menon) is taken
// for a person when one of its words is a first name; another thing has
// no gender.
func (r *resolver) possGender(c *cand, skip lint.Span) entities.Gender {
	if c.kind != cThing {
		return r.genderOf(c, skip)
	}
	if c.ent == nil || c.ent.Kind != entities.Other {
		return entities.Unknown
	}
	return nameGender(c.text, false)
}

// nameGender is the gender of the first name among the words of a name
// (Unknown when none is a first name or it is of either gender). Unless
// alone is set, the first name must be followed by another word of the
// name (Collector Anil Menon): a lone Tuesday or March is no person.
func nameGender(s string, alone bool) entities.Gender {
	for s != "" {
		w, rest, more := strings.Cut(s, " ")
		if !more && !alone {
			break
		}
		s = rest
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		if k := strings.IndexAny(w, "'’"); k > 0 {
			w = w[:k]
		}
		switch lexicon.FirstNameGender(w) {
		case lexicon.Male:
			return entities.Male
		case lexicon.Female:
			return entities.Female
		}
	}
	return entities.Unknown
}

// noneOfGenderBefore reports whether the article names nobody before the
// possessive or object pr who may be of its gender: no person of its
// gender, no possible person (a first name alone, a surname that speaks)
// unless a first name shows gender want, no name of unknown kind with a
// first name of its gender, and for her no female noun.
func (r *resolver) noneOfGenderBefore(pr *entities.PronounRef, want entities.Gender) bool {
	if len(r.m.Entities) > maxCast {
		return false // a long cast: somebody may be of the pronoun's gender
	}
	for _, e := range r.m.Entities {
		if len(e.Mentions) == 0 || e.Mentions[0].Span.Start > pr.Span.Start {
			continue
		}
		switch {
		case e.Kind == entities.Person && r.entityGender(e, pr.Span) == pr.Gender:
			return false
		case e.Kind == entities.Other && e.PossiblePerson && nameGender(e.Name, true) != want:
			return false
		case e.Kind == entities.Other && !e.PossiblePerson && nameGender(e.Name, false) == pr.Gender:
			return false
		}
	}
	return pr.Gender != entities.Female || len(r.m.FemaleNouns) == 0 || r.m.FemaleNouns[0].Start >= pr.Span.Start
}

// possessiveThing reports whether the thing whose mention starts at token
// i is named in the possessive (Myanmar's, the company's).
func (r *resolver) possessiveThing(i int) bool {
	x := r.candAt(i)
	return x >= 0 && r.cands[x].kind == cThing && r.cands[x].poss
}
