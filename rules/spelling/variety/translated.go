package variety

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
)

// translatedName reports whether the name holding occurrence o is an
// English rendering of a foreign name, not a name in English to keep as
// its owner spells it: its run of capitalised words, up to o, starts with
// the demonym of a country whose institutions are not named in English
// (the German Aerospace Center, the French Labor Ministry, the Japanese
// Defense Agency). The house spelling applies to such a name as to any
// other words: a British paper writes the German Aerospace Centre, an
// American one the French Labor Ministry. Names of American, British and
// other English-speaking bodies (the Department of Defense, the Labour
// Party, the Indian Defence Ministry) keep their own spelling.
func translatedName(doc *lint.Document, o *varcon.Occurrence) bool {
	toks := doc.Tokens
	i := o.Token
	if i <= 0 || doc.Blocks[toks[i].Block].Kind == lint.BlockHeadline {
		return false
	}
	// Walk back over the capitalised words of the name (and "of", "for",
	// "and" inside it), at most five words.
	start := i
	for k, words := i-1, 0; k >= 0 && words < 5; k-- {
		t := &toks[k]
		if t.Sentence != toks[i].Sentence || t.Kind != lint.Word {
			break
		}
		if !t.Has(lint.Capitalized) && !nameJoiner[t.Text] {
			break
		}
		start, words = k, words+1
	}
	for start < i && nameJoiner[toks[start].Text] {
		start++
	}
	if start == i {
		return false
	}
	code := lexicon.CountryOfDemonym(toks[start].Text)
	return code != "" && !englishNamed[code]
}

var nameJoiner = map[string]bool{"of": true, "for": true, "and": true}

// englishNamed are the countries whose public bodies have names in
// English of their own (English is a main official language).
var englishNamed = map[string]bool{
	"US": true, "GB": true, "CA": true, "AU": true, "NZ": true, "IE": true, "IN": true, "ZA": true,
	"SG": true, "NG": true, "KE": true, "GH": true, "PH": true, "JM": true, "MT": true, "PK": true,
	"UG": true, "ZW": true, "ZM": true, "BW": true, "TT": true, "BS": true, "BB": true, "FJ": true,
}
