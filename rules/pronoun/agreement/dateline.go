package agreement

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// datelineReach is how many tokens from a paragraph's start a dateline may
// run before its dash (THUNDER BAY, Ont. (CP) —; LONDON, Nov 25 (Reuters) -).
const datelineReach = 14

// inDateline reports whether token i lies in a wire dateline: the opening
// of its paragraph up to a dash, when the paragraph opens with a word in
// capitals (WASHINGTON (AP) —, SEOUL —). The place and the agency there say
// where the story was filed and who filed it; no pronoun of the story means
// them.
func inDateline(doc *lint.Document, i int) bool {
	if i < 0 || i >= len(doc.Tokens) {
		return false
	}
	b := doc.Blocks[doc.Tokens[i].Block]
	first := b.FirstToken
	if first >= b.EndToken || !doc.Tokens[first].Has(lint.AllCaps) {
		return false
	}
	for j := first + 1; j < b.EndToken && j <= first+datelineReach; j++ {
		switch doc.Tokens[j].Text {
		case "—", "–", "--", "-":
			return i < j
		}
	}
	return false
}

// determinerBefore reports whether the antecedent is a lone name the model
// could not tie to anyone (a first name) that a determiner introduces: the
// Clyde, a Jordan, this Paris are a river, a brand, a place, never the
// person the first name would make.
func determinerBefore(doc *lint.Document, c entities.Candidate) bool {
	if c.Entity == nil || c.Entity.Kind != entities.Other || c.Token <= 0 {
		return false
	}
	switch doc.Tokens[c.Token-1].Text {
	case "the", "The", "a", "A", "an", "An", "this", "This", "that", "That":
		return true
	}
	return false
}
