package agreement

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// bound.go resolves a he or she that opens the clause a named person
// reports, straight after the name and its speech verb: "Liu said he hoped
// …", "Colle says she expected …", "Mr Dixon told reporters she would …".
// Such a pronoun almost always stands for the speaker. The salience frame
// leaves it alone whenever someone of its gender was mentioned a few
// sentences before; this resolver looks only at the paragraphs about the
// speaker (the run of paragraphs, ending with the pronoun's, that each name
// the speaker outside quotations), where anyone of the pronoun's gender,
// anyone of unknown gender and any quotation naming someone of its gender
// still blocks, and, in the two paragraphs before that run, at the people
// of the pronoun's gender who did no more than speak (a source quoted
// before: "…," he said). Someone of the pronoun's gender there who did
// anything else (was stabbed, was arrested) may be the one the speaker
// talks about: silent. So is a main character of the pronoun's gender.

// boundVerbs report a clause whose subject pronoun is, straight after the
// speaker's name, the speaker: not verbs of belief or knowledge (she
// believes he is innocent).
var boundVerbs = setOf("said", "says", "told", "tells", "added", "adds", "insisted", "insists",
	"admitted", "admits", "conceded", "concedes", "acknowledged", "explained", "explains",
	"stressed", "stresses")

// boundRun is how many paragraphs back the run of paragraphs about the
// speaker is followed.
const boundRun = 4

// boundVerdict judges pronoun k when it is the subject of a clause its
// named speaker reports straight after the speech verb.
func (r *resolver) boundVerdict(k int) verdict {
	pr := &r.m.Pronouns[k]
	if pr.Case != entities.Subjective || pr.Gender == entities.Unknown || r.inq[pr.Token] {
		return quiet("bound: not a subject outside quotations", "")
	}
	toks := r.doc.Tokens
	verb := r.boundVerb(pr.Token)
	if verb < 0 {
		return quiet("bound: not straight after a speech verb", "")
	}
	// The name just before the verb, or before a parenthesis about it
	// that names nobody (Natarajan, who joined from Intel in 2018, told
	// Reuters she …).
	x, paren := r.reportSubject(verb)
	if x < 0 {
		return quiet("bound: no name just before the verb", "")
	}
	for y := x + 1; y < len(r.cands) && r.cands[y].tok < verb; y++ {
		if c := &r.cands[y]; c.tok >= paren && c.kind != cThing {
			return quiet("bound: someone named in the parenthesis", c.text)
		}
	}
	s := &r.cands[x]
	want := opposite(pr.Gender)
	if s.kind != cName || s.ent == nil || s.first || s.inq || s.poss || toks[s.tok].Sentence != toks[pr.Token].Sentence {
		return quiet("bound: the speaker is no name in the sentence", s.text)
	}
	if r.genderOf(s, pr.Span) != want || !firmGender(s.ent, want) && r.titleGender(s.ent) != want {
		return quiet("bound: the speaker is not known to be of the other gender", s.text)
	}
	// The speaker is the sentence's subject: nobody named before it in the
	// sentence (In a letter to Mr Smith, Ms Liu said he …).
	sen := int(toks[pr.Token].Sentence)
	first := r.doc.Sentences[sen].FirstToken
	for y := x - 1; y >= 0 && r.cands[y].tok >= first; y-- {
		if c := &r.cands[y]; c.kind != cThing && !r.sameAs(c, s) {
			return quiet("bound: someone named before the speaker in the sentence", c.text)
		}
	}
	// The run of paragraphs about the speaker.
	blk := int(toks[pr.Token].Block)
	run := blk
	ci := r.candFrom(pr.Token)
	for y := ci - 1; y >= 0 && y >= ci-maxScan; y-- {
		c := &r.cands[y]
		b := int(toks[c.tok].Block)
		if b < run-1 || b < blk-boundRun {
			break
		}
		if c.ent == s.ent && !c.inq {
			run = b
		}
	}
	if run < 0 || blk >= len(r.doc.Blocks) {
		return quiet("bound: no paragraph", "")
	}
	runFrom := r.doc.Blocks[run].FirstToken
	// A source of the pronoun's gender quoted before the run may be the
	// one the speaker talks about (Mr Pritchard said she had raised
	// important points), unless the pronoun reports the speaker's own
	// hopes, plans or feelings (Liu said he hoped to …).
	self := selfReport(toks, pr.Token)
	before := r.doc.Blocks[max(run-2, 0)].FirstToken
	for y := ci - 1; y >= 0 && r.cands[y].tok >= before; y-- {
		if y < ci-maxScan {
			return quiet("bound: too many candidates", "")
		}
		c := &r.cands[y]
		if c.kind == cThing || c.kind == cPron && r.flagged[c.tok] || r.sameAs(c, s) {
			continue
		}
		g := r.genderOf(c, pr.Span)
		if c.tok >= runFrom {
			switch {
			case g == pr.Gender:
				return quiet("bound: someone of the pronoun's gender in the speaker's paragraphs", c.text)
			case g == entities.Unknown && c.kind != cPron:
				return quiet("bound: someone of unknown gender in the speaker's paragraphs", c.text)
			}
			continue
		}
		if g == pr.Gender && (!self || c.inq || !r.onlySpeaks(y, ci)) {
			return quiet("bound: someone of the pronoun's gender before", c.text)
		}
		if g == entities.Unknown && c.kind == cNoun && !c.inq && r.introducedRole(y, want) {
			// a former leader of the council who has died … Councillor
			// Ann Webb said he had been a mentor
			return quiet("bound: someone introduced by a role noun before", c.text)
		}
	}
	if r.prominent(pr.Gender, pr.Token) {
		return quiet("bound: a main character of the pronoun's gender", "")
	}
	ante := entities.Candidate{Entity: s.ent, Span: s.span, Text: s.text, Kind: entities.Person, Token: s.tok}
	return verdict{report: true, ante: r.keep(ante), why: r.describe(s, pr.Span)}
}

// boundVerb returns the speech verb of the clause pronoun i opens: the
// word before it (Liu said he), before "that" (said that he; said on
// Tuesday that he; told the BBC on Friday that she) or before the one told
// when that is no person (told reporters he; told the BBC she). -1 when
// there is none.
func (r *resolver) boundVerb(i int) int {
	toks := r.doc.Tokens
	sen := toks[i].Sentence
	k := i - 1
	if k < 0 || toks[k].Sentence != sen {
		return -1
	}
	if boundVerbs.has(&toks[k]) {
		return k
	}
	that := toks[k].Text == "that"
	if that {
		k--
	}
	// A few words between: a time (on Tuesday) or the one told, when no
	// person (reporters, the BBC).
	v := -1
	for j := k; j >= 0 && j >= k-5 && toks[j].Sentence == sen; j-- {
		t := &toks[j]
		if t.Kind != lint.Word || r.inq[j] {
			return -1
		}
		if boundVerbs.has(t) {
			v = j
			break
		}
	}
	switch {
	case v < 0, v == k && !that:
		return -1 // said he is handled above
	case !that && (toks[v].Text != "told" && toks[v].Text != "tells" || v < k-3):
		return -1 // said on Tuesday he: only before that
	}
	for j := v + 1; j <= k; j++ {
		if y := r.candAt(j); y >= 0 && r.cands[y].kind != cThing {
			return -1 // told Mr Smith he: he may be Mr Smith
		}
		if r.mentionEnding(j) >= 0 {
			return -1
		}
	}
	return v
}

// firmGender reports whether the entity's gender g shows in something
// other than a pronoun (an honorific, a title, a first name).
func firmGender(e *entities.Entity, g entities.Gender) bool {
	for _, ev := range e.Evidence {
		if ev.Gender == g && ev.Source != entities.FromPronoun {
			return true
		}
	}
	return false
}

// onlySpeaks reports whether candidate y, a person, only speaks wherever
// the article mentions them before candidate ci (speakerMention): an
// athlete introduced as injured and then quoted is the one her coach may
// talk about.
func (r *resolver) onlySpeaks(y, ci int) bool {
	c := &r.cands[y]
	if c.ent == nil {
		return r.speakerMention(y)
	}
	for x := max(ci-maxScan, 0); x < ci; x++ {
		if d := &r.cands[x]; d.ent == c.ent && (d.inq || !r.speakerMention(x)) {
			return false
		}
	}
	return true
}

// speakerMention reports whether candidate y, a person, only speaks
// where it is mentioned: the subject of a speech verb ("…," he said; Mr
// Delgado, a Fresno Republican, said; Cllr Seán Lynch (FF) said), named after one (said Mr Delgado;
// according to Mr Delgado), or a pronoun opening the clause a speaker of
// its gender reports (He said he would …).
func (r *resolver) speakerMention(y int) bool {
	toks := r.doc.Tokens
	c := &r.cands[y]
	last := c.last
	if last+1 < len(toks) && toks[last+1].Text == "(" {
		// Cllr Seán Lynch (FF) said
		for k := last + 2; k < len(toks) && k <= last+6; k++ {
			if toks[k].Text == ")" {
				last = k
				break
			}
		}
	}
	if last+1 < len(toks) && toks[last+1].Text == "," {
		// Chan Ka-wai, a 44-year-old accountant, said
		for k := last + 2; k < len(toks) && k <= last+10 && toks[k].Sentence == toks[last].Sentence; k++ {
			if toks[k].Text == "," {
				if speechAfter(toks, k) {
					last = k
				}
				break
			}
			if toks[k].Kind == lint.Punct && toks[k].Text != "-" {
				break
			}
		}
	}
	if speechAfter(toks, last) {
		k := last + 1
		for adverbs.has(&toks[k]) && !speechVerbs.has(&toks[k]) {
			k++
		}
		return !thinkVerbs.has(&toks[k])
	}
	sen := toks[c.tok].Sentence
	for k := c.tok - 1; k >= 0 && k >= c.tok-4 && toks[k].Sentence == sen && toks[k].Kind == lint.Word; k-- {
		if k < c.tok-1 && !toks[k+1].Has(lint.Capitalized) {
			break // only a title's capitalised words between
		}
		if toks[k].Text == "to" && k > 0 && toks[k-1].Text == "according" {
			return true
		}
		// "…," said Mr Delgado (not: networks, said Exeem was the next
		// evolution)
		if speechVerbs.has(&toks[k]) && !thinkVerbs.has(&toks[k]) {
			q := k - 1
			if q > 0 && toks[q].Text == "," {
				q--
			}
			if q >= 0 && isQuoteMark(toks[q].Text) {
				return true
			}
			break
		}
	}
	if c.kind == cPron {
		if v := c.tok - 1; v >= 0 && toks[v].Sentence == sen && boundVerbs.has(&toks[v]) {
			if x := r.mentionEnding(v - 1); x >= 0 && r.genderOf(&r.cands[x], lint.Span{}) == c.gender.G() {
				return true
			}
		}
		return false
	}
	// Mr Delgado, a Fresno Republican, said
	if c.last+1 < len(toks) && toks[c.last+1].Text == "," {
		for v := c.last + 2; v < len(toks) && v < c.last+30 && toks[v].Sentence == sen; v++ {
			if toks[v].Kind == lint.Punct && toks[v].Text != "," && toks[v].Text != "-" {
				return false
			}
			if toks[v].Text == "," && v+1 < len(toks) && speechVerbs.has(&toks[v+1]) && !thinkVerbs.has(&toks[v+1]) {
				x, _ := r.reportSubject(v + 1)
				return x == y
			}
		}
	}
	return false
}

// selfReport reports whether the clause opened by the pronoun at i tells
// the speaker's own intentions or feelings (she hoped, he expected, she
// would push for, he was delighted, she had decided): the verb or
// adjective after the pronoun, across auxiliaries and adverbs, is one of
// selfWords.
func selfReport(toks []lint.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && toks[k].Sentence == toks[i].Sentence && toks[k].Kind == lint.Word; k++ {
		w := toks[k].Text
		if selfWords[w] {
			return true
		}
		if !selfAux[w] {
			return false
		}
	}
	return false
}

// selfAux may stand between the pronoun and a word of selfWords.
var selfAux = wordsOf("would", "will", "was", "is", "had", "has", "also", "still", "now", "very",
	"not", "never", "always", "personally", "remained", "remains", "felt", "feels", "been")

// selfWords tell the speaker's own intentions or feelings.
var selfWords = wordsOf("hoped", "hopes", "hoping", "hope", "expected", "expects", "expecting",
	"planned", "plans", "planning", "intended", "intends", "intending", "proud", "delighted",
	"pleased", "confident", "optimistic", "honoured", "honored", "grateful", "thrilled", "happy",
	"glad", "sorry", "saddened", "disappointed", "determined", "decided", "push", "seek", "stand",
	"resign", "retire", "step", "miss", "regret", "regretted", "apologise", "apologize",
	"apologised", "apologized", "looking", "looks", "wished", "wishes")

// speakingName reports whether a name the entity model could not class
// speaks (is the subject of a speech verb) after token from, in the
// sentence of token i or the one before (Cllr Seán Lynch (FF) said …):
// a person of a gender the article does not show, nearer the pronoun at i
// than the antecedent at from.
func (r *resolver) speakingName(from, i int) bool {
	toks := r.doc.Tokens
	sen := int(toks[i].Sentence) - 1
	x := r.candFrom(i)
	for y := x - 1; y >= 0 && y >= x-maxScan && r.cands[y].tok > from && int(toks[r.cands[y].tok].Sentence) >= sen; y-- {
		if c := &r.cands[y]; c.kind == cThing && c.ent != nil && c.ent.Kind == entities.Other && !c.inq && r.speakerMention(y) {
			return true
		}
	}
	return false
}
