package titles

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/foldset"
)

// appointed.go reads a title that an appointment gives a person, written
// after the name: "the Senate confirmed Jane Roe as commerce secretary",
// "Brightwater named Alan Pryce as its chief executive", "the president
// appointed Omar Haddad foreign minister", "Roe was sworn in as commerce
// secretary", "Pryce, who was promoted to chief executive".

// appointVerbs are the past forms of verbs that give a post: the object
// (or the subject of the passive) holds it from then on.
var appointVerbs = map[string]bool{
	"appointed": true, "named": true, "confirmed": true, "elected": true, "re-elected": true,
	"reelected": true, "reappointed": true, "re-appointed": true, "installed": true, "promoted": true,
	"chose": true, "chosen": true, "picked": true, "selected": true,
}

// IsAppointVerb reports whether a token's text is an appointment verb as
// AppointedTitle reads it (lower case, as mid-sentence). Most tokens are
// turned away by one bit of appointFolds for their Fold.
func IsAppointVerb(t *lint.Token) bool {
	return appointFolds.Has(t.Fold) && appointVerbs[t.Text]
}

// appointFolds is appointVerbs by Fold.
var appointFolds = foldset.Of(appointVerbs)

// passiveAux reports whether w is an auxiliary of a passive appointment
// that leaves the post current ("was named", "has been appointed"); "had
// been" and modals do not ("had been named finance minister" is a past
// post, "will be named" a future one). (A switch: no hashing for the words
// after every name.)
func passiveAux(w string) bool {
	switch w {
	case "was", "is", "were", "been":
		return true
	}
	return false
}

// titleDeterminers may stand between "as" and the title: "as its chief
// executive", "as the commerce secretary". An article ("as a director")
// makes it a description, not a title.
var titleDeterminers = map[string]bool{"its": true, "the": true, "their": true, "his": true, "her": true}

// AppointedBy reports whether the name [nameStart, nameEnd) is the object
// of an appointment verb just before it ("confirmed Jane Roe") or the
// subject of a passive one just after it ("Jane Roe was confirmed", "Jane
// Roe, who was sworn in"), and returns the token after the verb where the
// title should follow ("as", a determiner or the title itself).
func AppointedBy(doc *lint.Document, nameStart, nameEnd int) (after int, ok bool) {
	toks := doc.Tokens
	if nameStart < 0 || nameEnd >= len(toks) || nameStart >= nameEnd {
		return 0, false
	}
	block := toks[nameStart].Block
	if nameStart > 0 && IsAppointVerb(&toks[nameStart-1]) && toks[nameStart-1].Block == block {
		// Active: "confirmed Jane Roe". Not after "had" (a past post) or a
		// negation ("has not confirmed").
		if nameStart >= 2 {
			switch toks[nameStart-2].Text {
			case "had", "not", "never":
				return 0, false
			}
		}
		return nameEnd, true
	}
	// Passive: "Jane Roe was confirmed", "Jane Roe, who was named".
	k := nameEnd
	if k+1 < len(toks) && toks[k].Text == "," && toks[k+1].Text == "who" {
		k += 2
	}
	aux := false
	for ; k < len(toks) && k < nameEnd+5 && toks[k].Block == block && toks[k].Kind == lint.Word; k++ {
		w := toks[k].Text
		if passiveAux(w) {
			if w == "been" && (k == 0 || toks[k-1].Text != "has" && toks[k-1].Text != "have") {
				return 0, false // "had been named", "would have been"
			}
			aux = true
			continue
		}
		if (w == "has" || w == "have") && k+1 < len(toks) && toks[k+1].Text == "been" {
			continue
		}
		break
	}
	if !aux || k >= len(toks) || toks[k].Block != block {
		return 0, false
	}
	w := toks[k].Text
	if w == "sworn" && k+1 < len(toks) && toks[k+1].Text == "in" {
		return k + 2, true
	}
	if !IsAppointVerb(&toks[k]) {
		return 0, false
	}
	return k + 1, true
}

// AppointedTitle parses the titles after an appointment verb: at token
// after (see AppointedBy) an optional "as" (or "to" after promoted), an
// optional determiner, then a title that starts there ("as commerce
// secretary", "as its chief executive", "foreign minister"); two joined by
// "and" are both returned ("as chairman and chief executive"). The title
// must end at a word that cannot continue it. end is the token after the
// last title.
func AppointedTitle(doc *lint.Document, ctx Modifiers, after int) (out []Office, end int) {
	toks := doc.Tokens
	if after <= 0 || after >= len(toks) {
		return nil, 0
	}
	block := toks[after-1].Block
	start := after
	if toks[start].Kind == lint.Word && toks[start].Block == block {
		switch toks[start].Text {
		case "as":
			start++
		case "to":
			if toks[after-1].Text != "promoted" {
				return nil, 0
			}
			start++
		}
	}
	if start < len(toks) && toks[start].Block == block && titleDeterminers[toks[start].Text] {
		start++
	}
	for len(out) < 2 && start < len(toks) {
		o, e, ok, rejected := titleFrom(doc, ctx, start, block)
		if !ok {
			if rejected && len(out) > 0 {
				// "as chairman and chief executive of its US arm": what
				// the second post is of may be the first's too.
				return nil, 0
			}
			break
		}
		out, end = append(out, o), e
		if e+1 >= len(toks) || toks[e].Text != "and" || toks[e].Block != block {
			break
		}
		start = e + 1
	}
	return out, end
}

// titleFrom parses the longest title (up to seven words) that starts at
// token start: its office and the token after it. rejected says a title
// was read but what follows makes it no post to compare (a name, "of the
// year", "of its US arm").
func titleFrom(doc *lint.Document, ctx Modifiers, start int, block int32) (o Office, end int, ok, rejected bool) {
	toks := doc.Tokens
	var best Office
	bestEnd := -1
	for k := start + 1; k <= start+7 && k <= len(toks); k++ {
		t := &toks[k-1]
		if t.Block != block || t.Kind != lint.Word && t.Text != "." && t.Text != "&" {
			break
		}
		w, poss := StripPossessive(t.Text)
		if !MayEndTitle(w) && !MayEndTitle(strings.ToLower(w)) {
			if poss {
				break
			}
			continue
		}
		o, first, ok := officeBetween(doc, ctx, start, k)
		if ok && first == start {
			best, bestEnd = o, k
		}
		if poss {
			break
		}
	}
	if bestEnd < 0 || best.Cat == NoCategory {
		return Office{}, 0, false, false
	}
	// The title ends at punctuation or a word that cannot continue it: not
	// a capitalised word (a name) other than a day or month ("as commerce
	// secretary Tuesday", AP style). After "of" or "at" comes what the post
	// is of: a country keeps a government post ("foreign minister of
	// France"), an organisation makes a company post its own ("chief
	// executive of Brightwater") and a government one no government post
	// ("president of the student union"); an award is no post ("chief
	// executive of the year"), nor is a portfolio after it a post the parse
	// read ("minister of state for ...").
	if bestEnd < len(toks) && toks[bestEnd].Block == block && toks[bestEnd].Kind == lint.Word {
		n := &toks[bestEnd]
		if n.Has(lint.Capitalized) && !dayOrMonth[n.Text] {
			return Office{}, 0, false, true
		}
		if (n.Text == "of" || n.Text == "for" || n.Text == "at") && bestEnd+1 < len(toks) {
			k := bestEnd + 1
			if _, ok := portfolio[lowerWord(toks[k].Text)]; ok {
				return Office{}, 0, false, true
			}
			if toks[k].Text == "the" && k+1 < len(toks) {
				k++
			}
			w := strings.ToLower(toks[k].Text)
			if w == "year" || w == "month" || w == "decade" || w == "season" || w == "week" {
				return Office{}, 0, false, true
			}
			if _, ok := ctx.At(k); !ok || n.Text == "at" {
				switch best.Cat {
				case Government:
					return Office{}, 0, false, true
				case Company:
					var org []string
					for ; k < len(toks) && k < bestEnd+6 && toks[k].Block == block && toks[k].Kind == lint.Word && toks[k].Has(lint.Capitalized); k++ {
						org = append(org, toks[k].Text)
					}
					if len(org) > 0 {
						best.Org = strings.Join(org, " ")
					} else if !wholeCompany[w] || toks[k-1].Text != "the" {
						// "chief executive of its US arm": a post in a
						// part of the company.
						return Office{}, 0, false, true
					}
				}
			}
		}
	}
	return best, bestEnd, true, false
}

// wholeCompany are the nouns after "of the" that name the company itself:
// "chief executive of the group".
var wholeCompany = map[string]bool{"company": true, "group": true, "firm": true, "bank": true, "business": true, "carmaker": true, "airline": true, "retailer": true, "insurer": true, "lender": true}

var dayOrMonth = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan.": true, "Feb.": true, "Aug.": true, "Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true,
}

// notNowWords in the sentence of an appointment, up to the end of the
// title's clause, make the post it gives a past one or a future one, not
// the person's post from then on: "was first elected governor in 2010",
// "would be named chief executive", "to succeed Marr as chief executive".
var notNowWords = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true, "shall": true, "effective": true,
	"next": true, "succeed": true, "replace": true, "designate": true, "first": true, "previously": true,
	"formerly": true, "once": true, "originally": true, "until": true, "before": true, "later": true,
	"earlier": true, "since": true, "ago": true, "when": true, "if": true, "whether": true, "unless": true,
	"nominee": true, "nominated": true,
}

// laterClause are the words that, after a comma closing the title's
// clause, put off the appointment: "named Quinn managing director,
// effective Jan. 1".
var laterClause = map[string]bool{"effective": true, "starting": true, "pending": true, "subject": true, "once": true, "when": true, "from": true}

// AppointedNow reports whether an appointment reads as giving the post from
// then on: no word of notNowWords and no year (a number from 1900 to 2099)
// from the start of the sentence of token i to the end of the clause of
// the title that ends before token end, and no clause after it that puts
// the appointment off.
func AppointedNow(doc *lint.Document, i, end int) bool {
	toks := doc.Tokens
	s := toks[i].Sentence
	lo := i
	for lo > 0 && toks[lo-1].Sentence == s {
		lo--
	}
	for k := lo; k < len(toks) && toks[k].Sentence == s; k++ {
		t := &toks[k]
		switch t.Kind {
		case lint.Word:
			if len(t.Text) <= 10 && notNowWords[strings.ToLower(t.Text)] {
				return false
			}
		case lint.Number:
			if len(t.Text) == 4 && (t.Text[:2] == "19" || t.Text[:2] == "20") {
				return false
			}
		case lint.Punct:
			if k >= end {
				switch t.Text {
				case ",", "—", "–", "-":
					return k+1 >= len(toks) || toks[k+1].Sentence != s || !laterClause[strings.ToLower(toks[k+1].Text)]
				case ";", ":", "(", ")":
					return true
				}
			}
		}
	}
	return true
}
