package agreement

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// reflexive.go: a himself or herself that is the object of a verb takes
// the subject of that verb, and when the subject is a he, him, she or her
// (or a named person) standing just before the verb, the two must agree
// whoever else the article names: "photographs of him apparently exposing
// herself", "He had hurt herself", "Mr Evans wanted to prove herself".
// Only a verb, auxiliaries, adverbs and one to-infinitive may stand
// between; a preposition before the reflexive (She pulled him towards
// herself) lets it take the subject of the sentence, and a reflexive right
// after a pronoun is emphatic (She told him herself): both are left alone.
// The subject's gender must be borne out near (another pronoun or a named
// person of its gender in the sentence or the ones before), and nobody of
// the reflexive's gender may be mentioned in its sentence or the one
// before, since either word may be the slip.

// reflexFill are the words that may stand between the subject and the
// verb that takes the reflexive.
var reflexFill = setOf("to", "not", "n't", "never", "be", "been", "being", "is", "was", "were", "are",
	"am", "has", "had", "have", "having", "will", "would", "could", "should", "can", "may", "might",
	"must", "did", "does", "do", "also", "still", "then", "even", "just", "only", "again", "already",
	"soon", "later", "now", "allegedly", "apparently", "reportedly", "repeatedly")

// reflexPrep are the words after which a reflexive may take the subject
// of the sentence rather than the nearest pronoun.
var reflexPrep = setOf("to", "towards", "toward", "for", "with", "against", "at", "on", "in", "into",
	"onto", "from", "about", "of", "by", "beside", "behind", "near", "upon", "around", "over",
	"under", "after", "before", "without", "like", "than", "as", "between", "among", "through",
	"within", "off", "up", "down", "out", "past", "alongside", "amongst", "beyond", "unlike")

// reflexReach is how many tokens back the subject may stand.
const reflexReach = 7

// reflexiveVerdict judges pronoun k when it is a himself or herself.
func (r *resolver) reflexiveVerdict(k int) verdict {
	pr := &r.m.Pronouns[k]
	if pr.Case != entities.Reflexive || pr.Gender == entities.Unknown {
		return quiet("reflexive: not a reflexive", "")
	}
	toks := r.doc.Tokens
	sen := toks[pr.Token].Sentence
	first := r.doc.Sentences[sen].FirstToken
	v := pr.Token - 1
	subj := -1
	switch {
	case v < first:
		return quiet("reflexive: opens its sentence", "")
	case r.emphatic(pr.Token):
		subj = v
	case !lowerWord(&toks[v]) || reflexPrep.has(&toks[v]) || reflexFill.has(&toks[v]) || personal(toks[v].Text):
		return quiet("reflexive: no verb right before", "")
	}
	// Walk back from the verb to its subject.
	afterTo := false // the word before a "to" may be any verb (wanted to prove)
	for t := v - 1; subj < 0 && t >= first && t >= pr.Token-reflexReach; t-- {
		tk := &toks[t]
		if tk.Kind != lint.Word {
			return quiet("reflexive: punctuation between", "")
		}
		if personal(tk.Text) || r.mentionEnding(t) >= 0 {
			subj = t
			break
		}
		switch w := tk.Text; {
		case w == "to":
			afterTo = true
			continue
		case reflexFill.m[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && lowerWord(tk):
			continue
		case afterTo && lowerWord(tk) && !reflexPrep.m[w]:
			afterTo = false
			continue
		}
		return quiet("reflexive: a word between that may start another subject", tk.Text)
	}
	if subj < 0 {
		return quiet("reflexive: no subject just before", "")
	}
	var ante *cand
	var g entities.Gender
	if x := r.mentionEnding(subj); x >= 0 {
		ante = &r.cands[x]
		if ante.kind == cPron && r.flagged[ante.tok] {
			return quiet("reflexive: the subject is reported itself", "")
		}
		g = r.genderOf(ante, pr.Span)
	}
	if ante == nil || g != opposite(pr.Gender) {
		return quiet("reflexive: the subject is not of the other gender", toks[subj].Text)
	}
	// Nobody of the reflexive's gender in its sentence or the one before;
	// the subject's gender borne out by someone else there or further back.
	from := r.doc.Sentences[max(int(sen)-1, 0)].FirstToken
	end := r.doc.Sentences[sen].EndToken
	for t := from; t < end; t++ {
		if contracted(toks[t].Text) == pr.Gender {
			return quiet("reflexive: a contracted pronoun of its gender near", toks[t].Text)
		}
	}
	supp := false
	back := r.doc.Sentences[max(int(sen)-2, 0)].FirstToken
	for y := r.firstCandFrom(back); y < len(r.cands) && r.cands[y].tok < end; y++ {
		c := &r.cands[y]
		if c.tok == pr.Token || c.kind == cThing || c.kind == cPron && r.flagged[c.tok] {
			continue
		}
		cg := r.genderOf(c, pr.Span)
		if cg == pr.Gender && c.tok >= from {
			return quiet("reflexive: someone of its gender near", c.text)
		}
		if cg == g && c.tok != ante.tok {
			supp = true
		}
	}
	if !supp {
		return quiet("reflexive: nothing else shows the subject's gender", "")
	}
	a := entities.Candidate{Entity: ante.ent, Span: ante.span, Text: ante.text, Kind: entities.Person, Token: ante.tok}
	return verdict{report: true, ante: r.keep(a), why: r.describe(ante, pr.Span)}
}

// emphatic reports whether the reflexive at token i stresses the name or
// noun right before it, which is the subject of what follows (The boy
// himself should look; Federer himself admitted) or is set off by even
// (even Federer himself): it must agree with that person. After an object
// (She told John herself) it may stress the subject and is left alone.
func (r *resolver) emphatic(i int) bool {
	x := r.mentionEnding(i - 1)
	if x < 0 || r.cands[x].kind == cPron {
		return false
	}
	toks := r.doc.Tokens
	if s := r.cands[x].tok - 1; s >= 0 && (toks[s].Text == "even" || toks[s].Text == "Even") {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].Sentence != toks[i].Sentence {
		return false
	}
	w := toks[i+1].Text
	return emphNext[w] || speechVerbs.m[w]
}

// emphNext are the auxiliaries after which a name and a reflexive are the
// subject of the clause.
var emphNext = wordsOf("is", "was", "were", "are", "has", "had", "have", "will", "would", "could",
	"should", "can", "may", "might", "must", "did", "does", "also")

// firstCandFrom returns the index of the first candidate at or after
// token i.
func (r *resolver) firstCandFrom(i int) int {
	lo, hi := 0, len(r.cands)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if r.cands[m].tok < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// lowerWord reports whether t is a word that starts with a lower-case
// ASCII letter.
func lowerWord(t *lint.Token) bool {
	return t.Kind == lint.Word && t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z'
}

// personal reports whether w is a personal pronoun that can be the
// subject or object before a verb (he, him, she, her, they, it, I, you,
// we, one and their object forms).
func personal(w string) bool {
	switch w {
	case "he", "him", "she", "her", "they", "them", "it", "I", "me", "you", "we", "us",
		"He", "Him", "She", "Her", "They", "Them", "It", "Me", "You", "We", "Us":
		return true
	}
	return false
}
