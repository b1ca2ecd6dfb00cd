package entities

import (
	"runtime"
	"sync"

	"github.com/factlint/factlint/internal/longpool"
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/internal/scratch"
)

// lexInfo is what the builder knows of one distinct word (or name): each
// answer of the lexicon, its lower-case and folded forms, its title facts,
// computed once and kept across the documents the builder builds (they
// depend on the word alone), and its count of mid-sentence capitals in the
// current document.
type lexInfo struct {
	// The fields read for most tokens come first, together in one or two
	// cache lines; the strings follow.
	have                           uint16
	common, surname, proper, place bool
	commonFirst                    bool
	nameShaped                     bool // isNameShaped
	first                          lexicon.Gender
	// facts are the title facts of a word token with this word, capitalised
	// ([1]) or not ([0]).
	facts [2]uint8
	// isCountry and isDemonym say that country and demonym are not empty
	// (set with them), so that the tests read the first cache line only.
	isCountry, isDemonym bool
	// midCap counts the word's capitalised occurrences where capitals are
	// not automatic (see scanCase) in document gen.
	midCap int32
	gen    uint32
	// nw is the index + 1 of the nameWord of the word's folded form in
	// nearMisses of document nwGen (0: none, the form is too short).
	nw    int32
	nwGen uint32
	// blockKeys of the folded word: bkeys[bk : bk+nbk] (nbk 0: not yet).
	bk, nbk int32
	// foldRep is the vocabulary index + 1 of the word's folded form, a
	// word of its own (0: not yet): the words of one folded form share it
	// (see foldRepID).
	foldRep int32
	// kind1 is the kind + 2 (0: not known yet) classify gives a run of
	// this word alone, not in capitals ([0]) and in capitals ([1]).
	kind1 [2]int8
	text  string
	// (64 bytes: an entry of the slice, whose start a large allocation
	// aligns, is one cache line.)
}

// lexCold is the part of a word's entry read for the names of each
// document, kept apart (builder.cold, by the same index) so that the
// entries read for every token are 64 bytes (one cache line, see
// TestEntryLayout) instead of 224: the vocabulary of the documents a
// builder has seen fills less cache. It is 64 bytes too, one cache line
// (a word new to the document is mostly a cache miss per line of its
// entry read): nearMisses and group read that of a word's folded form
// (see foldRepID), classify that of a name of two words.
type lexCold struct {
	// For a folded form (or a name's folded key, see nameKeyID): fnw is
	// the index + 1 of its nameWord in nearMisses of document fnwGen; sur
	// the index of the list of people of that folded surname, full and
	// single the entity of that full or one-word name in group of document
	// surGen, fullGen and singleGen.
	fnw                int32
	fnwGen             uint32
	sur                int32
	surGen             uint32
	full, single       int32
	fullGen, singleGen uint32

	// fold is Fold of the word (a folded form's is set with foldRep, so
	// that nearMisses reads the folded form's entry alone).
	fold string
	// kind2 is, for a name of the two words pair (vocabulary indices + 1),
	// the kind + 2 (0: not known yet; +16 a person, +32 surname first)
	// classify gives its run without or with an age after it ([1]) and a
	// title noun and comma before it ([2]).
	pair  [2]int32
	kind2 [4]int8
	// foldMask is letterMask(fold) of a folded form, set by nearMisses
	// on first use (0: not yet, or a form with no letter a-z, whose mask
	// is then worked out again, to 0, each time).
	foldMask uint32
}

// lexRare is the part of a word's entry read for few words (builder.rare,
// by the same index).
type lexRare struct {
	lower string
	// title holds what is read once from the word when it is a title's
	// text or a first name (few words are): made on first use, so that
	// the entries of all other words stay small (a builder keeps up to
	// maxVocab of them, and a page of a million distinct words two million
	// for the page).
	title *titleMemo
	// country, demonym and placeCountry are the word's country codes as a
	// country's name, a demonym and a place's name (see placeFacts):
	// numbers, so that the entries hold fewer pointers for the collector
	// to scan.
	country, demonym, placeCountry lexicon.Code
	// nameGender is nameGender of the word, a person's name (a Gender in
	// a byte).
	nameGender uint8
}

// titleMemo is what the model reads once from a title's text, or from a
// first name.
type titleMemo struct {
	// firstWhy is the evidence text "first name " + the word.
	firstWhy string
	// head is titleHead of the text.
	head string
	// ev are the gendered words of the text, when evDone (see
	// titleEvidence).
	ev     []genderWhy
	evDone bool
	// country and modifier are titleWords of the text, when done.
	country, modifier string
	done              bool
}

// titleOf returns the title memo of vocabulary entry id, made on first use.
func (b *builder) titleOf(id int32) *titleMemo {
	c := &b.rare[id]
	if c.title == nil {
		c.title = new(titleMemo)
	}
	return c.title
}

const (
	haveCommon uint16 = 1 << iota
	haveSurname
	haveProper
	havePlaceFacts // place, isCountry, isDemonym and their codes (placeFacts)
	haveFirst
	haveLower
	haveFold
	haveCommonFirst
	haveFirstWhy
	haveNameShaped
	haveTitleHead
	haveNameGender
)

// idSlot returns the vocabulary index of w, whose slot has h and pre (see
// slotH and slotPre), adding it when new. The vocabulary outlives the
// document: w is copied, so that it does not hold the document's text.
func idSlot[K string | []byte](b *builder, w K, h uint32, pre uint64) int32 {
	if len(b.vocab.slots) != 0 {
		if id, _ := lookupSlot(&b.vocab, b.infos, w, h, pre); id >= 0 {
			return id
		}
	}
	return addWord(b, w, h, pre)
}

// addWord gives w, which the vocabulary does not hold, whose slot has h
// and pre, the next index (idSlot's adding, out of line: docIDFold looks
// words up itself, and most are known).
func addWord[K string | []byte](b *builder, w K, h uint32, pre uint64) int32 {
	c := keepText(b, w) // (w itself does not leak: it may be a scratch key)
	if len(b.infos) == cap(b.infos) {
		b.growVocab()
	}
	id := b.vocab.addSlot(h, pre)
	b.infos = append(b.infos, lexInfo{text: c})
	b.cold.push()
	b.rare = append(b.rare, lexRare{})
	return id
}

// minVocabRoom is the number of words a builder's vocabulary has room for
// when it first grows.
const minVocabRoom = 1 << 10

// growVocab gives the vocabulary's slices (infos, rare; cold
// grows a page at a time, see paged) room
// for four times as many words, up to maxVocab: append would grow them by
// a quarter at a time once they are large, and a builder meeting its first
// ~15k words (a run over a fresh folder) copied its ~3 MB of entries some
// twenty times. Four times rather than twice: a fresh run's copies (with
// the collector's write barriers, its entries hold pointers) and new
// zeroed slices are 1k+4k entries instead of 1k+2k+4k+8k, and the room
// ends at the same 16k for a corpus's ~15k words. Beyond maxVocab (a
// frozen vocabulary's document words) append grows them as it likes, up
// to 4*maxVocab words; past that (one long document) twice the room at
// a time.
//
//go:noinline
func (b *builder) growVocab() {
	n := len(b.infos)
	room := min(max(minVocabRoom, 4*n), maxVocab)
	if n >= maxVocab {
		if n < 4*maxVocab {
			return
		}
		// A page of many distinct words: twice as much room at a time
		// (append's quarter at a time copied the entries some twenty
		// times more on the way to a million).
		room = 2 * n
	}
	b.infos = append(make([]lexInfo, 0, room), b.infos...)
	b.rare = append(make([]lexRare, 0, room), b.rare...)
}

// midCapOf is the number of mid-sentence capitalised occurrences of the
// word in this document.
func (b *builder) midCapOf(id int32) int32 {
	if li := &b.infos[id]; li.gen == b.gen {
		return li.midCap
	}
	return 0
}

// countCap counts a capitalised occurrence of the word, mid (capitals not
// automatic) or not, for midCapOf. It is written without a branch on
// either test (Go selects the values), which are taken in no pattern.
func (b *builder) countCap(id int32, mid bool) {
	li := &b.infos[id]
	n := li.midCap
	if li.gen != b.gen {
		n = 0
	}
	if mid {
		n++
	}
	li.gen, li.midCap = b.gen, n
}

// blockKeysID returns the near-miss blocking keys of the word's folded form.
func (b *builder) blockKeysID(id int32) []uint64 {
	li := &b.infos[id]
	if li.nbk == 0 {
		k := len(b.bkeys)
		if cap(b.bkeys)-k < maxSlipWord+8 {
			// Twice the room (a word has at most maxSlipWord+4 keys):
			// append would add a quarter at a time once the keys are
			// many, and a page of a million names made four times its
			// keys in copies left to the collector.
			b.bkeys = grow(b.bkeys, max(k, 1024))
		}
		b.bkeys = blockKeys(b.bkeys, b.foldID(id))
		li = &b.infos[id]
		li.bk, li.nbk = int32(k), int32(len(b.bkeys)-k)
		if b.frozen && id < b.base {
			b.bkOld = append(b.bkOld, id)
		}
	}
	return b.bkeys[li.bk : li.bk+li.nbk]
}

// wid returns the vocabulary index of token i's word (possessive ending
// removed), looked up once per token.
func (b *builder) wid(i int) int32 {
	if x := b.tokID[i]; x != 0 {
		return x - 1 // known: read inline
	}
	return b.widSlow(i)
}

// widSlow looks token i's word up the first time: by the token's Fold
// when the word is its whole text (no possessive ending to cut).
func (b *builder) widSlow(i int) int32 {
	t := &b.toks[i]
	w, fold := t.Text, t.Fold
	if c := int(b.shape[i] & tsCut); c != 0 {
		// (tokWordAt: the possessive ending cut, the word hashed)
		w = w[:len(w)-c]
		fold = lint.FoldHash(w)
	}
	id := docIDFold(b, w, fold)
	b.tokID[i] = id + 1
	return id
}

// localSlot is a slot of the document's own word table: the low half of
// the word's hash and its vocabulary index (a word longer than eight bytes
// is compared with the vocabulary's copy; the slot holds no pointer, so
// that filling it needs no write barrier). Slots of other documents (gen)
// count as empty, so the table is never cleared.
type localSlot struct {
	pre    uint64 // as in vocabSlot: words of up to eight bytes compare here
	h, gen uint32 // h as in vocabSlot
	id     int32
}

// docID returns the vocabulary index of w through the document's own
// table: it is small and fresh in the cache, and the vocabulary, much
// larger, is searched once per distinct word (or name) of the document
// instead of once per lookup. Every word fact of a document is read
// through it.
func (b *builder) docID(w string) int32 { return docIDOf(b, w) }

// docIDOf is docID of a string or of a byte slice (a key built in
// scratch: it is copied only when the vocabulary adds it).
func docIDOf[K string | []byte](b *builder, w K) int32 { return docIDFold(b, w, foldHash(w)) }

// docIDFold is docIDOf with the foldHash of w given (a token's Fold).
// The table is grown when a word new to the document would fill more than
// half of it, not tested before every lookup: most lookups are of words
// the document holds already, or end at the first empty slot.
//
// Its calls all end it (return their result): docIDNew (a word the
// vocabulary does not know yet, or no table yet, or one to grow) and
// docIDLong (a word of more than eight bytes, compared with its text).
// With a call that it returned from, it kept its arguments and probe on
// the stack for every lookup.
func docIDFold[K string | []byte](b *builder, w K, fold uint32) int32 {
	// slotPre(w), written out: its call (too big to inline) made this
	// function keep its values on the stack around it, and more than half
	// of the lookups end at the first slot (TestDocIDLocalGrowth checks
	// that the slots hold slotPre's value).
	var pre uint64
	switch n := len(w); {
	case n >= 8:
		pre = le64(w)
	case n >= 4:
		pre = uint64(le32(w)) | uint64(le32(w[n-4:]))<<32
	case n > 0:
		pre = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h := slotH(len(w), fold)
	local, gen := b.local, b.gen
	mask := len(local) - 1
	if mask < 0 {
		// No table yet (a new builder, or one whose table was let go).
		return docIDNew(b, w, h, pre, -1)
	}
	for p := int(h) & mask; ; p = (p + 1) & mask {
		s := &local[p]
		if s.gen != gen {
			// A word of up to eight bytes that the vocabulary knows
			// (most words new to the document) is found here: its slot
			// there tells it without its text.
			if len(w) > 8 || 2*(b.nlocal+1) > len(local) || len(b.vocab.slots) == 0 {
				return docIDNew(b, w, h, pre, p)
			}
			id := b.vocab.lookupShort(h, pre)
			if id < 0 {
				return docIDNew(b, w, h, pre, p)
			}
			*s = localSlot{h: h, gen: gen, id: id, pre: pre}
			b.nlocal++
			return id
		}
		if s.h == h && s.pre == pre {
			if len(w) <= 8 {
				return s.id
			}
			return docIDLong(b, w, h, pre, p)
		}
	}
}

// docIDLong is docIDFold of w, a word of more than eight bytes whose slot
// has h and pre, from slot p of the document's table, a slot of the same h
// and pre: the word is compared with its text there, and looked for
// further on when it is another word.
//
//go:noinline
func docIDLong[K string | []byte](b *builder, w K, h uint32, pre uint64, p int) int32 {
	mask := len(b.local) - 1
	for ; ; p = (p + 1) & mask {
		s := &b.local[p]
		if s.gen != b.gen {
			return docIDNew(b, w, h, pre, p)
		}
		if s.h == h && s.pre == pre && b.infos[s.id].text == string(w) {
			return s.id
		}
	}
}

// docIDNew is docIDFold of w, whose slot has h and pre, a word the
// document's table does not hold, whose slot there is p (-1: there is no
// table yet): the table grows first when the word would fill more than
// half of it.
//
//go:noinline
func docIDNew[K string | []byte](b *builder, w K, h uint32, pre uint64, p int) int32 {
	if p < 0 || 2*(b.nlocal+1) > len(b.local) {
		if len(b.local) < maxLocal {
			// (The slot found is the smaller table's: the word is looked
			// for again in the larger one. h, given as its fold hash,
			// gives h again: slotH reads the low 28 bits.)
			b.growLocal()
			return docIDFold(b, w, h)
		}
		// Half full at its largest: the word is looked up in the
		// vocabulary alone.
		return idSlot(b, w, h, pre)
	}
	// (idSlot looks the word up in the vocabulary, and adds it when new:
	// docIDFold did not look for a word of more than eight bytes there,
	// and did not find a shorter one, which is then new, and rare.)
	id := idSlot(b, w, h, pre)
	b.local[p] = localSlot{h: h, gen: b.gen, id: id, pre: pre}
	b.nlocal++
	return id
}

// minLocal is the size of the document's word table at its start, and
// maxLocal the most it grows to: it is a copy of part of the vocabulary,
// of the document's first words, and a page of a million distinct words
// made it 8M slots (192 MB). Once it is half full, the words it does not
// hold are looked up in the vocabulary alone (docIDFold).
const minLocal = 256

var maxLocal = 1 << 17 // a variable for the tests

func (b *builder) growLocal() {
	old := b.local
	n := max(minLocal, 2*len(old))
	if cap(old) >= n {
		// Room in the table an earlier document grew: the live slots are
		// taken out and put back into the larger prefix.
		live := b.localTmp[:0]
		for p := range old {
			if old[p].gen == b.gen {
				live = append(live, old[p])
				old[p].gen = 0
			}
		}
		b.localTmp = live
		old = live
		b.local = b.local[:n]
	} else {
		b.local = make([]localSlot, n)
	}
	mask := len(b.local) - 1
	for _, s := range old {
		if s.gen != b.gen {
			continue
		}
		p := int(s.h) & mask
		for b.local[p].gen == b.gen {
			p = (p + 1) & mask
		}
		b.local[p] = s
	}
}

// remember returns the fact *v of the word li, computing it with f from
// the word's text the first time (bit marks it known in li.have).
func remember[T any](li *lexInfo, bit uint16, v *T, f func(string) T) T {
	if li.have&bit == 0 {
		li.have |= bit
		*v = f(li.text)
	}
	return *v
}

func (b *builder) commonID(id int32) bool {
	if li := &b.infos[id]; li.have&haveCommon != 0 {
		return li.common // known: read inline
	}
	return b.commonSlow(id)
}

// commonSlow asks the lexicon whether the word is a common word, once.
func (b *builder) commonSlow(id int32) bool {
	c := lexicon.IsCommonLower(b.lowerID(id))
	li := &b.infos[id]
	li.have |= haveCommon
	li.common = c
	return c
}

func (b *builder) surnameID(id int32) bool {
	li := &b.infos[id]
	return remember(li, haveSurname, &li.surname, lexicon.IsSurname)
}

func (b *builder) properID(id int32) bool {
	li := &b.infos[id]
	return remember(li, haveProper, &li.proper, lexicon.IsProperName)
}

func (b *builder) placeID(id int32) bool {
	if li := &b.infos[id]; li.have&havePlaceFacts != 0 {
		return li.place
	}
	return b.placeSlow(id)
}

// placeSlow is kept out of line so that placeID, its first test, is small
// enough to inline.
//
//go:noinline
func (b *builder) placeSlow(id int32) bool { return b.placeFacts(id).place }

// placeFacts asks the lexicon's country and place tables about the word
// once for its four facts there (IsPlace, CountryByName, CountryOfDemonym,
// PlaceCountry), instead of once per fact: a word new to the vocabulary
// is mostly asked for more than one.
func (b *builder) placeFacts(id int32) *lexInfo {
	li := &b.infos[id]
	p := lexicon.LookupPlace(li.text)
	country, demonym, where := countryByName(li.text, p), countryOfDemonym(li.text, p), p.PlaceCode()
	li.have |= havePlaceFacts
	li.place, li.isCountry, li.isDemonym = p.IsPlace(), country != 0, demonym != 0
	if country|demonym|where != 0 {
		// (A new entry's codes are 0: most words are none of these, and
		// their cold entry is not written.)
		c := &b.rare[id]
		c.country, c.demonym, c.placeCountry = country, demonym, where
	}
	return li
}

func (b *builder) firstID(id int32) lexicon.Gender {
	li := &b.infos[id]
	return remember(li, haveFirst, &li.first, lexicon.FirstNameGender)
}

// nameShapedID is isNameShaped of the word.
func (b *builder) nameShapedID(id int32) bool {
	li := &b.infos[id]
	return remember(li, haveNameShaped, &li.nameShaped, isNameShaped)
}

func (b *builder) commonFirstID(id int32) bool {
	li := &b.infos[id]
	return remember(li, haveCommonFirst, &li.commonFirst, lexicon.IsCommonFirstName)
}

// countryID is the code of the country the word names, or "". (It and
// demonymID and placeCountryID test the word's first cache line first:
// most words are none of these, and their cold entry is not read.)
func (b *builder) countryID(id int32) string {
	if !b.hasCountry(id) {
		return ""
	}
	return b.rare[id].country.String()
}

// countryByName is lexicon.CountryByName of w, whose Place is p, except
// that a bare Korea (and Korean) is the South, as in most news copy; the
// lexicon gives the first of its two entries, the North (North Korea is
// read whole where the two words stand together).
func countryByName(w string, p lexicon.Place) lexicon.Code {
	if w == "Korea" || w == "KOREA" {
		return lexicon.CodeOf("KR")
	}
	if c := p.CountryCode(); c != 0 {
		return c
	}
	return lexicon.CountryAfterThe(w)
}

// countryOfDemonym is lexicon.CountryOfDemonym of w, whose Place is p,
// with Korean the South's (see countryByName).
func countryOfDemonym(w string, p lexicon.Place) lexicon.Code {
	if w == "Korean" || w == "Koreans" {
		return lexicon.CodeOf("KR")
	}
	return p.DemonymCode()
}

func (b *builder) demonymID(id int32) string {
	if !b.hasDemonym(id) {
		return ""
	}
	return b.rare[id].demonym.String()
}

// hasCountry is countryID(id) != "".
func (b *builder) hasCountry(id int32) bool {
	if li := &b.infos[id]; li.have&havePlaceFacts != 0 {
		return li.isCountry
	}
	return b.hasCountrySlow(id)
}

// hasCountrySlow is kept out of line so that hasCountry, its first test,
// is small enough to inline.
//
//go:noinline
func (b *builder) hasCountrySlow(id int32) bool { return b.placeFacts(id).isCountry }

// hasDemonym is demonymID(id) != "".
func (b *builder) hasDemonym(id int32) bool {
	if li := &b.infos[id]; li.have&havePlaceFacts != 0 {
		return li.isDemonym
	}
	return b.hasDemonymSlow(id)
}

// hasDemonymSlow is kept out of line so that hasDemonym, its first test,
// is small enough to inline.
//
//go:noinline
func (b *builder) hasDemonymSlow(id int32) bool { return b.placeFacts(id).isDemonym }

// placeCountryID is the code of the country of the place the word names,
// or "" (a word with a place country is a place: placeID).
func (b *builder) placeCountryID(id int32) string {
	if !b.placeID(id) {
		return ""
	}
	return b.rare[id].placeCountry.String()
}

// firstWhyID is the evidence text of the word as a first name.
func (b *builder) firstWhyID(id int32) string {
	li := &b.infos[id]
	return remember(li, haveFirstWhy, &b.titleOf(id).firstWhy, func(w string) string { return "first name " + w })
}

// lowerID is the lower-case form of the word.
func (b *builder) lowerID(id int32) string {
	if b.infos[id].have&haveLower != 0 {
		return b.rare[id].lower
	}
	return b.lowerSlow(id)
}

// lowerSlow works the word's lower-case form out, once. That of an ASCII
// word the vocabulary keeps (Smith, most capitalised words) is written
// into its blocks of text (see keepText) instead of a string of its own.
// It returns the form.
func (b *builder) lowerSlow(id int32) string {
	li := &b.infos[id]
	w := li.text
	var lw string
	if !b.frozen || id < b.base {
		lw = lowerKept(&b.texts, w)
	} else {
		lw = lower(w)
	}
	li.have |= haveLower
	b.rare[id].lower = lw
	return lw
}

// foldID is Fold of the word.
func (b *builder) foldID(id int32) string {
	if b.infos[id].have&haveFold != 0 {
		return b.coldAt(id).fold
	}
	return b.foldSlow(id)
}

// foldSlow works the word's folded form out, once. A word whose lower-case
// form is known and is plain ASCII letters and digits (most capitalised
// words: Smith) folds to that form, which it shares instead of Fold
// building a copy of its own: each rune of such a word lowers to one ASCII
// letter or digit, which Fold keeps as it is (its table maps letters
// beyond ASCII only). Another word the vocabulary keeps (a name of two
// words: Boris Johnson) has its form written into its blocks of text. It
// returns the form.
func (b *builder) foldSlow(id int32) string {
	li := &b.infos[id]
	f := b.rare[id].lower
	if li.have&haveLower == 0 || !alnumASCII(f) {
		if !b.frozen || id < b.base {
			f = foldKept(&b.texts, li.text)
		} else {
			f = Fold(li.text)
		}
	}
	li.have |= haveFold
	b.coldAt(id).fold = f
	return f
}

// alnumASCII reports whether s holds only a-z and 0-9.
func alnumASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// foldRepID is the vocabulary index of the word's folded form, itself a
// vocabulary word: the words of one folded form (Müller, Muller) share it,
// so that nearMisses finds a folded form's entry by an array read instead
// of a table of strings per document. It is kept with the word unless the
// frozen vocabulary drops the folded form when this document is done.
func (b *builder) foldRepID(id int32) int32 {
	if r := b.infos[id].foldRep; r != 0 {
		return r - 1 // known: read inline
	}
	return b.foldRepSlow(id)
}

// foldRepSlow looks the word's folded form up (kept out of line, so that
// foldRepID is small enough to inline). The folded form, its own fold
// (Fold is idempotent), is given its fold, so that nearMisses reads it in
// the cache line of the form's stamps instead of the word's (and sets the
// form's foldMask there on first use, see setFoldMask).
func (b *builder) foldRepSlow(id int32) int32 {
	f := b.foldID(id)
	r := b.docID(f)
	if !b.frozen || r < b.base {
		b.infos[id].foldRep = r + 1
	}
	if rl := &b.infos[r]; rl.have&haveFold == 0 {
		rl.have |= haveFold
		b.coldAt(r).fold = f
	}
	return r
}

// nameKeyID is the vocabulary index of foldKey(idx), the folded key by
// which group finds a name's entity: foldRepID for one word (no key is
// built), the key itself made a vocabulary word for more.
func (b *builder) nameKeyID(idx []int) int32 {
	if len(idx) == 1 {
		return b.foldRepID(b.wid(idx[0]))
	}
	return docIDOf(b, b.foldKey(idx))
}

// runKeyID is nameKeyID(idx) for tokens idx of the name run nr: for all
// of its tokens, the folded form of its text (foldKey(nr.toks) is
// Fold(nr.text)), kept with the text's vocabulary entry, so that no key is
// built or hashed once the name has been seen.
func (b *builder) runKeyID(nr *nameRun, idx []int) int32 {
	if len(idx) == len(nr.toks) {
		return b.foldRepID(nr.fullID)
	}
	return b.nameKeyID(idx)
}

// headOfTitle is titleHead(s) of a title's text s, kept with the text's
// vocabulary entry: a title is read once, not at each look.
func (b *builder) headOfTitle(s string) string {
	id := b.docID(s)
	return remember(&b.infos[id], haveTitleHead, &b.titleOf(id).head, titleHead)
}

// titleEvidence is e.addTitleEvidence(text, sp), the gendered words of a
// title's text read once per text and kept with its vocabulary entry.
func (b *builder) titleEvidence(e *Entity, text string, sp lint.Span) {
	t := b.titleOf(b.docID(text))
	if !t.evDone {
		var words Entity // (its Evidence only)
		words.addTitleEvidence(text, sp)
		t.evDone, t.ev = true, nil
		for _, ev := range words.Evidence {
			t.ev = append(t.ev, genderWhy{ev.Gender, ev.Why})
		}
	}
	for _, gw := range t.ev {
		e.Evidence = append(e.Evidence, Evidence{Gender: gw.g, Why: gw.why, Span: sp, Source: FromTitle})
	}
}

// genderWhy is a gender and its evidence text.
type genderWhy struct {
	g   Gender
	why string
}

// foldNameWord is the index + 1 of the nameWord of folded form f in this
// document's nearMisses, 0 when no word has that form.
func (b *builder) foldNameWord(f string) int32 {
	if id, _ := b.vocab.lookup(b.infos, f); id >= 0 {
		if c := b.coldAt(id); c.fnwGen == b.gen {
			return c.fnw
		}
	}
	return 0
}

func (b *builder) isCommon(w string) bool              { return b.commonID(b.docID(w)) }
func (b *builder) isPlace(w string) bool               { return b.placeID(b.docID(w)) }
func (b *builder) firstGender(w string) lexicon.Gender { return b.firstID(b.docID(w)) }
func (b *builder) demonym(w string) string             { return b.demonymID(b.docID(w)) }
func (b *builder) isFirstID(id int32) bool             { return b.firstID(id) != lexicon.NotAName }
func (b *builder) isKnownID(id int32) bool {
	return b.isFirstID(id) || b.surnameID(id) || b.properID(id)
}
func (b *builder) isKnown(w string) bool     { return b.isKnownID(b.docID(w)) }
func (b *builder) tokCommon(i int) bool      { return b.commonID(b.wid(i)) }
func (b *builder) tokLower(i int) string     { return b.lowerID(b.wid(i)) }
func (b *builder) tokCountry(i int) string   { return b.countryID(b.wid(i)) }
func (b *builder) tokDemonym(i int) string   { return b.demonymID(b.wid(i)) }
func (b *builder) tokCommonFirst(i int) bool { return b.commonFirstID(b.wid(i)) }
func (b *builder) tokFold(i int) string      { return b.foldID(b.wid(i)) }
func (b *builder) textLower(i int) string    { return b.lowerTok(i, b.toks[i].Text) }

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
	t := &b.toks[i]
	// Punctuation, numbers and addresses are no title words (& and - may
	// stand inside one); a lower-case word's facts come from the tables
	// alone. Only capitalised words need the vocabulary (a country or
	// demonym is a title word too).
	if t.Kind != lint.Word {
		f = tiDone
		if t.Text == "&" || t.Text == "-" {
			f |= tiTitleish
		}
		b.facts[i] = f
		return f
	}
	if lowerASCII(t) {
		f = tiDone | lowerWordFacts(t, b.tokWordAt(i))
		b.facts[i] = f
		return f
	}
	id := b.wid(i)
	c := 0
	if isCap(t) {
		c = 1
	}
	if t.Kind == lint.Word {
		if f := b.infos[id].facts[c]; f != 0 {
			b.facts[i] = f
			return f
		}
	}
	f = tiDone | lowerTitleFacts(b.lowerID(id))
	if f&tiTitleish == 0 && isCap(t) && (b.hasCountry(id) || b.hasDemonym(id)) {
		f |= tiTitleish
	}
	b.infos[id].facts[c] = f
	b.facts[i] = f
	return f
}

// lowerWordFacts is the title facts of w, the word of t, a lower-case ASCII
// token (lowerASCII). Most words are turned away by their Fold (the word is
// the token's whole text and carries no prefix to strip).
func lowerWordFacts(t *lint.Token, w string) uint8 {
	if len(w) != len(t.Text) || titleFoldBits.Has(t.Fold) || mayStripTitle(w) {
		return lowerTitleFacts(w)
	}
	return 0
}

// titleFactTable holds the title facts of the lower-case title words and
// heads.
var titleFactTable = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range titleWords {
		m[w] |= tiTitleish
	}
	for w := range titleHeads {
		m[w] |= tiTitleish | tiHead
	}
	return m
}()

var titleFactSet = newWordTable(titleFactTable)

// mayStripTitle reports whether lowerTitleFacts may strip a prefix (ex-,
// then-, former-, acting-) or -designate from the lower-case word w: only
// then may it find facts for a word that is not in titleFactTable whole.
func mayStripTitle(w string) bool {
	n := len(w)
	// (k: the place of the hyphen of the one prefix w may carry.)
	if k := len(titlePrefixes[w[0]]) - 1; k > 0 && n > k && w[k] == '-' {
		return true
	}
	return n > 12 && w[n-10] == '-'
}

// titleFactFilter holds, for each length below 32 and first letter a-z,
// the set of last letters a-z of the title words and heads of that length
// and first letter: most words are ruled out before hashing. Entries that
// do not begin and end with a-z (u.s., &) are found by words that do not
// either, which the filter lets through.
var titleFactFilter = func() *[32][26]uint32 {
	var f [32][26]uint32
	for w := range titleFactTable {
		n := len(w)
		if n >= 32 || w[0] < 'a' || w[0] > 'z' || w[n-1] < 'a' || w[n-1] > 'z' {
			continue
		}
		f[n][w[0]-'a'] |= 1 << (w[n-1] - 'a')
	}
	return &f
}()

// lowerTitleFacts returns the title facts (tiHead, tiTitleish) of a
// lower-case word, its then-, ex-, former- or acting- prefix stripped.
func lowerTitleFacts(lw string) uint8 {
	w := stripPrefix(lw)
	// A post to be (minister-designate) is its post.
	if n := len(w); n > 12 && w[n-1] == 'e' && w[n-10] == '-' && w[n-9:] == "designate" {
		w = w[:n-10]
	}
	if n := len(w); n > 0 && n < 32 {
		a, z := w[0], w[n-1]
		if 'a' <= a && a <= 'z' && 'a' <= z && z <= 'z' && titleFactFilter[n][a-'a']&(1<<(z-'a')) == 0 {
			return 0
		}
	}
	f, _ := titleFactSet.get(w)
	return f
}

// lowerTok is the lower-case form of w, which is token i's text or word.
func (b *builder) lowerTok(i int, w string) string {
	if lowerASCII(&b.toks[i]) || !needsLower(w) {
		return w
	}
	id := b.wid(i)
	if len(b.infos[id].text) == len(w) {
		return b.lowerID(id)
	}
	return b.lowerID(b.docID(w))
}

// lowerASCII reports whether the word or number t is in lower-case ASCII
// (it lowers to itself), as its flags tell without a look at its bytes: it
// has no capital first letter, no capital after its first byte and no
// byte beyond ASCII.
func lowerASCII(t *lint.Token) bool {
	return t.Flags&(lint.Capitalized|lint.InnerCapOrNonASCII) == 0 && (t.Kind == lint.Word || t.Kind == lint.Number)
}

// needsLower reports whether s holds an ASCII capital or a byte beyond
// ASCII (lowering may change it).
func needsLower(s string) bool {
	// Eight or four bytes at a load (two overlapping four-byte loads
	// cover four to seven); a word of up to three bytes a byte at a time.
	for len(s) >= 8 {
		if upperOrBeyond(le64(s)) {
			return true
		}
		s = s[8:]
	}
	if n := len(s); n >= 4 {
		return upperOrBeyond(uint64(le32(s)) | uint64(le32(s[n-4:]))<<32)
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// upperOrBeyond reports whether one of the eight bytes of x is an ASCII
// capital or a byte beyond ASCII. For a byte b below 0x80, b+0x3F has its
// top bit set when b >= 'A' and b+0x25 when b > 'Z' (no carry crosses
// into the next byte).
func upperOrBeyond(x uint64) bool {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	if x&tops != 0 {
		return true
	}
	return (x+ones*(0x80-'A'))&^(x+ones*(0x80-'Z'-1))&tops != 0
}

// builders keeps finished builders for reuse: their vocabulary (what is
// known of each word seen) and the scratch slices and maps of the passes,
// which would otherwise be allocated and grown again per document. A
// mutex-guarded free list rather than a sync.Pool: the vocabulary is worth
// keeping across garbage collections.
var builders struct {
	sync.Mutex
	free []*builder
}

// The free list holds at most GOMAXPROCS builders (at least 2), one per
// Build that may run at once; each keeps a vocabulary of a few MB.

// maxPooledTokens bounds the scratch a free builder keeps: that of an
// article of up to a million tokens (about 5 MB of text, far beyond any
// news story; lint pools a document's own storage up to the same size). A
// longer article's builder goes to bigBuilders, which the collector
// empties: with 64k tokens, a 1 MB article's builder was dropped between
// articles, and each one allocated 45 MB instead of 18 MB.
const maxPooledTokens = 1 << 20

// maxVocab bounds the vocabulary a builder keeps between documents: once
// it holds that many words it is frozen, and the words each further
// document adds are dropped when the document is done.
var maxVocab = 1 << 15 // a variable for the tests

// maxPooledNames bounds the scratch a free builder keeps that grows with
// the names of a document (name runs, entities, mentions, near-miss
// words and their keys) rather than with its tokens: that of a document of
// up to 64k capitalised words and pronouns. A 1 MB article has about 30k;
// a page of 300k names (3.5 MB) left 170 MB of it in the free builder.
const maxPooledNames = 1 << 16

// bigBuilders holds builders whose scratch grew for a long document
// (more than maxPooledTokens tokens), for the next long document. It is a
// longpool.Slot, not a sync.Pool (which finds a builder only on the
// processor that put it back): it drops the builder when no long
// document follows soon.
var bigBuilders longpool.Slot[builder]

func getBuilder(doc *lint.Document) *builder {
	var b *builder
	if len(doc.Tokens) > maxPooledTokens {
		b = bigBuilders.Get()
	} else {
		builders.Lock()
		if n := len(builders.free); n > 0 {
			b = builders.free[n-1]
			builders.free[n-1] = nil
			builders.free = builders.free[:n-1]
		}
		builders.Unlock()
	}
	if b == nil {
		b = &builder{}
	}
	b.gen++
	if b.gen == 0 {
		b.dropVocab()
		b.gen = 1
		b.local = nil // its slots are stamped with old numbers
	}
	b.nlocal, b.aloneScans, b.capParts = 0, 0, false
	// The document's table starts small whatever an earlier document made
	// it (its slots are stamped, so a prefix of it is empty): a short
	// article's words stay in a few cache lines.
	if len(b.local) > minLocal {
		b.local = b.local[:minLocal]
	}
	b.frozen = len(b.infos) >= maxVocab
	b.base, b.bkBase = int32(len(b.infos)), len(b.bkeys)
	n := len(doc.Tokens)
	b.doc, b.toks = doc, doc.Tokens
	b.tokID = scratch.Zeroed(b.tokID, n)
	b.facts = scratch.Zeroed(b.facts, n)
	b.shape = scratch.Resized(b.shape, n) // scanCase writes every byte
	b.titleCase = scratch.Zeroed(b.titleCase, len(doc.Blocks))
	return b
}

// dropVocab forgets every word the builder knows: the vocabulary, what is
// known of each word, the copies of their texts and the table of two-word
// names (which holds vocabulary indices).
func (b *builder) dropVocab() {
	b.vocab, b.infos, b.cold, b.rare, b.bkeys, b.bkOld, b.pairs, b.npairs = vocabIndex{}, nil, paged[lexCold]{}, nil, nil, nil, nil, 0
	b.texts = textArena{}
}

func putBuilder(b *builder) {
	if b.frozen {
		// Forget the words of this document.
		for _, id := range b.bkOld {
			b.infos[id].nbk = 0
		}
		if cap(b.infos)-int(b.base) > maxVocab {
			// A document of many new words grew the arrays: keep the
			// frozen words in arrays of their size. (Less room is kept
			// as it is: a frozen vocabulary has at most 2*maxVocab words,
			// and an article's new words grow the arrays by a quarter.)
			b.keepVocab()
		} else {
			b.vocab.truncate(b.infos, b.base)
			clear(b.infos[b.base:])
			clear(b.rare[b.base:])
			b.cold.truncate(b.base)
			b.infos, b.rare = b.infos[:b.base], b.rare[:b.base]
			b.bkeys = b.bkeys[:b.bkBase]
		}
		b.bkOld = b.bkOld[:0]
	}
	if b.vocab.len() > 2*maxVocab {
		// One long document made the vocabulary big: let it go.
		b.dropVocab()
	}
	clear(b.names)
	b.names = b.names[:0]
	b.titles.truncate(0)
	b.run = b.run[:0]
	b.doc, b.toks, b.m, b.quoted = nil, nil, nil, nil
	if cap(b.tokID) > maxPooledTokens {
		bigBuilders.Put(b)
		return
	}
	if b.ncap+len(b.prons) > maxPooledNames {
		b.dropScratch()
	}
	if cap(b.local) > 1<<14 {
		b.local, b.localTmp = nil, nil
	}
	builders.Lock()
	if len(builders.free) < max(2, runtime.GOMAXPROCS(0)) {
		builders.free = append(builders.free, b)
	}
	builders.Unlock()
}

// dropScratch lets go of the builder's scratch, keeping its vocabulary
// (a new field is scratch unless listed here).
func (b *builder) dropScratch() {
	*b = builder{
		vocab: b.vocab, infos: b.infos, cold: b.cold, rare: b.rare, gen: b.gen,
		bkeys: b.bkeys, bkOld: b.bkOld, pairs: b.pairs, npairs: b.npairs,
		texts: b.texts,
	}
}

// keepVocab keeps the first base words of a frozen vocabulary, those of
// the documents before it froze, in arrays of their size (cold in the
// pages that hold them): those of a document of many new words are
// let go.
func (b *builder) keepVocab() {
	n := b.base
	b.infos = append(make([]lexInfo, 0, n), b.infos[:n]...)
	b.rare = append(make([]lexRare, 0, n), b.rare[:n]...)
	b.cold.keep(n)
	b.bkeys = append(make([]uint64, 0, b.bkBase), b.bkeys[:b.bkBase]...)
	b.vocab.keep(n)
}

// grow returns s with room for n elements, without reallocating when
// appending them one by one (a long document's slices would otherwise be
// copied as they double).
func grow[T any](s []T, n int) []T {
	if cap(s)-len(s) < n {
		s = append(make([]T, 0, len(s)+n), s...)
	}
	return s
}

// extendOne returns s one element longer, the element being what its array
// holds there (the callers' room beyond len is zero), and doubles the array
// when it is full: append would add a quarter at a time once it is large,
// and a page of a million names made several times the final array in
// copies left to the collector.
func extendOne[T any](s []T) []T {
	if len(s) == cap(s) {
		s = grow(s, max(len(s), minChunk))
	}
	return s[:len(s)+1]
}

// pairSlot is a slot of the builder's table of two-word names (see
// pairFull): the vocabulary indices + 1 of the two words (0: an empty
// slot), whether they are written together, and the index of the name's
// text.
type pairSlot struct {
	w0, w1 int32
	full   int32
	joined bool
}

// minPairs is the number of slots the table of two-word names starts with.
const minPairs = 1 << 9

// pairFull returns the vocabulary index of nr.text, the text of a name run
// of two words without an initial, whose words have the indices w0 and
// w1. The text is the first token's text, a space unless the two are
// written together, and the second's word (see joinText): the two indices
// and whether the words are joined name it, so that a name seen before
// (in this document or an earlier one) is found in a table of the builder
// by the two numbers, without its text hashed. The table holds every pair
// looked up (an open-addressing table at most half full), not a cache that
// forgets: the names of a corpus are many more than a small cache holds.
// It keeps only indices that outlive the document (a frozen vocabulary
// drops those from base on), and is emptied with the vocabulary, or when
// it holds maxVocab pairs.
func (b *builder) pairFull(nr *nameRun, w0, w1 int32) int32 {
	t0, t1 := nr.toks[0], nr.toks[1]
	if b.shape[t0]&tsCut != 0 {
		return b.docID(nr.text) // (the first token's text is not its word)
	}
	if 2*(b.npairs+1) > len(b.pairs) {
		b.growPairs()
	}
	joined := b.toks[t0].Span.End == b.toks[t1].Span.Start
	mask := uint32(len(b.pairs) - 1)
	p := pairHome(w0, w1, mask)
	for {
		s := &b.pairs[p]
		if s.w0 == 0 {
			break
		}
		if s.w0 == w0+1 && s.w1 == w1+1 && s.joined == joined {
			return s.full
		}
		p = (p + 1) & mask
	}
	full := b.docID(nr.text)
	if !b.frozen || max(w0, w1, full) < b.base {
		b.pairs[p] = pairSlot{w0: w0 + 1, w1: w1 + 1, full: full, joined: joined}
		b.npairs++
	}
	return full
}

// pairHome is the slot where the probe for the two-word name of words w0
// and w1 starts in a table of mask+1 slots (a power of two, of any size:
// the product's high half is folded into its low half before the mask).
func pairHome(w0, w1 int32, mask uint32) uint32 {
	h := (uint32(w0)*0x9E3779B1 ^ uint32(w1)) * 0x85EBCA6B
	return (h ^ h>>16) & mask
}

// growPairs doubles the table of two-word names, or empties it when it
// holds maxVocab pairs (its memory stays bounded).
func (b *builder) growPairs() {
	old := b.pairs
	if b.npairs >= maxVocab {
		clear(b.pairs)
		b.npairs = 0
		return
	}
	b.pairs = make([]pairSlot, max(minPairs, 2*len(old)))
	mask := uint32(len(b.pairs) - 1)
	for _, s := range old {
		if s.w0 == 0 {
			continue
		}
		p := pairHome(s.w0-1, s.w1-1, mask)
		for b.pairs[p].w0 != 0 {
			p = (p + 1) & mask
		}
		b.pairs[p] = s
	}
}
