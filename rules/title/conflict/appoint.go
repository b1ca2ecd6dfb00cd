package conflict

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/title/internal/titles"
)

// appoint.go gathers the names given a post by an appointment ("the Senate
// confirmed Jane Roe as commerce secretary", "Brightwater named Alan Pryce
// as its chief executive", "Jane Roe was sworn in as commerce secretary").

// appointee is a name given a post by an appointment: its first token, the
// token after it, and the token after the appointment's verb.
type appointee struct{ name, end, after int }

// appointCand reads, at the capitalised word i, the name an appointment
// is about: i opens a name after an appointment verb ("confirmed Jane
// Roe"), or ends one before an auxiliary or ", who" and the verb ("Jane Roe
// was named"). It notes the name's words as of interest.
func appointCand(doc *lint.Document, i int, list []appointee, interest *wordSet) []appointee {
	toks := doc.Tokens
	block := toks[i].Block
	if doc.Blocks[block].Kind == lint.BlockHeadline {
		return list
	}
	var st, end int
	switch {
	case toks[i-1].Kind == lint.Word && toks[i-1].Block == block && titles.IsAppointVerb(&toks[i-1]):
		st, end = i, i+1
		for end < len(toks) && end < i+4 && toks[end].Kind == lint.Word && toks[end].Has(lint.Capitalized) && toks[end].Block == block && toks[end].Has(lint.SpaceBefore) {
			end++
		}
	case i+1 < len(toks) && passiveNext(toks, i+1):
		end, st = i+1, i
		for st > 0 && i-st < 3 && !toks[st].Has(lint.SentenceStart) && toks[st-1].Kind == lint.Word && toks[st-1].Has(lint.Capitalized) && toks[st-1].Block == block {
			st--
		}
	default:
		return list
	}
	after, ok := titles.AppointedBy(doc, st, end)
	if !ok {
		return list
	}
	for q := st; q < end; q++ {
		interest.addToken(&toks[q])
	}
	return append(list, appointee{st, end, after})
}

// passiveNext reports whether token k, after a name, may open a passive
// appointment: an auxiliary or ", who".
func passiveNext(toks []lint.Token, k int) bool {
	t := &toks[k]
	if t.Text == "," {
		return k+1 < len(toks) && toks[k+1].Text == "who"
	}
	// The Fold first: the text is compared with one word at most, not
	// with each word of its length (was, has).
	for x, f := range passiveAuxFolds {
		if t.Fold == f && t.Text == passiveAux[x] {
			return true
		}
	}
	return false
}

// passiveAux are the auxiliaries passiveNext takes after a name.
var passiveAux = [...]string{"was", "is", "were", "has", "have"}

// passiveAuxFolds holds the FoldHash of each word of passiveAux.
var passiveAuxFolds = func() (f [len(passiveAux)]uint32) {
	for x, w := range passiveAux {
		f[x] = lint.FoldHash(w)
	}
	return f
}()

// appendAppointed appends the titles that appointments give the names of
// list, when the appointment's sentence gives the post from then on (see
// titles.AppointedNow).
func appendAppointed(all []titled, doc *lint.Document, ctx titles.Modifiers, list []appointee, firsts *fullNameIndex) []titled {
	toks := doc.Tokens
	for _, ap := range list {
		first, surname, ok := nameEndingAt(toks, ap.name, ap.end, firsts)
		if !ok {
			continue
		}
		offices, end := titles.AppointedTitle(doc, ctx, ap.after)
		if len(offices) == 0 || !titles.AppointedNow(doc, ap.name, end) {
			continue
		}
		for _, o := range offices {
			all = append(all, titled{office: o, surname: surname, first: first, nameTok: ap.name, appointed: true})
		}
	}
	return all
}
