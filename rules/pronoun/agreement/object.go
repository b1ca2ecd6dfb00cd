package agreement

import (
	"strings"

	"github.com/factlint/factlint/rules/model/entities"
)

// object.go resolves the object of a telling verb in a clause that a named
// speaker reports: "Mrs Pruitt said deputies had asked him to leave" stands
// for Mrs Pruitt when nobody else of the pronoun's gender, or of unknown
// gender, is mentioned in the sentence or the one before, and nobody of its
// gender anywhere before it. The teller (deputies) is no candidate: one
// does not tell oneself. When the speaker is the teller (she told him) or
// the speaker is only a pronoun, the referent is someone else and the rule
// stays silent.

// tellVerbs take the person told as their object.
var tellVerbs = setOf("told", "asked", "warned", "assured", "informed", "urged", "advised",
	"ordered", "invited", "promised", "reassured", "begged", "persuaded")

// tellReach is how many tokens the reporting verb may stand before the
// telling verb.
const tellReach = 20

// objectVerdict judges pronoun k when it is a him or her told or asked in
// a reported clause.
func (r *resolver) objectVerdict(k int) verdict {
	pr := &r.m.Pronouns[k]
	if pr.Case != entities.Objective || pr.Gender == entities.Unknown || r.inq[pr.Token] {
		return quiet("object: not an object outside quotations", "")
	}
	if !strings.EqualFold(pr.Text, "him") && !strings.EqualFold(pr.Text, "her") {
		return quiet("object: not him or her", "")
	}
	toks := r.doc.Tokens
	sen := toks[pr.Token].Sentence
	first := r.doc.Sentences[sen].FirstToken
	tv := pr.Token - 1
	if tv < first || !tellVerbs.has(&toks[tv]) {
		return quiet("object: not told or asked", "")
	}
	// The reporting verb before the teller, outside quotations.
	v := -1
	for t := tv - 1; t >= first && t >= tv-tellReach; t-- {
		if r.inq[t] || isQuoteMark(toks[t].Text) {
			return quiet("object: a quotation between", "")
		}
		if reportVerbs.has(&toks[t]) && !thinkVerbs.has(&toks[t]) && toks[t].Text != "told" {
			v = t
			break
		}
	}
	if v < 0 {
		return quiet("object: no reporting verb", "")
	}
	x, _ := r.reportSubject(v)
	if x < 0 {
		return quiet("object: the speaker is not named just before the verb", "")
	}
	s := &r.cands[x]
	want := opposite(pr.Gender)
	if s.kind != cName || r.genderOf(s, pr.Span) != want {
		return quiet("object: the speaker is no named person of the other gender", s.text)
	}
	// The teller: whoever is named between the reporting and the telling
	// verb. It must not be the speaker.
	for t := v + 1; t < tv; t++ {
		if g := contracted(toks[t].Text); g == want {
			return quiet("object: the speaker may be the teller", toks[t].Text)
		}
		y := r.candAt(t)
		if y < 0 {
			continue
		}
		c := &r.cands[y]
		if r.sameAs(c, s) || c.kind == cPron && c.gender.G() == want {
			return quiet("object: the speaker may be the teller", c.text)
		}
	}
	// Everyone else in the sentence and the one before is of the other
	// gender (or no person); nobody of the pronoun's gender before.
	from := r.doc.Sentences[max(int(sen)-1, 0)].FirstToken
	end := r.doc.Sentences[sen].EndToken
	for t := from; t < end; t++ {
		if contracted(toks[t].Text) == pr.Gender {
			return quiet("object: a contracted pronoun of its gender near", toks[t].Text)
		}
	}
	n := 0
	for y := 0; y < len(r.cands) && r.cands[y].tok < end; y++ {
		c := &r.cands[y]
		if c.tok == pr.Token || c.kind == cPron && r.flagged[c.tok] {
			continue
		}
		if n++; n > maxScan {
			return quiet("object: a long cast", "")
		}
		g := r.possGender(c, pr.Span)
		if c.tok < from {
			if c.kind != cThing && g == pr.Gender {
				return quiet("object: someone of the pronoun's gender before", c.text)
			}
			continue
		}
		if c.tok > v && c.tok < tv {
			continue // the teller
		}
		if c.kind == cThing && g == entities.Unknown {
			if shipLike(c.text) {
				return quiet("object: ship", c.text)
			}
			continue
		}
		if g != want {
			return quiet("object: a person not of the other gender near", c.text)
		}
	}
	if !r.noneOfGenderBefore(pr, want) {
		return quiet("object: a person of the pronoun's gender or a possible person before", "")
	}
	ante := entities.Candidate{Entity: s.ent, Span: s.span, Text: s.text, Kind: entities.Person, Token: s.tok}
	return verdict{report: true, ante: r.keep(ante), why: r.describe(s, pr.Span)}
}
