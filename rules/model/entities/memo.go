package entities

import "github.com/factlint/factlint/rules/internal/lexicon"

// lexInfo is what the lexicon says of one word, each answer looked up at
// most once per document.
type lexInfo struct {
	have                           uint8
	common, surname, proper, place bool
	first                          lexicon.Gender
	country, demonym               string
}

const (
	haveCommon uint8 = 1 << iota
	haveSurname
	haveProper
	havePlace
	haveFirst
	haveCountry
	haveDemonym
)

func (b *builder) lex(w string) *lexInfo {
	li, ok := b.memo[w]
	if !ok {
		li = &lexInfo{}
		b.memo[w] = li
	}
	return li
}

func (b *builder) isCommon(w string) bool {
	li := b.lex(w)
	if li.have&haveCommon == 0 {
		li.have |= haveCommon
		li.common = lexicon.IsCommonWord(w)
	}
	return li.common
}

func (b *builder) isSurname(w string) bool {
	li := b.lex(w)
	if li.have&haveSurname == 0 {
		li.have |= haveSurname
		li.surname = lexicon.IsSurname(w)
	}
	return li.surname
}

func (b *builder) isProper(w string) bool {
	li := b.lex(w)
	if li.have&haveProper == 0 {
		li.have |= haveProper
		li.proper = lexicon.IsProperName(w)
	}
	return li.proper
}

func (b *builder) isPlace(w string) bool {
	li := b.lex(w)
	if li.have&havePlace == 0 {
		li.have |= havePlace
		li.place = lexicon.IsPlace(w)
	}
	return li.place
}

func (b *builder) firstGender(w string) lexicon.Gender {
	li := b.lex(w)
	if li.have&haveFirst == 0 {
		li.have |= haveFirst
		li.first = lexicon.FirstNameGender(w)
	}
	return li.first
}

func (b *builder) isFirst(w string) bool { return b.firstGender(w) != lexicon.NotAName }

func (b *builder) country(w string) string {
	li := b.lex(w)
	if li.have&haveCountry == 0 {
		li.have |= haveCountry
		li.country = lexicon.CountryByName(w)
	}
	return li.country
}

func (b *builder) demonym(w string) string {
	li := b.lex(w)
	if li.have&haveDemonym == 0 {
		li.have |= haveDemonym
		li.demonym = lexicon.CountryOfDemonym(w)
	}
	return li.demonym
}

func (b *builder) isKnown(w string) bool { return b.isFirst(w) || b.isSurname(w) || b.isProper(w) }

// Token facts computed once per token.
const (
	tiDone uint8 = 1 << iota
	tiHead
	tiTitleish
)

func (b *builder) tokFacts(i int) uint8 {
	f := b.facts[i]
	if f&tiDone != 0 {
		return f
	}
	f = tiDone
	t := &b.toks[i]
	w := tokWord(t)
	lw := stripPrefix(b.lowerTok(i, w))
	if titleHeads[lw] {
		f |= tiHead
	}
	if t.Kind != 0 { // not a word
		if t.Text == "&" || t.Text == "-" {
			f |= tiTitleish
		}
	} else if titleWords[lw] || titleHeads[lw] || isCap(t) && (b.country(w) != "" || b.demonym(w) != "") {
		f |= tiTitleish
	}
	b.facts[i] = f
	return f
}

// lowerTok is the lower-case form of w (token i's word), cached by text.
func (b *builder) lowerTok(i int, w string) string {
	if !needsLower(w) {
		return w
	}
	if l, ok := b.lowMemo[w]; ok {
		return l
	}
	l := lower(w)
	b.lowMemo[w] = l
	return l
}

func needsLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}
