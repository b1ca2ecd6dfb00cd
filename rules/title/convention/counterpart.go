package convention

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
	"github.com/factlint/factlint/rules/title/internal/titles"
)

// heldByOther reports whether the article gives the country's own office
// (right, "Foreign Secretary") to somebody other than the person named at
// tok: then a "foreign minister" named elsewhere in the article is most
// likely a foreign counterpart ("The foreign secretary, David Lammy, ...
// The foreign minister, Sergei Lavrov, ..."), not a misnamed office. Only
// the office followed by a name counts, and not when the name is this
// person's (or this person is unknown).
func (pi *peopleIndex) heldByOther(doc *lint.Document, tok int, right string) bool {
	words := strings.Fields(strings.ToLower(right))
	if len(words) == 0 {
		return false
	}
	surname := ""
	if pi.m != nil {
		if e := pi.m.At(tok); e != nil && e.Kind == entities.Person {
			surname = e.Surname
		}
	}
	// The answer depends on the office and the surname alone; it reads
	// the whole document, so it is memoised (one office at every title
	// would otherwise cost a read of the page per title).
	k := [2]string{right, surname}
	if v, ok := pi.other[k]; ok {
		return v
	}
	if pi.other == nil {
		pi.other = map[[2]string]bool{}
	}
	v := heldByOtherScan(doc, words, surname)
	pi.other[k] = v
	pi.reads++
	return v
}

func heldByOtherScan(doc *lint.Document, words []string, surname string) bool {
	toks := doc.Tokens
	for i := 0; i+len(words) <= len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, words[0]) {
			continue
		}
		k := 1
		for k < len(words) && strings.EqualFold(toks[i+k].Text, words[k]) {
			k++
		}
		if k < len(words) {
			continue
		}
		// A shadow, former or deputy holder is not the holder.
		if i > 0 && titles.TransparentModifiers[strings.ToLower(toks[i-1].Text)] {
			continue
		}
		end := i + len(words)
		i = end - 1
		// The office must be given to a named person: "Foreign Secretary
		// David Lammy", "the foreign secretary, David Lammy".
		j := end
		if j < len(toks) && toks[j].Text == "," {
			j++
		}
		if j >= len(toks) || toks[j].Block != toks[i].Block || !startsName(doc, j) {
			continue
		}
		mine := false
		for k := j; k < len(toks) && k < j+4 && toks[k].Block == toks[j].Block && toks[k].Has(lint.Capitalized); k++ {
			if surname == "" || toks[k].Text == surname {
				mine = true
				break
			}
		}
		if !mine {
			return true
		}
	}
	return false
}
