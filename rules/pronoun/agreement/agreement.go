// Package agreement implements pronoun-agreement: a he/she that disagrees
// with everyone it can refer to.
package agreement

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/model/entities"
)

//go:embed doc.md
var doc string

// Rule is pronoun-agreement.
var Rule = &lint.Rule{
	Name:     "pronoun-agreement",
	Summary:  "A pronoun whose gender or kind disagrees with everyone it can refer to (Russia … she).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Requires: []*lint.Rule{entities.Rule},
	Run:      run,
}

// verdict is the outcome for one pronoun. The verdict functions return it
// by value, so it is kept small: the antecedent is a pointer (keep), and
// why the rule stays silent is kept only in a padebug build (trace).
type verdict struct {
	silence // (empty unless built with padebug)
	report  bool
	toIt    bool                // the antecedent is a thing: it/its
	ante    *entities.Candidate // the likely antecedent (in the resolver's antes)
	why     string              // what shows its gender
}

func run(p *lint.Pass) (any, error) {
	m := entities.Of(p)
	doc := p.Doc
	var r *resolver
	defer func() {
		if r != nil {
			r.release()
		}
	}()
	for k := range m.Pronouns {
		pr := m.Pronouns[k]
		if generic(doc, pr.Token) {
			continue
		}
		if r == nil {
			r = newResolver(m, doc)
		}
		if r.cataphora(pr.Token) {
			continue
		}
		// The salience frame first: it knows the speaker of a quotation
		// and the subject a pronoun continues.
		v := r.frameVerdict(k)
		trace(doc, &pr, "frame", v)
		if !v.report {
			v = r.boundVerdict(k)
			trace(doc, &pr, "bound", v)
		}
		if !v.report {
			v = judge(r, m, k)
			trace(doc, &pr, "judge", v)
			// A country or company named in the possessive (Myanmar's
			// opposition leader … her) qualifies the one meant, who may
			// be a person the model does not list.
			if v.report && v.toIt && r.possessiveThing(v.ante.Token) {
				v = verdict{}
			}
			// Someone of the pronoun's gender a little further back, or a
			// main character of that gender, may be meant.
			if v.report && !v.toIt && (r.genderWithin(pr.Gender, pr.Token, pr.Span, 3) || r.prominent(pr.Gender, pr.Token) || r.resumesTopic(&pr, r.position(&pr), true)) {
				v = verdict{}
			}
			// A role noun of unknown gender the model did not list (the
			// detained opposition leader … Mr Holt praised her courage),
			// or a name it could not class that speaks after the
			// antecedent (Cllr Seán Lynch (FF) said), may be meant.
			if v.report && !v.toIt && (r.roleNounWithin(pr.Token, 2) || r.speakingName(v.ante.Token, pr.Token) || r.nounBetween(v.ante.Token, pr.Token)) {
				trace(doc, &pr, "judge: a role noun near", v)
				v = verdict{}
			}
		}
		if !v.report || v.toIt {
			// Two possessives joined by and belong to one person (his
			// staff and her colleagues), even beside a thing.
			if c := r.coordVerdict(k); c.report {
				v = c
			}
			trace(doc, &pr, "coord", v)
		}
		if !v.report {
			v = r.thingVerdict(k)
			trace(doc, &pr, "thing", v)
		}
		if v.report && v.toIt && pr.Case == entities.Objective && pr.Token > 0 && tellVerbs.has(&doc.Tokens[pr.Token-1]) {
			// One tells or asks a person, not a country or a council
			// (a council engineer had asked her).
			v = verdict{}
		}
		if !v.report {
			v = r.possessiveVerdict(k)
			trace(doc, &pr, "possessive", v)
		}
		if !v.report {
			v = r.objectVerdict(k)
			trace(doc, &pr, "object", v)
		}
		if !v.report {
			v = r.reflexiveVerdict(k)
			trace(doc, &pr, "reflexive", v)
		}

		// A person between, known only by the relative who (a Leeds baker
		// who opened her first shop), or a noun for a person near, is the
		// one meant; nor is a noun that modifies the next one (a high
		// school diploma she missed) the thing meant.
		if v.report && v.toIt {
			switch {
			case r.whoBetween(v.ante.Token, pr.Token):
				trace(doc, &pr, "it: who between", v)
				v = verdict{}
			case r.personNounNear(pr.Token, pr.Gender, v.ante.Token):
				trace(doc, &pr, "it: a person noun near", v)
				v = verdict{}
			case v.ante.Noun && !possessiveWord(v.ante.Text) && modifier(doc.Tokens, v.ante.Token):
				trace(doc, &pr, "it: a modifier", v)
				v = verdict{}
			case v.ante.Noun && v.ante.Sentence != pr.Sentence && doc.Tokens[v.ante.Token].Has(lint.InQuote) && !doc.Tokens[pr.Token].Has(lint.InQuote):
				// A thing named in someone's words earlier (this country,
				// in a quotation) is no antecedent of the writer's own
				// pronoun (The chancellor ... when she updates MPs).
				trace(doc, &pr, "it: a noun quoted before", v)
				v = verdict{}
			}
		}
		// A country or company in an earlier sentence is a weaker
		// antecedent than one in the pronoun's own: a woman talked about a
		// few sentences back may be meant.
		if !v.report || v.toIt && v.ante.Sentence != pr.Sentence && r.womanBefore(pr.Token, 8) {
			continue
		}
		// A dateline's place or agency (THUNDER BAY, Ont. (CP) —), and a
		// first name after a determiner (the Clyde), are no antecedent.
		if inDateline(doc, v.ante.Token) || determinerBefore(doc, *v.ante) {
			trace(doc, &pr, "dateline or determiner", v)
			continue
		}
		r.flagged[pr.Token] = true
		repl := replacement(pr, v.toIt)
		if repl == "" {
			continue
		}
		repl = matchCase(pr.Text, repl)
		var msg string
		if v.toIt {
			msg = fmt.Sprintf("%q seems to refer to %s, which is not a person; write %q", pr.Text, v.ante.Text, repl)
		} else {
			msg = fmt.Sprintf("%q seems to refer to %s, %s; write %q", pr.Text, v.ante.Text, v.why, repl)
		}
		p.Report(lint.Diagnostic{
			Span:    pr.Span,
			Message: msg,
			Related: []lint.Related{{Span: v.ante.Span, Message: "the likely antecedent"}},
			Fixes:   fixes.One(fmt.Sprintf("Write %q", repl), pr.Span, repl, false),
		})
	}
	return nil, nil
}

// nounBetween reports whether a common noun for a person of unknown
// gender, outside quotations, stands in the pronoun's sentence between the
// antecedent found and the pronoun at token i as the subject of a speech
// verb right after it (Robyn Teague … The lawyer told the court his client
// had misunderstood): the speaker is the one the pronoun most likely
// means. (Not a noun that does something else: the rapper had filmed,
// told the skipper to warn.)
func (r *resolver) nounBetween(ante, i int) bool {
	toks := r.doc.Tokens
	x := r.candFrom(i)
	for x--; x >= 0 && r.cands[x].tok > ante && toks[r.cands[x].tok].Sentence == toks[i].Sentence; x-- {
		c := &r.cands[x]
		if c.kind != cNoun || c.gender.G() != entities.Unknown || c.inq {
			continue
		}
		if v := c.last + 1; v < i && toks[v].Kind == lint.Word && speechVerbs.has(&toks[v]) && !thinkVerbs.has(&toks[v]) {
			return true
		}
	}
	return false
}

// whoBetween reports whether a relative who or whom stands between token
// from and the pronoun at token i, in the pronoun's sentence and outside
// quotations: it refers to a person, whom the pronoun may take up.
func (r *resolver) whoBetween(from, i int) bool {
	toks := r.doc.Tokens
	for k := i - 1; k > from && k >= 0 && k > i-40 && toks[k].Sentence == toks[i].Sentence; k-- {
		if w := toks[k].Text; (w == "who" || w == "whom" || w == "Who") && !r.inq[k] {
			return true
		}
	}
	return false
}

// personNounNear reports whether a common noun for a person not of the
// other gender than g (a headteacher, the retired teacher) is used before
// token i in its sentence or the one before, on its side of the quotation
// marks, other than the antecedent found (the executive is shirking her
// responsibility): a her there may be that
// person's, not a country's or company's the model put nearer.
func (r *resolver) personNounNear(i int, g entities.Gender, ante int) bool {
	toks := r.doc.Tokens
	from := int(toks[i].Sentence) - 1
	x := r.candFrom(i)
	for x--; x >= 0 && int(toks[r.cands[x].tok].Sentence) >= from; x-- {
		if c := &r.cands[x]; c.kind == cNoun && c.gender.G() != opposite(g) && c.inq == r.inq[i] && c.tok != ante {
			return true
		}
	}
	return false
}

// generic reports "he or she", "his/her", "him and her" and the like, and
// "Her Majesty".
func generic(doc *lint.Document, i int) bool {
	toks := doc.Tokens
	isPron := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		switch strings.ToLower(toks[k].Text) {
		case "he", "she", "him", "her", "his", "hers", "himself", "herself", "s/he":
			return true
		}
		return false
	}
	for _, d := range []int{-2, 2} {
		mid := i + d/2
		if mid >= 0 && mid < len(toks) && (toks[mid].Text == "or" || toks[mid].Text == "and" || toks[mid].Text == "/") && isPron(i+d) {
			return true
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].Text {
		case "Majesty", "Majesty's", "Majesty’s", "Royal":
			return true
		}
	}
	return false
}

func genderOf(r *resolver, c entities.Candidate, skip lint.Span) entities.Gender {
	if c.Entity != nil {
		return r.entityGender(c.Entity, skip)
	}
	return c.Gender
}

func opposite(g entities.Gender) entities.Gender {
	if g == entities.Male {
		return entities.Female
	}
	return entities.Male
}

// judge decides about one pronoun. It reports only when no candidate of
// the pronoun's gender (or of unknown gender) is in reach and one of the
// other gender, or (for she/her) a country, organisation or group noun, is.
func judge(r *resolver, m *entities.Model, k int) verdict {
	pr := &m.Pronouns[k]
	var opp []entities.Candidate
	var things []entities.Candidate
	named := false // an unclassed name of several words is in reach
	// A pronoun of the same gender just before (same or previous
	// sentence) has a referent the model did not find: stay silent.
	for j := k - 1; j >= 0 && m.Pronouns[j].Sentence >= pr.Sentence-2; j-- {
		if q := &m.Pronouns[j]; q.Gender == pr.Gender {
			return quiet("same-gender pronoun", q.Text)
		}
	}
	for _, c := range pr.Reach {
		isPerson := c.Kind == entities.Person || c.Entity != nil && c.Entity.Kind == entities.Person
		switch {
		case c.ItNoun:
			if pr.Gender == entities.Female {
				return quiet("ship", "") // a ship may be "she"
			}
		case isPerson:
			g := genderOf(r, c, pr.Span)
			if g == entities.Unknown || g == pr.Gender {
				return quiet("candidate of the same or an unknown gender", c.Text)
			}
			opp = append(opp, c)
		case c.Entity != nil && c.Entity.Kind == entities.Other && c.Entity.PossiblePerson:
			// A first name alone, or a surname that speaks: maybe a person.
			// A first name alone of the other gender (Elvis … her death;
			// David … she knows it) is someone of that gender, if anyone.
			if strings.IndexByte(c.Text, ' ') >= 0 || nameGender(c.Text, true) != opposite(pr.Gender) {
				return quiet("possible person", c.Text)
			}
			opp = append(opp, c)
		case c.Entity != nil && c.Entity.Kind == entities.Other:
			// A name the model could not class may hold a first name
			// (Collector Anil Menon): asked below, before a report.
			named = named || strings.IndexByte(c.Text, ' ') > 0
		default:
			if !pr.Far && c.Sentence >= pr.Sentence-1 {
				things = append(things, c)
			}
		}
	}
	if pr.Far {
		// Nothing near: report only when everyone before is of the other
		// gender (a one-person story with a flipped pronoun).
		if len(opp) == 0 || !onlyOpposite(r, m, pr) {
			return quiet("far", "")
		}
	}
	if pr.InQuote {
		// Inside a quotation the speaker may talk of anyone but himself or
		// herself: only a person of the other gender in this or the
		// previous sentence, nothing else near, and nobody known to be of
		// the pronoun's gender earlier in the article makes a finding; a
		// nation or a ship may be "she" there.
		if len(opp) == 0 || opp[0].Sentence < pr.Sentence-1 || pr.Far || len(things) > 0 || !noneOfGenderBefore(r, m, pr) {
			return quiet("quotation", "")
		}
	}
	if named && (len(opp) > 0 || len(things) > 0) {
		for _, c := range pr.Reach {
			if c.Entity != nil && c.Entity.Kind == entities.Other && !c.Entity.PossiblePerson && !c.ItNoun && sameOrUnknownName(c.Text, pr.Gender) {
				// Its first name is of the pronoun's gender (… his).
				return quiet("a name with a first name of the pronoun's gender", c.Text)
			}
		}
	}
	switch {
	case len(opp) > 0 && (len(things) == 0 || pr.Gender == entities.Male || closer(opp[0], things[0]) && !placeIn(things, pr.Sentence)):
		return verdict{report: true, ante: r.keep(pick(opp)), why: describe(r, pick(opp), pr.Span)}
	case len(things) > 0 && pr.Gender == entities.Female && noWomanBefore(r, m, pr):
		return verdict{report: true, toIt: true, ante: r.keep(pickThing(things, pr.Sentence))}
	}
	return quiet("neither the other gender nor a thing decides", "")
}

// sameOrUnknownName reports whether a name of unknown kind holds a first
// name that is not of the other gender than g.
func sameOrUnknownName(s string, g entities.Gender) bool {
	ng := nameGender(s, false)
	return ng != entities.Unknown && ng != opposite(g)
}

// placeIn reports whether a country or other place is among the things
// in sentence sen: a her there may be the nation's (Britain, Sir Peter
// argued, had neglected her friends), not a flipped his.
func placeIn(things []entities.Candidate, sen int) bool {
	for _, c := range things {
		if c.Sentence == sen && (c.Kind == entities.Place || c.Entity != nil && c.Entity.Kind == entities.Place) {
			return true
		}
	}
	return false
}

// onlyOpposite reports whether every person the article names before the
// pronoun is of the other gender (none unknown, none unresolved, no
// possible person, no noun of the pronoun's gender).
func onlyOpposite(r *resolver, m *entities.Model, pr *entities.PronounRef) bool {
	if len(m.Unresolved) > 0 && m.Unresolved[0].Span.Start < pr.Span.Start {
		return false
	}
	return castBefore(r, m, pr, func(g entities.Gender) bool { return g == opposite(pr.Gender) })
}

// noneOfGenderBefore reports whether the article names nobody known to be
// of the pronoun's gender before it (person, possible person, or for she
// a female noun).
func noneOfGenderBefore(r *resolver, m *entities.Model, pr *entities.PronounRef) bool {
	return castBefore(r, m, pr, func(g entities.Gender) bool { return g != pr.Gender })
}

// castBefore reports whether every person named before the pronoun has a
// gender that ok accepts, with no possible person among them and, for she,
// no female noun before it. A cast of more than 60 is a "no": a long cast
// makes a one-gender story unlikely, and the cap bounds the work per
// pronoun.
func castBefore(r *resolver, m *entities.Model, pr *entities.PronounRef, ok func(entities.Gender) bool) bool {
	n := 0
	for _, e := range m.Entities {
		if len(e.Mentions) == 0 || e.Mentions[0].Span.Start > pr.Span.Start {
			continue
		}
		if n++; n > 60 {
			return false
		}
		if e.Kind == entities.Other && e.PossiblePerson {
			return false
		}
		if e.Kind == entities.Person && !ok(r.entityGender(e, pr.Span)) {
			return false
		}
	}
	return pr.Gender != entities.Female || len(m.FemaleNouns) == 0 || m.FemaleNouns[0].Start >= pr.Span.Start
}

// noWomanBefore reports whether the article names no woman, nobody of
// unknown gender and no female noun before the pronoun: only then is a
// she/her next to a country or company taken for it/its.
func noWomanBefore(r *resolver, m *entities.Model, pr *entities.PronounRef) bool {
	// The window is the pronoun's reach: its sentence and the two before.
	for _, c := range pr.Reach {
		if c.Noun {
			if c.Kind == entities.Person && c.Gender != entities.Male {
				return false
			}
			continue
		}
		if c.Entity == nil && c.Kind == entities.Person {
			return false // an unresolved surname
		}
		if e := c.Entity; e != nil && (e.Kind == entities.Person && r.entityGender(e, pr.Span) != entities.Male || e.Kind == entities.Other && e.PossiblePerson) {
			return false
		}
	}
	return true
}

// pickThing names the likely non-person antecedent: the nearest one in the
// pronoun's own sentence (Russia in "the US denounced Russia's attempt, as
// she did before"), else a subject, else the nearest (candidates are
// nearest first). A dateline or headline subject in an earlier block is
// a weaker antecedent than a country named beside the pronoun.
func pickThing(cs []entities.Candidate, sentence int) entities.Candidate {
	for _, c := range cs {
		if c.Sentence == sentence {
			return c
		}
	}
	return pick(cs)
}

// closer reports whether a comes later in the text (nearer the pronoun) than b.
func closer(a, b entities.Candidate) bool { return a.Span.Start > b.Span.Start }

// pick prefers a subject, else the nearest (candidates are nearest first).
func pick(cs []entities.Candidate) entities.Candidate {
	for _, c := range cs {
		if c.Subject {
			return c
		}
	}
	return cs[0]
}

func describe(r *resolver, c entities.Candidate, skip lint.Span) string {
	g := genderOf(r, c, skip)
	if c.Entity != nil && c.Entity.Kind == entities.Other {
		g = nameGender(c.Text, true)
	}
	noun := "a man"
	if g == entities.Female {
		noun = "a woman"
	}
	if c.Entity == nil {
		return noun
	}
	if c.Entity.Kind == entities.Other {
		return fmt.Sprintf("%s (first name %s)", noun, c.Text)
	}
	for _, ev := range c.Entity.Evidence {
		if ev.Gender == g && ev.Span != skip {
			return fmt.Sprintf("%s (%s)", noun, ev.Why)
		}
	}
	return noun
}

// replacement is the pronoun to write instead.
func replacement(pr entities.PronounRef, toIt bool) string {
	w := strings.ToLower(pr.Text)
	if toIt {
		switch w {
		case "she":
			return "it"
		case "her":
			if pr.Case == entities.Possessive {
				return "its"
			}
			return "it"
		case "hers":
			return "its"
		case "herself":
			return "itself"
		}
		return ""
	}
	switch w {
	case "he":
		return "she"
	case "him":
		return "her"
	case "his":
		return "her"
	case "himself":
		return "herself"
	case "she":
		return "he"
	case "her":
		if pr.Case == entities.Possessive {
			return "his"
		}
		return "him"
	case "hers":
		return "his"
	case "herself":
		return "himself"
	}
	return ""
}

// matchCase writes repl with the capitalisation of orig.
func matchCase(orig, repl string) string {
	r, _ := utf8.DecodeRuneInString(orig)
	if unicode.IsUpper(r) {
		rr, n := utf8.DecodeRuneInString(repl)
		return string(unicode.ToUpper(rr)) + repl[n:]
	}
	return repl
}
