package variety

import (
	"sync"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
)

// factWord is a word that shows a fact about an article's variety, as
// written (case matters: US, not us).
type factWord struct {
	text    string
	fold    uint32  // lint.FoldHash(text)
	country uint8   // the country of countryOf it names, or 0
	title   bool    // a word titleConvention knows (Mr, U.S., Jan, Tuesday)
	dates   dateSet // the sets of titleConvention's dates and states it is in
	kind    factKind
}

// dateSet holds the sets of dates and states a factWord is in: apMonths,
// fullMonths, weekdays, apStates, one bit each (the text of a factWord is
// exact, as the sets' are: a bit is what a look-up of the text would say).
type dateSet uint8

const (
	inAPMonths dateSet = 1 << iota
	inFullMonths
	inWeekdays
	inAPStates
)

// factKind says what else a factWord shows.
type factKind uint8

const (
	plainWord    factKind = iota // nothing else
	percentWord                  // percent: an American convention
	perWord                      // per, of per cent: a British one
	pluralVerb                   // were, are, have: after a team's name (England were), British
	currencySign                 // £, $, €: before an amount in m or bn (£3bn), British; $ after C or A
	rupeeSign                    // ₹: before an Indian amount (₹450), read there (amountAt)
	laborWord                    // Labor, Labor's: the Australian party (laborParty)
	stateWord                    // premier after state, Territory after Northern: Australian
)

// factIndex finds the factWords by the Fold of a token: an open-addressing
// table whose slots, chosen by the high bits of the Fold, hold 1 + the
// position of a word in words (0: empty), behind a one-bit filter of their
// Folds, by its low bits (which varcon's filter of the stops, from which
// the tokens come, reads the least), that turns away nearly every other
// token with one load and no branch of its own. A hit compares the text.
// (FoldHash mixes all its bits: both are read from the Fold as it is.)
type factIndex struct {
	filter [1 << (filterBits - 6)]uint64
	slots  [1 << factBits]uint16
	words  []factWord
}

// factBits is the base-2 logarithm of the number of slots: the four
// hundred and more factWords fill under a third of them. filterBits is that
// of the bits of the filter, of which they set under one in seventy.
const (
	factBits   = 11
	filterBits = 15
)

// may reports whether a token of that Fold may be a factWord.
func (x *factIndex) may(fold uint32) bool {
	k := fold & (1<<filterBits - 1)
	return x.filter[k>>6]&(1<<(k&63)) != 0
}

// find returns the factWord that t is, or nil.
func (x *factIndex) find(t *lint.Token) *factWord {
	const mask = 1<<factBits - 1
	for k := t.Fold >> (32 - factBits); ; k = (k + 1) & mask {
		s := x.slots[k]
		if s == 0 {
			return nil
		}
		if w := &x.words[s-1]; w.fold == t.Fold && w.text == t.Text {
			return w
		}
	}
}

// add adds text with what it shows to the word of that text, or as a new
// word.
func (x *factIndex) add(text string, set func(*factWord)) {
	const mask = 1<<factBits - 1
	fold := lint.FoldHash(text)
	k := fold >> (32 - factBits)
	for ; x.slots[k] != 0; k = (k + 1) & mask {
		if w := &x.words[x.slots[k]-1]; w.text == text {
			set(w)
			return
		}
	}
	f := fold & (1<<filterBits - 1)
	x.filter[f>>6] |= 1 << (f & 63)
	x.words = append(x.words, factWord{text: text, fold: fold})
	set(&x.words[len(x.words)-1])
	x.slots[k] = uint16(len(x.words))
}

// factWords is the index of the words articleFacts reads, made on first
// use (FoldHash values are never written into the program).
var factWords = sync.OnceValue(func() *factIndex {
	x := new(factIndex)
	for w, c := range countryOf {
		x.add(w, func(f *factWord) { f.country = c })
	}
	for _, w := range titleWords {
		x.add(w, func(f *factWord) { f.title = true })
	}
	for _, d := range []struct {
		set map[string]bool
		bit dateSet
	}{{apMonths, inAPMonths}, {fullMonths, inFullMonths}, {weekdays, inWeekdays}, {apStates, inAPStates}} {
		for w := range d.set {
			x.add(w, func(f *factWord) { f.title, f.dates = true, f.dates|d.bit })
		}
	}
	kinds := map[string]factKind{"percent": percentWord, "per": perWord,
		"were": pluralVerb, "are": pluralVerb, "have": pluralVerb, "£": currencySign, "$": currencySign, "€": currencySign, "₹": rupeeSign,
		"Labor": laborWord, "Labor's": laborWord, "Labor’s": laborWord,
		"premier": stateWord, "Premier": stateWord, "premiers": stateWord, "Premiers": stateWord, "Territory": stateWord}
	for w, k := range kinds {
		x.add(w, func(f *factWord) { f.kind = k })
	}
	return x
})

// factStops has varcon.ScanStops list the tokens that may be factWords
// or units of an amount, which factsAt reads, besides the words Scan looks
// up for spelling-variety (senseSet): one walk over an article's tokens
// instead of two.
var factStops = varcon.NewStops(senseSet, func() []string {
	x := factWords()
	texts := make([]string, 0, len(x.words)+len(indianUnits)+len(dollarUnits))
	for i := range x.words {
		texts = append(texts, x.words[i].text)
	}
	return append(append(texts, indianUnits...), dollarUnits...)
})

// titleWords are the words titleConvention reads besides the months,
// weekdays and states: the dotted U.S., the wire's titles, courtesy titles
// and the wires' names in a dateline.
var titleWords = []string{"U.S.", "U.S", "Sen", "Rep", "Gov", "Sen.", "Rep.", "Gov.", "Mr", "Mrs", "Ms", "Dr", "AP", "Reuters", "AFP"}
