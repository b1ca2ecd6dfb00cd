package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/internal/scratch"
)

// builder holds the scratch state of one Build.
type builder struct {
	doc   *lint.Document
	toks  []lint.Token
	m     *Model
	names []nameRun
	// titles are the titles given before the names of runs (see
	// nameRun.title).
	titles paged[Title]
	// vocab numbers the distinct words of the document; infos holds what is
	// known of each (lexicon answers, lower-case and folded forms, count of
	// mid-sentence capitals), tokID each token's word number + 1 (0: not
	// looked up yet) and facts each token's title facts.
	vocab vocabIndex
	infos []lexInfo
	cold  paged[lexCold] // by the same index as infos
	rare  []lexRare      // by the same index as infos
	gen   uint32         // number of the document, for the per-document counts of infos
	bkeys []uint64       // blocking keys of the words (see lexInfo.bk)
	// A frozen vocabulary (maxVocab words) drops the words from base on,
	// the blocking keys from bkBase on, and those of the words bkOld, when
	// the document is done.
	frozen bool
	base   int32
	bkBase int
	bkOld  []int32
	tokID  []int32
	// local is the document's own table of words (see docID), nlocal
	// the number of its words.
	local, localTmp []localSlot
	nlocal          int
	// pairs holds the vocabulary index of two-word names (see pairFull),
	// npairs the number of its pairs.
	pairs  []pairSlot
	npairs int
	facts  []uint8
	// shape holds each token's shape facts (see tsName), written by
	// scanCase for every token.
	shape []uint8
	// titleCase marks blocks whose words are mostly capitalised (US headlines).
	titleCase []bool
	// run is scratch for the tokens of one name run (the mentions' token
	// indices are kept in the model's store).
	run    []int
	keyBuf []byte
	// Tokens listed by scanCase: capitalised words, "the" that may lead
	// an age or a title (theLeads), gendered pronouns, possible class
	// nouns.
	caps, the, nouns []int32
	// capSkip lists, in order, the indices k in caps of the tokens
	// nearSkip passes over (few: words in capitals, mostly), found by
	// scanCase as it reads the token: nearMisses walks caps long after,
	// when on a long page the tokens have left the cache, and reads this
	// instead of each token again.
	capSkip []int32
	// quoted memoizes hasQuote per sentence (0: not known, 1: yes, -1: no).
	quoted, quotedBuf []int8
	ncap              int // capitalised tokens (sizes the slices that grow with them)
	// aloneScans counts the scans of caps by givenAlone in this document
	// (bounded, so that the scans stay linear in the document).
	aloneScans int
	// capParts says some name run opens a sentence with a capitalised
	// particle (Van Nistelrooy said); tails is capParticles' scratch.
	capParts bool
	tails    map[string]struct{}
	// partRuns lists the index in names of each run addRun marked capLead
	// or lowPart, in order, so that capParticles reads those runs only. A
	// run taken back leaves its index, which a later run may take or which
	// may be past the last run: the readers test the run's flags and the
	// index, and a run listed twice is read twice to the same effect.
	partRuns []int32
	// Scratch of the passes, kept for the next document.
	events, events2 []event
	evKeys          []uint64
	pos, prons      []int32
	// pronAt holds, for each of prons, its sentence and form (gender and
	// case), read by scanCase while the token is in the cache (see addPron).
	pronAt []pronFact
	wins   []reachWindow
	// fwd is setForward's table (see forwardEvent).
	fwd        []int32
	wordPos    []wordPos
	assigned   []int32
	protos     []protoEntity
	surLists   [][]int32
	byHead     strIndex
	heads      []headPeople
	introduced []int
	flags      []bool
	mentTmp    []Mention
	// titledOnly lists the entities titleOnly gave a title-only mention
	// (scratch, cleared after it: it points into the model).
	titledOnly []*Entity
	nm         nearScratch
	// texts holds the copies of the words the vocabulary keeps until it
	// is dropped with it (see keepText).
	texts textArena
	// warmed keeps the sums of the warm functions, so that their reads
	// are not dropped as unused (see warmEvents).
	warmed uint
}

// bools returns a scratch slice of n false values.
func (b *builder) bools(n int) []bool {
	b.flags = scratch.Zeroed(b.flags, n)
	return b.flags
}

// protoEntity is an entity while names are grouped: the fields of Entity
// that grouping reads and sets.
type protoEntity struct {
	ID            int
	Kind          Kind
	Name, Surname string
	// nameID is the vocabulary index of Name (the fullID of the run that
	// named the entity), and fullNameID + 1 that of the entity's first
	// full-name mention (0: none yet), the name a person is given at the
	// end of group.
	nameID, fullNameID int32
}

// nameRun is one proper-name mention found in the text, before grouping.
//
// (A page of a million one-word names has a million runs: the fields are
// ordered so that none is padded. The title given before a name, read for
// few runs, is kept apart (builder.titles, by index), in pages that are
// never copied as they grow: appended to a slice, the titles of a page of
// titled names were copied as they grew; held in each run, they made every
// run 64 bytes larger.)
type nameRun struct {
	toks       []int // token indices of the name (no dots, no possessive mark)
	hon        string
	text       string
	span       lint.Span
	honTok     int
	kind       Kind
	fullID     int32 // vocabulary index of text (set by classify)
	sent       int32 // sentence of the first token (read by addRun beside the run's tokens)
	title      int32 // index of the title given before the name in builder.titles (when hasTitle)
	hasTitle   bool
	possessive bool
	person     bool // person by its own form (honorific, title, first name, initials)
	particle   bool // starts with a particle (de Villepin): a surname form
	initName   bool // a sentence-initial ordinary word kept as a name's first word (Tang Wei said)
	surFirst   bool // the surname comes first (Son Heung-min): see surnameFirst
	doubleSur  bool // two surnames of a person named in full before (López Obrador): see doubleSurnameOf
	// capLead and lowPart are what capParticles reads, found by addRun
	// while the run's tokens are in the cache: the run opens with a
	// capitalised particle (Van Nistelrooy said), and a word inside it is
	// a particle in lower case (Ruud van Nistelrooy; see lowParticle).
	capLead, lowPart bool
	// capsOrg says the run is one word in capitals classified as an
	// organisation (NATO), which group reads as a place may be read: found
	// by addRun with the token in the cache (in group, far from it in a
	// long document, it was a miss for every one-word organisation).
	capsOrg bool
}

// Build computes the entity model of one document: the proper-name mentions
// grouped into people, organisations and places, with titles, gender, age,
// affiliation, resolved pronouns and near misses.
func Build(doc *lint.Document, cfg *lint.Config) *Model {
	b := getBuilder(doc)
	defer putBuilder(b)
	return b.build((*builder).dropRuns)
}

// build runs the passes over the builder's document; afterGroup runs
// between group and the passes after it (Build: dropRuns; TestDropRuns
// compares with a build that keeps the runs).
func (b *builder) build(afterGroup func(*builder)) *Model {
	b.m = newModel(len(b.toks))
	b.scanCase()
	b.findRuns()
	b.group()
	afterGroup(b)
	b.appositions()
	b.titleOnly()
	b.pronouns()
	b.decideGender()
	b.nearMisses()
	b.m.settle()
	return b.m
}

// dropRuns lets go of the name runs, their titles, the protoEntities
// and the entity of each run once group has made the entities and
// mentions of them (no later pass reads them), when a page of many names
// made them large (more than maxPooledNames runs, which a free builder
// would not keep either) and keepRuns does not keep them: the passes that
// follow, and the rules after the model, then run without them (a page of
// a million names held 104 MB of runs to the end of the model's build).
func (b *builder) dropRuns() {
	if cap(b.names) > maxPooledNames && !b.keepRuns() {
		b.names, b.titles, b.protos, b.assigned = nil, paged[Title]{}, nil, nil
	}
}

// keepRuns reports whether a long article keeps its runs past group: one
// whose builder putBuilder hands to bigBuilders, runs and all, for the
// next long document (more than maxPooledTokens tokens), and whose runs
// take at most half the memory of its own tokens (runBytes), which it
// holds to the end anyway.
//
// A long news article has a capital in about one token of seven, and its
// runs take about a third of its tokens' memory (the 10 MB joined article
// 35 MB beside 96 MB of tokens); let go, they were allocated again (33 MB)
// by every check of such an article, with the page faults and collections
// that come with them. A page mostly of names has a capital in every
// second token or more, and its runs take more than half of its tokens'
// memory (1.2 to 2.4 times it on the hostile pages, 0.7 on a page of
// pronouns): it still lets them go. A shorter document's builder drops its runs anyway
// when it is done (dropScratch: a free builder is kept for good, a long
// one's only while long documents follow), so keeping them would only
// hold them longer.
func (b *builder) keepRuns() bool {
	return len(b.toks) > maxPooledTokens && 2*b.runBytes() <= len(b.toks)*int(unsafe.Sizeof(lint.Token{}))
}

// runBytes is the memory dropRuns lets go: the room for the name runs,
// the protoEntities and the entity of each run, and the pages of the runs'
// titles (whole pages, and those an earlier long document filled:
// putBuilder keeps them for the next one).
func (b *builder) runBytes() int {
	return cap(b.names)*int(unsafe.Sizeof(nameRun{})) + cap(b.protos)*int(unsafe.Sizeof(protoEntity{})) +
		cap(b.assigned)*int(unsafe.Sizeof(int32(0))) + len(b.titles.pages)*pageLen*int(unsafe.Sizeof(Title{}))
}

func isCap(t *lint.Token) bool {
	return t.Kind == lint.Word && t.Has(lint.Capitalized)
}

// Shape facts of a token, computed once by scanCase (builder.shape): the
// passes read a byte per token instead of deriving them again. The low
// bits hold the length of a possessive ending (see possessiveCut) for every token.
const (
	tsCut        uint8 = 7   // bytes of the possessive ending 's, ’s (0: none)
	tsName       uint8 = 8   // nameTok
	tsInitialish uint8 = 16  // initialish (recorded for name tokens)
	tsInitial    uint8 = 32  // isInitial
	tsHonorific  uint8 = 64  // honorificAt: the token's word is an honorific
	tsParticle   uint8 = 128 // the token's text is a particle (isParticle)
)

// initialish reports whether capitals are automatic at token i: the start
// of a sentence, after an opening quotation mark or a colon, or in a
// title-case headline.
func (b *builder) initialish(i int) bool {
	switch b.shape[i] & (tsName | tsInitialish) {
	case tsName:
		return false
	case tsName | tsInitialish:
		return true
	}
	return b.initialishSlow(i)
}

// initialishSlow is initialish computed from the tokens.
func (b *builder) initialishSlow(i int) bool {
	t := &b.toks[i]
	if t.Has(lint.SentenceStart) || t.Has(lint.BlockStart) || b.titleCase[t.Block] {
		return true
	}
	if i > 0 {
		p := &b.toks[i-1]
		if p.Kind == lint.Punct {
			switch p.Text {
			case "\"", "“", "‘", "'", ":", "(", "—", "–", "-", "«", "„", "[", "•", "*":
				return true
			}
		}
	}
	return false
}

func (b *builder) scanCase() {
	for bi, bl := range b.doc.Blocks {
		if bl.Kind != lint.BlockHeadline && bl.Kind != lint.BlockHeading {
			continue
		}
		words, caps := 0, 0
		for i := bl.FirstToken; i < bl.EndToken; i++ {
			t := &b.toks[i]
			if t.Kind != lint.Word || len(t.Text) < 4 {
				continue
			}
			words++
			if isCap(t) {
				caps++
			}
		}
		if words >= 3 && caps*10 >= words*7 {
			b.titleCase[bi] = true
		}
	}
	// One pass over the tokens lists those the later passes look at, so
	// that they do not walk the whole document again: the tokens that may
	// be part of a name (nameTok: capitalised words, al-Rashid), "the",
	// gendered pronouns and the words that may be class nouns.
	// The lists are appended to in place (rare) so that the loop keeps
	// few values live (it is run for every token).
	b.caps, b.the, b.prons, b.nouns, b.pronAt = b.caps[:0], b.the[:0], b.prons[:0], b.nouns[:0], b.pronAt[:0]
	b.capSkip = b.capSkip[:0]
	toks := b.toks
	shape := b.shape
	clear(shape) // (the loop writes the shape of the tokens that have one)
	for i := range toks {
		t := &toks[i]
		if t.Kind == lint.Word && t.Flags&(lint.Capitalized|lint.InnerCapOrNonASCII|lint.HyphenOrApostrophe) == 0 {
			// A lower-case ASCII word without hyphen or apostrophe (most
			// tokens): no shape, and one bit of its Fold turns it away
			// unless it may be "the", a pronoun or a class noun.
			if plainScanFold.Has(t.Fold) {
				b.scanPlain(i)
			}
			continue
		}
		s := t.Text
		n := len(s)
		var f uint8
		if t.Kind != lint.Word {
			// Most such tokens are marks of one or two bytes, which have no
			// shape (shape is cleared): a possessive ending comes after at
			// least one byte ('s: three at the least, mayBePossessive), and
			// only an address may be an honorific.
			if n > 2 || t.Kind == lint.URL {
				shape[i] = otherShape(t)
			}
			continue
		}
		// A word's flags say whether it may hold an apostrophe (' or one
		// beyond ASCII), so that most words' text is not read here.
		if t.Flags&(lint.HyphenOrApostrophe|lint.InnerCapOrNonASCII) != 0 && mayBePossessive(s) {
			f = possessiveCut(s)
		}
		ascii := t.Flags&lint.InnerCapOrNonASCII == 0
		if t.Flags&lint.Capitalized != 0 {
			// (A capitalised token: nearSkip is its AllCaps flag.)
			if t.Flags&lint.AllCaps != 0 {
				b.capSkip = append(b.capSkip, int32(len(b.caps)))
			}
			b.caps = append(b.caps, int32(i))
			// initialishSlow's tests, the call only after a mark.
			initial := t.Flags&(lint.SentenceStart|lint.BlockStart) != 0 || b.titleCase[t.Block] ||
				i > 0 && toks[i-1].Kind == lint.Punct && b.initialishSlow(i)
			f |= tsName
			if initial {
				f |= tsInitialish
			}
			// Every honorific begins with an ASCII capital: only such
			// words may be one. The Fold is the word's unless an ending
			// is cut.
			if (f&tsCut != 0 || honorificFold.Has(t.Fold)) && isHonorific(s[:n-int(f&tsCut)]) {
				f |= tsHonorific
			}
			// One letter (one byte, or up to four beyond ASCII) may be an
			// initial: most capitals are turned away before the call.
			// (The rare test first: a branch that is taken in no pattern
			// costs more than the tests it saves.)
			if (s[0] >= utf8.RuneSelf && n <= utf8.UTFMax || n <= 1) && b.isInitialSlow(i) {
				f |= tsInitial
			}
			shape[i] = f
			// (Every capitalised word opens or extends a name run, which
			// looks its word up: it is looked up here. This is wid, with
			// widSlow written out: the token's text, Fold and shape are
			// at hand, where widSlow's call read them again. No call
			// before this one looks the token up, so its tokID, zero, is
			// not read: see TestScanCaseIDs.)
			w, fold := s, t.Fold
			if c := int(f & tsCut); c != 0 {
				w = s[:n-c]
				fold = lint.FoldHash(w)
			}
			id := docIDFold(b, w, fold)
			b.tokID[i] = id + 1
			b.countCap(id, !initial)
			// The title facts of a capitalised word are its word's once
			// tokFacts has worked them out (in an earlier document): the
			// token's memo (zero until now) is filled here, beside the
			// count, so that the name loops read it inline.
			b.facts[i] = b.infos[id].facts[1]
			// An ASCII word is listed as "The", a pronoun or a class noun
			// only if its Fold is among those plainScanFold holds (one
			// probe of the table the lower-case words probe).
			if !ascii || plainScanFold.Has(t.Fold) {
				b.scanCapLists(i, initial)
			}
			continue
		}
		if f != 0 { // (shape is cleared)
			shape[i] = f
		}
		// A lower-case word (or one starting with a digit or a mark).
		switch lowerFirst[s[0]] {
		case lfParticle:
			if t.Flags&lint.HyphenOrApostrophe != 0 && n > 3 && (s[2] == '-' || s[3] == '-' || n > 5 && s[4] == '-') {
				// al-Rashid, bin-Laden, bint-Talal: a name, though
				// lower-case (its particle begins with one of these).
				if particleName(t) {
					if b.initialishSlow(i) {
						f |= tsInitialish
					}
					shape[i] = f | tsName
					if nearSkip(t) {
						b.capSkip = append(b.capSkip, int32(len(b.caps)))
					}
					b.caps = append(b.caps, int32(i))
				}
			}
		case lfT:
			if n == 3 && (s == "the" || s == "The") && i+1 < len(toks) {
				b.the = append(b.the, int32(i))
			}
		case lfPronoun:
			// he, his, him, she, her, hers, himself, herself
			if n >= 2 && n <= 7 {
				lw := s // most such words are in lower case (no capital here)
				if !ascii {
					lw = b.lowerTok(i, s)
				}
				if isPronounForm(lw) {
					b.addPron(i, lw)
				}
			}
		}
		// A possible class noun: by the token's fold hash when it is ASCII.
		if n >= 3 && (ascii && classFoldMay(t.Fold) || !ascii && classWordBeyond(t)) {
			b.nouns = append(b.nouns, int32(i))
		}
	}
	b.ncap = len(b.caps)
}

// theFold is the Fold of "the" (and of The, THE).
var theFold = lint.FoldHash("the")

// pronFact is what reachBacking, markReach and pronouns read of a
// pronoun: its sentence and its form's gender and case (which tell its
// word: see pronounForm.word).
type pronFact struct {
	sent int32
	g    uint8 // a Gender in a byte: the facts are 8 bytes
	c    uint8 // a PronounCase in a byte
}

// form is the pronoun's form.
func (pf pronFact) form() pronounForm { return pronounForm{Gender(pf.g), PronounCase(pf.c)} }

// addPron lists token i, the pronoun lw (its word in lower case), with its
// sentence and form (gender and case), read while scanCase has the token in
// the cache: markReach and reachBacking then read neither the token nor its
// word again, and pronouns does not read its word. (On a long page each
// such read was a miss: the pronouns of a 1 MB article lie on more cache
// lines than the cache holds.)
func (b *builder) addPron(i int, lw string) {
	b.prons = append(b.prons, int32(i))
	pf := pronounFormOf(lw)
	b.pronAt = append(b.pronAt, pronFact{sent: b.toks[i].Sentence, g: uint8(pf.g), c: uint8(pf.c)})
}

// pronounFold holds the fold hashes of the pronouns: an ASCII word that
// lowers to one has its Fold (FoldHash lowers ASCII).
var pronounFold = foldset.OfWords(pronounWords[:]...)

// scanPlain lists token i, a lower-case ASCII word without hyphen or
// apostrophe whose Fold is in plainScanFold, as scanCase's lists of "the",
// pronouns and class nouns would (the tests of the loop's lower-case
// branch for such a word), and marks it when it is a particle. (Only such
// a word may be a particle: they are lower-case ASCII letters.)
func (b *builder) scanPlain(i int) {
	t := &b.toks[i]
	s := t.Text
	n := len(s)
	if n == 3 && s == "the" {
		// (Most such words; nothing else, though its Fold passes the
		// particles' test.)
		if i+1 < len(b.toks) && b.theLeads(i) {
			b.the = append(b.the, int32(i))
		}
		return
	}
	if n >= 2 && n <= 7 && isPronounForm(s) {
		b.addPron(i, s)
	}
	if n >= 3 && classFoldMay(t.Fold) {
		b.nouns = append(b.nouns, int32(i))
	}
	// A particle (de, van) is written so: its shape says it, for findRuns
	// and particleAt.
	if particleFold.Has(t.Fold) && isParticle(s) {
		b.shape[i] = tsParticle
	}
}

// theLeads reports whether "the" at token i may lead what titleOnly reads
// after it, an age or a title (the 45-year-old, the minister): not when the
// next token is a plain lower-case word (no capital, hyphen or apostrophe,
// no digit or mark first: its whole text is its word) with no title facts, as
// after most "the" (the move). The next token is read here, beside "the"
// in the cache: titleOnly, by then far from it in a long document, read
// it for every "the".
func (b *builder) theLeads(i int) bool {
	nt := &b.toks[i+1]
	if nt.Kind != lint.Word || nt.Flags&(lint.Capitalized|lint.InnerCapOrNonASCII|lint.HyphenOrApostrophe) != 0 || nt.Text[0] <= '9' {
		return true
	}
	return lowerWordFacts(nt, nt.Text)&(tiHead|tiTitleish) != 0
}

// scanCapLists lists token i, a capitalised word (its capital automatic
// when initial), as scanCase lists "The", the pronouns and the class
// nouns.
func (b *builder) scanCapLists(i int, initial bool) {
	t := &b.toks[i]
	s := t.Text
	n := len(s)
	ascii := t.Flags&lint.InnerCapOrNonASCII == 0
	// The tests below put the one that rarely passes first (a word's
	// Fold), so that the branches that follow, taken in no pattern
	// (sentence start, length), are seldom reached.
	if t.Fold == theFold && s == "The" && i+1 < len(b.toks) && b.theLeads(i) {
		b.the = append(b.the, int32(i))
	}
	// He, She, His at a sentence start (a capital inside a sentence is a
	// title: She Hate Me).
	if (!ascii || pronounFold.Has(t.Fold)) && initial && n >= 2 && n <= 7 && (s[0] == 'H' || s[0] == 'S') {
		if lw := b.lowerTok(i, s); isPronounForm(lw) {
			b.addPron(i, lw)
		}
	}
	if (!ascii || classFoldMay(t.Fold)) && n >= 3 && t.Flags&lint.SentenceStart != 0 && (ascii || classWordBeyond(t)) {
		b.nouns = append(b.nouns, int32(i))
	}
}

// otherShape is the shape of a token other than a word: the length of a
// possessive ending, and tsHonorific for an address that is an honorific.
func otherShape(t *lint.Token) uint8 {
	s := t.Text
	var f uint8
	if mayBePossessive(s) {
		f = possessiveCut(s)
	}
	// (An address may begin with a capital, as an honorific does.)
	if t.Kind == lint.URL && isHonorific(s[:len(s)-int(f)]) {
		f |= tsHonorific
	}
	return f
}

// mayBePossessive reports whether s may end in a possessive ending: s or
// S after ' or a byte beyond ASCII, after at least one byte.
func mayBePossessive(s string) bool {
	n := len(s)
	return n > 2 && s[n-1]|0x20 == 's' && (s[n-2] == '\'' || s[n-2] >= utf8.RuneSelf)
}

// possessiveCut returns the length of the possessive ending of s (an
// apostrophe and s after at least one byte), 0 when it has none; the
// caller has seen that s ends in s or S after ' or a byte beyond ASCII
// (the apostrophes are ' and runes beyond ASCII).
func possessiveCut(s string) uint8 {
	n := len(s)
	if r, k := utf8.DecodeLastRuneInString(s[:n-1]); lint.IsApostrophe(r) && n-1-k > 0 {
		return uint8(k + 1)
	}
	return 0
}

// lowerFirst sorts the first bytes of lower-case words for scanCase (by
// the byte in either case): a name particle (al-, bin-, bint-, el-,
// ibn-), t (the), h or s (a pronoun).
var lowerFirst = func() (t [256]uint8) {
	for _, c := range "abei" {
		t[c], t[c-32] = lfParticle, lfParticle
	}
	t['t'], t['T'] = lfT, lfT
	t['h'], t['H'], t['s'], t['S'] = lfPronoun, lfPronoun, lfPronoun, lfPronoun
	return t
}()

const (
	lfParticle = 1 + iota
	lfT
	lfPronoun
)

// isInitial reports whether token i is an initial: one capital letter
// followed directly by a full stop (J. K. Rowling), or a dotted initials
// word (J.K.).
func (b *builder) isInitial(i int) bool { return b.shape[i]&tsInitial != 0 }

// isInitialSlow is isInitial computed from the tokens.
func (b *builder) isInitialSlow(i int) bool {
	t := &b.toks[i]
	if t.Kind != lint.Word || !t.Has(lint.Capitalized) {
		return false
	}
	// One letter (one to four bytes).
	if n := len(t.Text); n > 1 && (n > utf8.UTFMax || t.Text[0] < utf8.RuneSelf || utf8.RuneCountInString(t.Text) != 1) {
		return false
	}
	return i+1 < len(b.toks) && b.toks[i+1].Text == "." && !b.toks[i+1].Has(lint.SpaceBefore)
}

// nameTok reports whether token i can be part of a name.
func (b *builder) nameTok(i int) bool { return b.shape[i]&tsName != 0 }

// particleName reports whether the lower-case word t is a particle joined
// by a hyphen to a capital (al-Sadr), a name token.
func particleName(t *lint.Token) bool {
	// al-Sadr, bin-Laden: a lower-case particle joined by a hyphen to a capital.
	if c := t.Text[0]; c != 'a' && c != 'b' && c != 'e' && c != 'i' {
		return false
	}
	if k := strings.IndexByte(t.Text, '-'); k > 0 && isParticle(t.Text[:k]) {
		r, _ := utf8.DecodeRuneInString(t.Text[k+1:])
		if k+1 < len(t.Text) && t.Text[k] == '-' && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// findRuns finds the runs of name tokens and turns each into a nameRun.
func (b *builder) findRuns() {
	toks := b.toks
	b.names = grow(b.names, b.ncap)
	b.partRuns = b.partRuns[:0]
	// A run starts at a name token (listed by scanCase) after the end of
	// the run before, and stays inside its block.
	next := 0
	// The bounds of the block of the last run (blocks are in token order:
	// most runs are in the block of the one before).
	blk, first, end := int32(-1), 0, 0
	for _, i32 := range b.caps {
		i := int(i32)
		if i < next {
			continue
		}
		if bi := toks[i].Block; bi != blk {
			bl := &b.doc.Blocks[bi]
			blk, first, end = bi, bl.FirstToken, bl.EndToken
		}
		if i < first || i >= end {
			continue
		}
		j, poss := b.runFrom(i, end)
		b.addRun(b.run, poss)
		next = max(j, i+1)
	}
}

// runFrom finds the run of name tokens that starts at token i, a name
// token, in a block that ends at token end: it leaves the run's tokens in
// b.run and returns the token after the run and whether the run ends in a
// possessive.
func (b *builder) runFrom(i, end int) (int, bool) {
	toks := b.toks
	run := b.run[:0]
	j := i
	poss := false
	for j < end {
		sh := b.shape[j]
		if sh&tsName == 0 { // (nameTok)
			break
		}
		// (A name token is a word: without a hyphen by its flags.)
		if j+1 < end && toks[j].Has(lint.HyphenOrApostrophe) && modifierCompound(toks[j].Text) && toks[j+1].Has(lint.SpaceBefore) && b.nameTok(j+1) {
			// California-based Wells Fargo, London-born Mark Smith: the
			// compound describes the name after it.
			run = run[:0]
			j++
			continue
		}
		run = append(run, j)
		j++
		if sh&tsCut != 0 {
			// (a possessive ending: wordOf)
			poss = true
			break
		}
		if j < end {
			if nt := &toks[j]; nt.Kind == lint.Word && nt.Has(lint.SpaceBefore) {
				// A word after a space (most tokens after a name
				// token: the next word of the name or none): of the
				// tests below, only those of particles and of "of"
				// may pass.
				if mayLink(b.shape[j], nt) {
					run, j, _ = b.linkWord(run, j, end)
				}
				continue
			}
		}
		// Jones' (a possessive mark after a final s).
		if j+1 <= end-1 && toks[j].Kind == lint.Punct && !toks[j].Has(lint.SpaceBefore) && isApos(toks[j].Text) &&
			strings.HasSuffix(toks[j-1].Text, "s") && (j+1 == end || toks[j+1].Has(lint.SpaceBefore)) && !b.quoteOpenBefore(j) {
			poss = true
			j++
			break
		}
		if j >= end {
			break
		}
		nt := &toks[j]
		// A full stop after an initial or honorific (J. Smith, Mr. Smith).
		if nt.Text == "." && !nt.Has(lint.SpaceBefore) && (b.isInitial(j-1) || isHonorificTok(&toks[j-1])) && j+1 < end && b.nameTok(j+1) && toks[j+1].Sentence == toks[j-1].Sentence {
			j++
			continue
		}
		if !nt.Has(lint.SpaceBefore) && nt.Kind != lint.Word {
			break
		}
		if mayLink(b.shape[j], nt) {
			var linked bool
			if run, j, linked = b.linkWord(run, j, end); linked {
				continue
			}
		}
		// Procter & Gamble, Marks & Spencer.
		if nt.Text == "&" && j+1 < end && isCap(&toks[j+1]) {
			run = append(run, j)
			j++
			continue
		}
		if !nt.Has(lint.SpaceBefore) {
			break
		}
	}
	b.run = run
	return j, poss
}

// mayLink reports whether linkWord may link a token of shape sh: a
// particle, "of" or "for".
func mayLink(sh uint8, t *lint.Token) bool { return sh&tsParticle != 0 || ofOrFor(t.Text) }

// linkWord adds token j, after a name token, to the run when it links the
// name token after it to the run (particleLink, orgLink), and returns the
// run, the token after the link and whether there was one.
func (b *builder) linkWord(run []int, j, end int) ([]int, int, bool) {
	if b.particleLink(j, end) {
		return append(run, j), j + 1, true
	}
	if ofOrFor(b.toks[j].Text) {
		if k := b.orgLink(j, end); k > j {
			run = append(run, j)
			if k > j+1 {
				run = append(run, j+1) // the
			}
			return run, k, true
		}
	}
	return run, j, false
}

// particleLink reports whether token j, after a name token, is a particle
// that joins the name token after it to the run: Charles de Gaulle,
// Ludwig van Beethoven.
func (b *builder) particleLink(j, end int) bool {
	return b.shape[j]&tsParticle != 0 && j+1 < end && b.nameTok(j+1) && b.toks[j+1].Flags&(lint.NewlineBefore|lint.SpaceBefore) != 0
}

// ofOrFor reports whether a token's text is "of" or "for" (see orgLink).
func ofOrFor(s string) bool { return s == "of" || s == "for" }

// orgLink returns the token of the capitalised word that token j, "of" or
// "for" (ofOrFor; and "the" after it) after an organisation's head word,
// joins to the run: Ministry of Justice, Bank of England, Chancellor of the
// Exchequer. It returns j when there is none.
func (b *builder) orgLink(j, end int) int {
	toks := b.toks
	if orgHeadSet.has(toks[j-1].Text) {
		k := j + 1
		if k < end && toks[k].Text == "the" {
			k++
		}
		if k < end && isCap(&toks[k]) {
			return k
		}
	}
	return j
}

// keep copies token indices into the model's store (capacity cut, so
// that an append by a reader cannot overwrite a neighbour).
func (b *builder) keep(ts []int) []int {
	k := carve(&b.m.st.toks, len(ts), 1<<16)
	copy(k, ts)
	return k
}

// isApos reports whether s is one apostrophe (lint.IsApostrophe). Most
// marks are told by their first byte inline (the apostrophes are ' and `
// and runes beyond ASCII).
func isApos(s string) bool {
	return s != "" && aposLead[s[0]] && isAposSlow(s)
}

// aposLead marks the bytes an apostrophe may begin with.
var aposLead = func() (t [256]bool) {
	t['\''], t['`'] = true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

//go:noinline
func isAposSlow(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && lint.IsApostrophe(r)
}

// quoteOpenBefore reports whether an apostrophe at token j more likely
// closes a single-quoted phrase than marks a possessive.
func (b *builder) quoteOpenBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-12 && b.toks[k].Sentence == b.toks[j].Sentence; k-- {
		t := &b.toks[k]
		if t.Kind == lint.Punct && (t.Text == "‘" || t.Text == "'" && (k == 0 || t.Has(lint.SpaceBefore))) {
			return true
		}
	}
	return false
}

func isHonorific(s string) bool {
	// Every honorific starts with an ASCII capital: most words are out at
	// once (inline), the others looked up.
	if len(s) < 2 || s[0]-'A' > 'Z'-'A' {
		return false
	}
	return isHonorificWord(s)
}

//go:noinline
func isHonorificWord(s string) bool { return honorificSet.has(s) }

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

// titlePrefixes holds, by its first letter, each prefix a title word may
// carry (then-, ex-, former-, acting-; one per letter): stripPrefix strips
// it, mayStripTitle looks for its hyphen and titleWordsOf reads it as the
// title's modifier.
var titlePrefixes = [256]string{'t': "then-", 'e': "ex-", 'f': "former-", 'a': "acting-"}

// stripPrefix removes then-, ex-, former-, acting- from a title word.
func stripPrefix[S string | []byte](w S) S {
	if len(w) < 4 {
		return w
	}
	// The first letter names the one prefix that may be there.
	if p := titlePrefixes[w[0]]; p != "" && len(w) > len(p) && string(w[:len(p)]) == p {
		return w[len(p):]
	}
	return w
}

func (b *builder) isTitleHead(i int) bool { return b.tokFacts(i)&tiHead != 0 }

// factsAt is tokFacts(i), its memo read inline (for the loops over name
// tokens, which read a token's facts more than once).
func (b *builder) factsAt(i int) (f uint8) {
	if f = b.facts[i]; f == 0 {
		f = b.tokFacts(i)
	}
	return f
}

// mayHeadLower reports whether the lower-case word t may be a title head
// (tokFacts's tiHead): one that may carry a prefix or a possessive ending
// to strip (a hyphen or apostrophe), or bytes beyond ASCII, or whose Fold
// is among the title heads'. (Most words, "the" among them, are turned
// away without a call.)
func mayHeadLower(t *lint.Token) bool {
	return t.Flags&(lint.HyphenOrApostrophe|lint.InnerCapOrNonASCII) != 0 || titleHeadFold.Has(t.Fold)
}

// titleComma reports whether token i follows a lower-case title noun and
// a comma (the bank's governor, K. Subramanian): a name in apposition.
func (b *builder) titleComma(i int) bool {
	if i < 2 || b.toks[i-1].Text != "," {
		return false
	}
	p := &b.toks[i-2]
	return p.Kind == lint.Word && !isCap(p) && p.Block == b.toks[i].Block && mayHeadLower(p) && b.isTitleHead(i-2)
}

// titleish reports whether token i may stand inside a title before a name.
func (b *builder) titleish(i int) bool { return b.tokFacts(i)&tiTitleish != 0 }

// titleOrHead is titleish(i) || isTitleHead(i), with one read of the
// token's facts.
func (b *builder) titleOrHead(i int) bool { return b.tokFacts(i)&(tiTitleish|tiHead) != 0 }

// addRun analyses one run of name tokens: strips capitals that are only
// there because of the sentence start, splits off titles and honorifics,
// classifies what remains and records it.
func (b *builder) addRun(run []int, poss bool) {
	toks := b.toks
	initName := -1 // token of a sentence-initial word kept by initialNameWord
	// Drop sentence-initial ordinary words ("The", "Before", "Officials").
	for len(run) > 0 {
		i := run[0]
		if !b.initialish(i) {
			break
		}
		w, id := b.tokWordAt(i), b.wid(i)
		tf := b.factsAt(i)
		if b.honorificAt(i) || tf&tiHead != 0 || tf&tiTitleish != 0 && len(run) > 1 && !determinerSet.has(b.lowerID(id)) && !commonStarter(w) {
			break
		}
		if !b.commonID(id) || b.midCapOf(id) > 0 && !commonStarter(w) {
			break
		}
		// Pep Guardiola, 53,: two words and an age; the first is a name
		// though also a word.
		if len(run) == 2 && !commonStarter(w) && !b.tokCommon(run[1]) && b.ageAfter(run[1]) && !determinerSet.has(b.lowerID(id)) {
			break
		}
		if len(run) == 2 && !commonStarter(w) && b.initialNameWord(run[0], id, run[1]) {
			if b.initialPerson(run[0], id, run[1]) {
				initName = run[0]
			}
			break
		}
		if b.isFirstID(id) && len(run) > 1 && !commonStarter(w) {
			// Brad Lander ... Mr. Lander: the next word is a surname that is
			// capitalised mid-sentence elsewhere, though also a word.
			if nid := b.wid(run[1]); !b.commonID(nid) || b.surnameID(nid) && b.midCapOf(nid) > 0 {
				break
			}
		}
		run = run[1:]
	}
	for len(run) > 0 && !b.nameTok(run[0]) && !isCap(&toks[run[0]]) {
		run = run[1:]
	}
	// A day or month before a name is the date of what the name did, not
	// part of it: (On) Tuesday Mr Ebbers, (In) September Symantec, (Last)
	// June Grewcock.
	for len(run) > 1 && b.dateBefore(run[0], run[1]) {
		run = run[1:]
	}
	// So is a place before a full name after a word that places it: In
	// Leeds Tom Lee agreed.
	if len(run) > 2 && b.placeBefore(run[0], run[1]) && b.nameLike(run[2]) {
		run = run[1:]
	}
	// Trailing connectors left over (of, &).
	for len(run) > 0 && !b.nameTok(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	// Post-nominal letters end a name, not part of it (Simon Mortimer KC,
	// Jane Smith MP, John Brown OBE): the surname is the word before them.
	for len(run) > 2 && postNominalSet.has(toks[run[len(run)-1]].Text) && isCap(&toks[run[len(run)-2]]) && !postNominalSet.has(toks[run[len(run)-2]].Text) {
		run = run[:len(run)-1]
	}
	if len(run) == 0 {
		return
	}
	// Title inside the run: the last title head or honorific followed by a name.
	split := -1
	hon, honTok := "", -1
	for k := len(run) - 2; k >= 0; k-- {
		w, _ := b.wordOf(run[k])
		isHead := b.factsAt(run[k])&tiHead != 0
		if b.honorificAt(run[k]) && !isHead {
			hon, honTok = w, run[k]
			split = k
			break
		}
		if isHead {
			// head is the title's last token: k itself, or the word after
			// "of (the)" when the title runs on. k is never moved, so a run
			// that is no name after all (The President of the European
			// Commission) leaves the loop going down, not round for ever.
			head := k
			rest := run[k+1:]
			if ofOrFor(toks[rest[0]].Text) {
				// Secretary of State Condoleezza Rice: the title runs on.
				m := 1
				if m < len(rest) && toks[rest[m]].Text == "the" {
					m++
				}
				m++
				if m >= len(rest) {
					continue
				}
				head = k + m
				rest = run[head+1:]
			}
			if !b.plausibleName(rest, b.tokLower(run[head])) {
				continue
			}
			split = head
			break
		}
	}
	// The title's first and last tokens, made into a Title only for a run
	// that is kept. makeTitle reads the tokens, not what addRun does in
	// between; the words it looks up for the title and adds to the
	// vocabulary change no model (TestBuilderReuse).
	titleFirst, titleLast := -1, -1
	nameToks := run
	if split >= 0 {
		nameToks = run[split+1:]
		titleEnd := split // index in run of the last title token (inclusive)
		if hon != "" {
			titleEnd = split - 1
		}
		if titleEnd >= 0 {
			titleFirst, titleLast = run[0], run[titleEnd]
		}
	}
	if titleFirst < 0 && len(nameToks) > 0 {
		// A title before the run: US Defense secretary Jim Mathis.
		first := nameToks[0]
		// (mayHeadLower first: it turns most tokens away, where the
		// word and capital tests are taken in no pattern.)
		if first > 0 && mayHeadLower(&toks[first-1]) && toks[first-1].Kind == lint.Word && !isCap(&toks[first-1]) && b.isTitleHead(first-1) && toks[first-1].Block == toks[first].Block {
			titleFirst, titleLast = first-1, first-1
		}
	}
	if len(nameToks) == 0 {
		return
	}
	// A run of title words only (US Defense, Minister) is part of a title.
	allTitle := true
	for _, i := range nameToks {
		if b.factsAt(i)&(tiTitleish|tiHead) == 0 || b.hasCountry(b.wid(i)) && len(nameToks) == 1 {
			allTitle = false
			break
		}
	}
	if allTitle {
		return
	}
	// Leading title words before a first name belong to the title (Tory
	// David Heathcoat-Amory, Labour MP John Smith).
	for len(nameToks) > 2 && b.titleish(nameToks[0]) && !b.isTitleHead(nameToks[0]) && b.tokCommonFirst(nameToks[1]) && !b.hasCountry(b.wid(nameToks[0])) {
		nameToks = nameToks[1:]
	}
	// A leading demonym is not part of a name (Russian Internet), unless the
	// name is an organisation's (British Airways).
	if len(nameToks) > 1 && b.hasDemonym(b.wid(nameToks[0])) && !orgSuffixSet.has(b.tokWordAt(nameToks[len(nameToks)-1])) {
		nameToks = nameToks[1:]
		for len(nameToks) > 0 && !isCap(&toks[nameToks[0]]) {
			nameToks = nameToks[1:]
		}
		if len(nameToks) == 0 {
			return
		}
	}
	// The name run is made in place in b.names (findRuns made room for
	// one per name token), and taken back if classify drops it. The room
	// beyond len(b.names) is zero (a run taken back is zeroed, and
	// putBuilder clears the runs), so only the fields that may not be
	// zero are written.
	if len(b.names) == cap(b.names) {
		b.names = append(b.names, nameRun{})
	} else {
		b.names = b.names[:len(b.names)+1]
	}
	nr := &b.names[len(b.names)-1]
	nr.toks, nr.honTok, nr.possessive = nameToks, honTok, poss
	if hon != "" {
		nr.hon = hon
	}
	if titleFirst >= 0 {
		nr.title, nr.hasTitle = int32(b.titles.len()), true
		b.titles.push()
		t := b.titleAt(nr.title)
		*t = b.makeTitle(titleFirst, titleLast)
		t.Mention = -1 // set by group
	}
	nr.initName = initName >= 0 && len(nameToks) == 2 && nameToks[0] == initName
	// Name suffixes and particles.
	if !isCap(&toks[nameToks[0]]) && isParticle(b.textLower(nameToks[0])) {
		nr.particle = true
	} else if len(nameToks) >= 2 && hon == "" && capParticleTok(&toks[nameToks[0]]) && b.initialish(nameToks[0]) {
		nr.capLead, b.capParts = true, true
		b.partRuns = append(b.partRuns, int32(len(b.names)-1))
	}
	if len(nameToks) >= 3 { // (a particle inside: most runs have one or two words)
		if nr.lowPart = b.lowParticle(nameToks) > 0; nr.lowPart {
			b.partRuns = append(b.partRuns, int32(len(b.names)-1))
		}
	}
	first, last := &toks[nameToks[0]], &toks[nameToks[len(nameToks)-1]]
	nr.sent = first.Sentence
	end := last.Span.End
	if w, p := b.wordOf(nameToks[len(nameToks)-1]); p {
		end = last.Span.Start + len(w)
		nr.possessive = true
	}
	nr.span = lint.Span{Start: first.Span.Start, End: end}
	nr.text = b.joinText(nameToks)
	b.classify(nr)
	if nr.kind < 0 {
		if nr.hasTitle {
			b.titles.truncate(nr.title) // (the last title)
		}
		*nr = nameRun{}
		b.names = b.names[:len(b.names)-1]
		return
	}
	if nr.kind == Organization && len(nr.toks) == 1 {
		nr.capsOrg = toks[nr.toks[0]].Has(lint.AllCaps)
	}
	nr.toks = b.keep(nr.toks)
}

// dateBefore reports whether token i, the first of a run of name tokens,
// is a day or a month that dates the name at token j, the next in the
// run, rather than begins it. The name must look like one on its own: a
// first name, an honorific, a listed surname or no common word (Sunday
// Times, March Networks, May Day are names whole). A day before such a
// name is always a date (said Monday Microsoft, Tuesday Mr Ebbers); a
// month only after a word that dates (in September Symantec, last June
// Grewcock), since April, May, June and August are first names too (April
// Smith).
func (b *builder) dateBefore(i, j int) bool {
	t := &b.toks[i]
	if !isCap(t) || b.shape[i]&tsCut != 0 {
		return false
	}
	day := lexicon.IsDay(t.Text)
	if !day && !lexicon.IsMonthName(t.Text) {
		return false
	}
	if !b.nameLike(j) || strings.EqualFold(b.toks[j].Text, "day") {
		// (May Day: the word day after a month or day names a day of its
		// own, though Day is a surname.)
		return false
	}
	return day || i > 0 && b.toks[i-1].Sentence == t.Sentence && datingWord(b.toks[i-1].Text)
}

// nameLike reports whether token j looks like a name word on its own: an
// honorific, a first name, a listed surname or no common word.
func (b *builder) nameLike(j int) bool {
	if b.honorificAt(j) {
		return true
	}
	nid := b.wid(j)
	return !b.commonID(nid) || b.isFirstID(nid) || b.surnameID(nid)
}

// placeBefore reports whether token i, the first of a run of three or
// more name tokens, is a place that locates the person whose first name
// is token j, the next, rather than begins an organisation's name (Leeds
// United; the caller asks nameLike of the token after j: Seattle Grace
// Hospital) or a name of its own: a place of one word that is no first name
// (Paris, Georgia, Florence are), after in, at, from or near in its
// sentence.
func (b *builder) placeBefore(i, j int) bool {
	t := &b.toks[i]
	if !isCap(t) || i == 0 || b.shape[i]&tsCut != 0 || b.honorificAt(j) {
		return false
	}
	p := &b.toks[i-1]
	if p.Sentence != t.Sentence || !placingWord(p.Text) {
		return false
	}
	id, nid := b.wid(i), b.wid(j)
	return (b.placeID(id) || b.hasCountry(id)) && !b.isFirstID(id) && b.isFirstID(nid) && !b.placeID(nid) && !b.hasCountry(nid)
}

// placingWord reports whether w, before a place, says where: in, at,
// from, near (in either case).
func placingWord(w string) bool {
	switch w {
	case "in", "In", "at", "At", "from", "From", "near", "Near":
		return true
	}
	return false
}

// datingWord reports whether w, before a month's name, makes it a date:
// in, on, since, until, till, last, next, this, early, late, during (in
// either case). By, from, before and after are left out: they come before
// names as often (reported by Sunday Times).
func datingWord(w string) bool {
	switch w {
	case "in", "In", "on", "On", "since", "Since", "until", "Until", "till", "Till", "last", "Last",
		"next", "Next", "this", "This", "early", "Early", "late", "Late", "during", "During":
		return true
	}
	return false
}

// commonStarter words begin sentences far more often than they name anyone.
func commonStarter(w string) bool {
	switch w {
	case "The", "A", "An", "But", "And", "He", "She", "It", "They", "We", "I", "In", "On", "At", "As",
		"If", "When", "While", "This", "That", "There", "His", "Her", "Its", "Their", "Our", "Some",
		"Many", "For", "With", "After", "Before", "Now", "So", "Yet", "Also", "However", "Meanwhile",
		"Last", "Next", "Other", "Both", "All", "Most", "One", "Two", "Three", "Such", "These", "Those":
		return true
	}
	return false
}

// wordOf returns token i's text with a possessive ending removed ('s,
// ’s, ' after a final s is a token of its own), and whether there was one:
// read from the token's shape facts.
func (b *builder) wordOf(i int) (string, bool) {
	w := b.toks[i].Text
	c := int(b.shape[i] & tsCut)
	return w[:len(w)-c], c != 0
}

// tokWordAt is token i's text with a possessive ending removed.
func (b *builder) tokWordAt(i int) string {
	w := b.toks[i].Text
	return w[:len(w)-int(b.shape[i]&tsCut)]
}

// plausibleName reports whether the tokens after a title head can be a
// person's name rather than the rest of an organisation's name.
func (b *builder) plausibleName(rest []int, head string) bool {
	if len(rest) == 0 {
		return false
	}
	uncommon := false
	for _, i := range rest {
		t := &b.toks[i]
		if !isCap(t) && !isParticleTok(t) {
			return false
		}
		w := b.tokWordAt(i)
		if orgSuffixSet.has(w) && i == rest[len(rest)-1] {
			return false
		}
		if id := b.wid(i); !b.commonID(id) || b.isFirstID(id) {
			uncommon = true
		}
	}
	if ambiguousHeads[head] && !uncommon {
		return false
	}
	if b.hasCountry(b.wid(rest[len(rest)-1])) && len(rest) == 1 {
		return false
	}
	return true
}

// makeTitle builds the title that ends at token last (inclusive), starting
// at token first or further left over title words.
func (b *builder) makeTitle(first, last int) Title {
	toks := b.toks
	start := first
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		t := &toks[k]
		if t.Block != toks[first].Block || t.Sentence != toks[first].Sentence {
			break
		}
		if !b.titleish(k) && !(isCap(t) && !b.initialish(k) && !isHonorificTok(t)) {
			break
		}
		lw := b.lowerTok(k, t.Text)
		if lw == "the" || lw == "of" || lw == "and" || lw == "for" || lw == "&" || lw == "-" || lw == "to" {
			// A connector must have a title word on its left.
			if k == 0 || !b.titleish(k-1) && !isCap(&toks[k-1]) {
				break
			}
			// Nor may it stand after another person's name (Governor Jo
			// Smith and Mayor Bill Reyes: Mayor is Reyes's title alone).
			if lw == "and" && !b.titleish(k-1) && k >= 2 && isCap(&toks[k-2]) && toks[k-2].Sentence == t.Sentence && b.isFirstID(b.wid(k-2)) {
				break
			}
		}
		start = k
	}
	// Do not start a title with a connector.
	for start < first {
		lw := b.lowerTok(start, toks[start].Text)
		if lw == "the" || lw == "of" || lw == "and" || lw == "for" || lw == "&" || lw == "to" {
			start++
			continue
		}
		break
	}
	// A country of two words whose first opens the sentence (South Korea
	// coach Hong Myung-bo) stays whole: Korea alone would be the North.
	// So does a demonym of two words (South African President); a country
	// that the second word names alone after The (The US envoy) does not.
	if p := start - 1; p >= 0 && start < last && isCap(&toks[p]) && toks[p].Sentence == toks[start].Sentence && b.initialish(p) {
		if c := b.twoWordCountry(p); c != "" && (c != b.tokCountry(start) || b.tokLower(p) != "the") {
			start = p
		} else if c := b.twoWordDemonym(p); c != "" {
			start = p
		}
	}
	ti := Title{Span: lint.Span{Start: toks[start].Span.Start, End: toks[last].Span.End}}
	ti.Text = b.doc.Text[ti.Span.Start:ti.Span.End]
	if start < last {
		ti.Text = foldSpace(ti.Text) // (one token holds no space)
	}
	ti.Country, ti.Modifier = b.titleWords(start, last)
	// The article before the title tells us about modifiers too: "the former".
	return ti
}

// titleWords returns the country and the modifier that the words of the
// title tokens start..last give. They depend on the title's text alone
// (its words, capitals and spaces): worked out once per text and kept
// with its vocabulary entry.
func (b *builder) titleWords(start, last int) (country, modifier string) {
	var id int32
	if start == last && b.shape[start]&tsCut == 0 {
		id = b.wid(start) // (the token's word, its whole text: no hashing)
	} else {
		id = b.docID(b.doc.Text[b.toks[start].Span.Start:b.toks[last].Span.End])
	}
	t := b.titleOf(id)
	if t.done {
		return t.country, t.modifier
	}
	country, modifier = b.titleWordsOf(start, last)
	t.done, t.country, t.modifier = true, country, modifier
	return country, modifier
}

// titleWordsOf is titleWords worked out from the tokens.
func (b *builder) titleWordsOf(start, last int) (country, modifier string) {
	toks := b.toks
	var ti Title // (its Country and Modifier, as the words give them)
	for k := start; k <= last; k++ {
		w := b.tokWordAt(k)
		lw := b.lowerTok(k, w)
		if ti.Country == "" {
			if c := b.twoWordCountry(k); k < last && c != "" && c != b.tokCountry(k+1) {
				ti.Country = c // South Korea, not Korea
			} else if c := b.twoWordDemonymBefore(k, last); c != "" {
				ti.Country = c // North Korean, not Korean
			} else if c := b.tokCountry(k); c != "" && isCap(&toks[k]) {
				ti.Country = c
			} else if c := b.tokDemonym(k); c != "" {
				ti.Country = c
			}
		}
		if lw != "" && ti.Modifier == "" {
			if p := titlePrefixes[lw[0]]; p != "" && strings.HasPrefix(lw, p) {
				ti.Modifier = p[:len(p)-1] // (its hyphen cut)
			}
		}
		if titleModifiers[lw] && ti.Modifier == "" && !titleHeads[lw] {
			ti.Modifier = lw
		}
	}
	return ti.Country, ti.Modifier
}

// twoWordCountry is the country that tokens k and k+1, both capitalised
// and one space apart, name together (South Korea, New Zealand), or "".
func (b *builder) twoWordCountry(k int) string {
	toks := b.toks
	if k+1 >= len(toks) || !isCap(&toks[k]) || !isCap(&toks[k+1]) || toks[k+1].Span.Start != toks[k].Span.End+1 || b.tokCountry(k+1) == "" && b.tokCountry(k) == "" {
		return ""
	}
	return b.countryID(b.docID(b.doc.Text[toks[k].Span.Start:toks[k+1].Span.End]))
}

// twoWordDemonym is the country of the demonym that tokens k and k+1 make
// together as twoWordCountry reads them (North Korean, South African), or "".
func (b *builder) twoWordDemonym(k int) string {
	toks := b.toks
	if k+1 >= len(toks) || !isCap(&toks[k]) || !isCap(&toks[k+1]) || toks[k+1].Span.Start != toks[k].Span.End+1 {
		return ""
	}
	return b.demonymID(b.docID(b.doc.Text[toks[k].Span.Start:toks[k+1].Span.End]))
}

// twoWordDemonymBefore is twoWordDemonym(k) when token k is not the
// title's last and the pair names another country than token k+1 alone.
func (b *builder) twoWordDemonymBefore(k, last int) string {
	if k >= last {
		return ""
	}
	if c := b.twoWordDemonym(k); c != b.tokDemonym(k+1) {
		return c
	}
	return ""
}

// foldSpace returns s with each run of white space made one space (s
// itself when it has no line end, tab or double space: one look at each
// byte).
func foldSpace(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\r' || c == '\t' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// foldKey is Fold(b.joinText(idx)), built from the folded words in a
// scratch buffer (valid until the next call): joinText only adds spaces and
// the full stops of initials, which Fold drops, and Fold maps each letter
// on its own.
func (b *builder) foldKey(idx []int) []byte {
	k := b.keyBuf[:0]
	for _, i := range idx {
		k = append(k, b.tokFold(i)...)
	}
	b.keyBuf = k
	return k
}

// joinText is the name of tokens idx as written: the words with a space
// between words apart (none between joined ones), initials with their full
// stop, the last word without a possessive ending. Most names read so in
// the text: then the text is returned, not a copy.
func (b *builder) joinText(idx []int) string {
	if len(idx) == 1 && !b.isInitial(idx[0]) {
		// One word (most names): the token's word, as written.
		return b.tokWordAt(idx[0])
	}
	if len(idx) > 0 {
		toks := b.toks
		start := toks[idx[0]].Span.Start
		end := start
		same := true
		for k, i := range idx {
			t := &toks[i]
			if k > 0 {
				gap := b.doc.Text[end:t.Span.Start]
				if !(gap == "" && toks[idx[k-1]].Span.End == t.Span.Start || gap == " " && toks[idx[k-1]].Span.End != t.Span.Start) {
					same = false
					break
				}
			}
			// (A token's text is the document's at its span, as lint cuts
			// it: only a token made otherwise could differ, in length.)
			if t.Span.End-t.Span.Start != len(t.Text) {
				same = false
				break
			}
			end = t.Span.End
			if k == len(idx)-1 {
				end = t.Span.Start + len(b.tokWordAt(i))
			}
			if b.isInitial(i) {
				if end >= len(b.doc.Text) || b.doc.Text[end] != '.' {
					same = false
					break
				}
				end++
			}
		}
		if same {
			return b.doc.Text[start:end]
		}
	}
	var sb strings.Builder
	for k, i := range idx {
		t := &b.toks[i]
		if k > 0 {
			if b.toks[idx[k-1]].Span.End == t.Span.Start {
				// joined directly (no space)
			} else {
				sb.WriteByte(' ')
			}
		}
		if k == len(idx)-1 {
			sb.WriteString(b.tokWordAt(i))
		} else {
			sb.WriteString(t.Text)
		}
		// An initial keeps its full stop.
		if b.isInitial(i) {
			sb.WriteByte('.')
		}
	}
	return sb.String()
}

// classify sets the kind of a name run; kind -1 drops it (a demonym).
// The kind of a run of one or two words without an honorific, title, kept
// sentence-initial word or initial depends on little beside the words (see
// classifyOne, classifyPair): it is worked out once and kept.
func (b *builder) classify(nr *nameRun) {
	switch {
	case nr.hon != "" || nr.hasTitle || nr.initName:
	case len(nr.toks) == 1:
		b.classifyOne(nr)
		return
	case len(nr.toks) == 2:
		b.classifyPair(nr)
		return
	}
	b.classifyRun(nr)
}

// classifyOne is classify of a run of one word: its kind depends on the
// word and whether it is in capitals alone, and is kept with the word
// (lexInfo.kind1).
func (b *builder) classifyOne(nr *nameRun) {
	if b.isInitial(nr.toks[0]) {
		b.classifyRun(nr)
		return
	}
	id := b.wid(nr.toks[0])
	caps := 0
	if b.toks[nr.toks[0]].Has(lint.AllCaps) {
		caps = 1
	}
	if k := b.infos[id].kind1[caps]; k != 0 {
		nr.kind, nr.fullID = Kind(k)-2, id
		return
	}
	b.classifyRun(nr)
	b.infos[id].kind1[caps] = int8(nr.kind) + 2
}

// classifyPair is classify of a run of two words: its kind depends on the
// two words, whether an age follows them (Pep Guardiola, 53,) and whether a
// title noun and a comma stand before them (her lawyer, Jordan Lim,), and
// is kept with the vocabulary entry of the name's text (lexCold.kind2, for
// the words of lexCold.pair).
func (b *builder) classifyPair(nr *nameRun) {
	t0, t1 := nr.toks[0], nr.toks[1]
	if b.isInitial(t0) || b.isInitial(t1) {
		b.classifyRun(nr)
		return
	}
	w0, w1 := b.wid(t0), b.wid(t1)
	pair := [2]int32{w0 + 1, w1 + 1}
	full := b.pairFull(nr, w0, w1)
	ctx := 0
	if b.ageAfter(t1) {
		ctx |= 1
	}
	if b.titleComma(t0) {
		ctx |= 2
	}
	c := b.coldAt(full) // (it stays where it is when the vocabulary grows: see paged)
	if c.pair == pair && c.kind2[ctx] != 0 {
		v := c.kind2[ctx]
		nr.kind, nr.person, nr.surFirst, nr.fullID = Kind(v&15)-2, v&16 != 0, v&32 != 0, full
		return
	}
	b.classifyRun(nr)
	if b.frozen && max(pair[0], pair[1]) > b.base {
		return // (indices the frozen vocabulary gives other words after this document)
	}
	if c.pair != pair {
		c.pair, c.kind2 = pair, [4]int8{}
	}
	v := int8(nr.kind) + 2
	if nr.person {
		v |= 16
	}
	if nr.surFirst {
		v |= 32
	}
	c.kind2[ctx] = v
}

// classifyRun is classify worked out from the run.
func (b *builder) classifyRun(nr *nameRun) {
	toks := b.toks
	n := len(nr.toks)
	// The words' vocabulary indices (the words themselves are read from
	// the tokens when needed).
	var idsBuf [8]int32
	ids := idsBuf[:0]
	for _, i := range nr.toks {
		ids = append(ids, b.wid(i))
	}
	firstW, lastW := b.tokWordAt(nr.toks[0]), b.tokWordAt(nr.toks[n-1])
	full := nr.text
	fullID := ids[0]
	if n == 2 && !b.isInitial(nr.toks[0]) && !b.isInitial(nr.toks[1]) {
		// A name of two words is found by its words' indices, its text
		// not hashed again (see pairFull; classifyPair has looked it up
		// there already when it comes here).
		fullID = b.pairFull(nr, ids[0], ids[1])
	} else if n > 1 || full != firstW {
		fullID = b.docID(full)
	}
	nr.fullID = fullID
	isAllCaps := n == 1 && toks[nr.toks[0]].Has(lint.AllCaps)
	if n == 2 && len(firstW) <= 5 && len(lastW) >= 5 && len(lastW) <= 11 && b.surnameFirst(firstW, lastW) {
		nr.kind, nr.person, nr.surFirst = Person, true, true
		return
	}
	if n == 2 && len(lastW) <= 5 && len(firstW) >= 5 && len(firstW) <= 11 && b.givenFirst(firstW, lastW) {
		nr.kind, nr.person = Person, true
		return
	}
	switch {
	case nr.hon != "" && honorificOf(nr.hon) != Unknown || nr.hon == "Dr" || nr.hon == "Prof" || nr.hon == "Sen" || nr.hon == "Rep" || nr.hon == "Gov" || nr.hon == "Gen":
		nr.kind, nr.person = Person, true
		return
	case b.placeID(fullID):
		nr.kind = Place
		return
	case b.hasDemonym(fullID):
		nr.kind = -1
		return
	case n > 1 && (orgSuffixSet.has(lastW) || orgHeadSet.has(firstW) && b.hasWord(nr.toks, "of") || b.hasWord(nr.toks, "&")):
		nr.kind = Organization
		return
	case isAllCaps:
		nr.kind = Organization
		return
	case nr.hon != "":
		nr.kind, nr.person = Person, true
		return
	case nr.initName:
		// A common first name or a surname kept before a name word, as a
		// person's (Hope Solo, the goalkeeper, said; Tang Wei said).
		nr.kind, nr.person = Person, true
		return
	}
	// Every word of a person's name is a name: not an ordinary word unless
	// it is also a first name or surname (Will Young, Mark Price).
	nameLike := true
	// A plain first name before a surname that is also a place (Lloyd
	// Austin, Whitney Houston) is a person's name.
	f0 := ids[0]
	firstPlain := n > 1 && b.isFirstID(f0) && !b.commonID(f0) && !b.placeID(f0) && !b.hasCountry(f0)
	// After a person's title, an initial may open the name too (Governor
	// K. Subramanian; the bank's governor, K. Subramanian,): a letter there
	// is no ordinary word.
	titledInitials := n > 1 && !b.isInitial(nr.toks[n-1]) && (nr.hasTitle || b.titleComma(nr.toks[0]))
	for k, ti := range nr.toks {
		if b.particleAt(ti) || (k > 0 || titledInitials) && b.isInitial(ti) {
			continue
		}
		id := ids[k]
		surnamePlace := firstPlain && k == n-1 && b.surnameID(id) && !b.hasCountry(id)
		if b.commonID(id) && !b.surnameID(id) && !b.isFirstID(id) || b.hasCountry(id) || n > 1 && b.placeID(id) && !surnamePlace {
			nameLike = false
		}
	}
	firstID, lastID := ids[0], ids[n-1]
	if nr.hasTitle && (nameLike || n == 1 && !b.commonID(firstID)) && !ambiguousHeads[b.headOfTitle(b.titleAt(nr.title).Text)] {
		nr.kind, nr.person = Person, true
		return
	}
	// Two name-shaped words and an age after them (Pep Guardiola, 53,).
	if n == 2 && !b.commonID(lastID) && !b.placeID(lastID) && !b.hasCountry(firstID) && !b.hasDemonym(firstID) && b.nameShapedID(firstID) && b.nameShapedID(lastID) && b.ageAfter(nr.toks[1]) {
		nr.kind, nr.person = Person, true
		return
	}
	if n >= 2 && !orgSuffixSet.has(lastW) && nameLike {
		g := b.firstID(firstID)
		// A first name that is also an ordinary word (Blue, Rose) must be
		// a common first name.
		if g != lexicon.NotAName && !b.hasCountry(firstID) && !b.placeID(firstID) && (!b.commonID(firstID) || b.commonFirstID(firstID)) {
			nr.kind, nr.person = Person, true
			return
		}
		if b.isInitial(nr.toks[0]) || strings.Count(firstW, ".") >= 1 && utf8.RuneCountInString(firstW) <= 4 {
			nr.kind, nr.person = Person, true
			return
		}
		// Two uncommon capitalised words (Mikhail Khodorkovsky).
		if n <= 3 && !b.commonID(firstID) && !b.commonID(lastID) && !b.placeID(firstID) && !b.placeID(lastID) && !b.hasDemonym(firstID) && b.nameShapedID(firstID) && b.nameShapedID(lastID) {
			nr.kind, nr.person = Person, true
			return
		}
	}
	// A country that is also a first name, before a known surname, after
	// a title or in apposition to one (Her lawyer, Jordan Lim,; spokesman
	// Chad Brown) is a first name.
	if n == 2 && b.hasCountry(ids[0]) && (nr.hasTitle || b.titleComma(nr.toks[0])) && b.isFirstID(ids[0]) && b.surnameID(ids[1]) && !b.placeID(ids[1]) && !b.hasCountry(ids[1]) {
		nr.kind, nr.person = Person, true
		return
	}
	nr.kind = Other
}

// surnameFirst reports whether two words are an East Asian name in its
// own order, the surname first: a short known surname and a hyphenated
// given name (Son Heung-min, Hong Myung-bo, Tsai Ing-wen, Kim Min-jae)
// whose first part is no place, whose second is a lower-case syllable, not
// a word that makes a compound of a name (a Blair-style, Trump-era,
// Kong-based: see compoundTails), and which is no compound of two ordinary
// words (Self-help, Post-war).
func (b *builder) surnameFirst(w0, w1 string) bool {
	if len(w0) < 2 || len(w0) > 5 || len(w1) < 5 || len(w1) > 11 || !asciiName(w0) {
		return false
	}
	p1, p2, ok := hyphenatedGiven(w1, 2)
	if !ok {
		return false
	}
	return lexicon.IsSurname(w0) && !(lexicon.IsCommonWord(p1) && lexicon.IsCommonWord(p2)) && !lexicon.IsPlace(w0) && !lexicon.IsPlace(p1)
}

// hyphenatedGiven splits an East Asian given name written with a hyphen
// (Heung-min, Ing-wen) into its syllables: a capitalised first of two to
// five letters and a lower-case second of minTail to five letters that
// makes no compound of a name (see compoundTails).
func hyphenatedGiven(w string, minTail int) (p1, p2 string, ok bool) {
	h := strings.IndexByte(w, '-')
	if h < 2 || h > 5 || len(w)-h-1 < minTail || len(w)-h-1 > 5 {
		return "", "", false
	}
	p1, p2 = w[:h], w[h+1:]
	if !asciiName(p1) || !asciiLower(p2) || compoundTails[p2] {
		return "", "", false
	}
	return p1, p2, true
}

// givenFirst reports whether two words are an East Asian name in Western
// order, a hyphenated given name and a short known surname (Ji-sung Park,
// Heung-min Son), which the surname alone may make another thing (Park an
// organisation's word, Son a common word): the given name is as in
// surnameFirst but with a syllable of three letters or more after the
// hyphen (Co-op Bank stays an organisation), and its first part no
// ordinary word either (Ex-chief Lee).
func (b *builder) givenFirst(w0, w1 string) bool {
	if len(w1) < 2 || !asciiName(w1) {
		return false
	}
	p1, _, ok := hyphenatedGiven(w0, 3)
	if !ok {
		return false
	}
	return lexicon.IsSurname(w1) && !lexicon.IsCommonWord(p1) && !lexicon.IsPlace(p1) && !lexicon.IsPlace(w1)
}

// compoundTails are the lower-case words of five letters or fewer that
// follow a capitalised word in a compound (Blair-style, Hong Kong-based).
var compoundTails = map[string]bool{
	"style": true, "era": true, "led": true, "based": true, "born": true, "like": true, "type": true,
	"owned": true, "made": true, "run": true, "held": true, "wide": true, "free": true, "only": true,
	"ish": true, "ite": true, "ist": true, "ian": true, "day": true, "year": true, "class": true,
	"size": true, "bound": true, "area": true, "zone": true, "bred": true, "grown": true, "sized": true,
	"level": true, "lite": true, "plus": true, "ward": true, "wards": true, "esque": true,
	"esqe": true, "ism": true, "isms": true, "ites": true, "ists": true, "eyed": true, "faced": true,
}

// modifierCompound reports whether a capitalised word is a compound that
// describes what follows it (California-based, London-born, Blair-style,
// Trump-era: a compound tail after its last hyphen).
func modifierCompound(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k+1 < len(w) && compoundTails[w[k+1:]]
}

// asciiName reports whether w is an ASCII capital and lower-case letters.
func asciiName(w string) bool {
	return w != "" && 'A' <= w[0] && w[0] <= 'Z' && asciiLower(w[1:])
}

func asciiLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// surnameLeads reports whether a person's name opens with the surname
// (Son Heung-min: see surnameFirst).
func surnameLeads(e *Entity) bool {
	n := len(e.Surname)
	return len(e.Name) > n && e.Name[n] == ' ' && e.Name[:n] == e.Surname && strings.IndexByte(e.Name[n:], '-') >= 0
}

// capParticle reports whether w is a particle with a capital (Van, De,
// Della), read from the text without a lower-case copy: most words are
// ruled out by their length and first letter.
func capParticle(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	switch w[0] {
	case 'D', 'V', 'L', 'B', 'I', 'A', 'E', 'T', 'Z':
	default:
		return false
	}
	var buf [5]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return isParticleWord(string(buf[:len(w)]))
}

// capParticleTok is capParticle(t.Text), most tokens turned away by
// their Fold (ASCII-lowered, as capParticle lowers; the particles are
// ASCII).
func capParticleTok(t *lint.Token) bool { return particleFold.Has(t.Fold) && capParticle(t.Text) }

// capParticles makes a name run that opens a sentence with a capitalised
// particle (Van Nistelrooy said; De Gaulle's) a particle run, a surname
// form, when another name of the document ends in the same words with the
// particle in lower case (Ruud van Nistelrooy): the capital is the
// sentence's, not a first name Van. Run only when findRuns saw such a run,
// over the runs addRun listed in partRuns: a long page has a few such runs
// among thousands, which two walks over all the runs read from memory.
func (b *builder) capParticles() {
	if b.tails == nil {
		b.tails = make(map[string]struct{})
	}
	tails := b.tails
	defer clear(tails)
	// (The runs' flags were set by addRun: in a long document the runs'
	// tokens are no longer in the cache here.)
	for _, k := range b.partRuns {
		if int(k) >= len(b.names) {
			continue // (taken back)
		}
		if nr := &b.names[k]; nr.lowPart {
			tails[string(b.foldKey(nr.toks[b.lowParticle(nr.toks):]))] = struct{}{}
		}
	}
	if len(tails) == 0 {
		return
	}
	for _, k := range b.partRuns {
		if int(k) >= len(b.names) {
			continue
		}
		nr := &b.names[k]
		if !nr.capLead || nr.particle {
			continue
		}
		if _, ok := tails[string(b.foldKey(nr.toks))]; ok {
			nr.particle, nr.kind = true, Person
		}
	}
}

// lowParticle returns the index in ts, the tokens of a name run, of the
// first word inside it (neither first nor last) that is a particle in
// lower case (van in Ruud van Nistelrooy), or -1.
func (b *builder) lowParticle(ts []int) int {
	for j := 1; j < len(ts)-1; j++ {
		if i := ts[j]; !isCap(&b.toks[i]) && isParticle(b.textLower(i)) {
			return j
		}
	}
	return -1
}

// isNameShaped: a capital followed by lower-case letters (with inner
// apostrophes or hyphens), not an acronym or a number.
func isNameShaped(w string) bool {
	up, low := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		case unicode.IsDigit(r):
			return false
		}
	}
	return up >= 1 && low >= 2 && up <= 3
}

// hasWord reports whether one of the tokens ts reads w (a possessive
// ending removed).
func (b *builder) hasWord(ts []int, w string) bool {
	for _, i := range ts {
		if b.tokWordAt(i) == w {
			return true
		}
	}
	return false
}

// doubleSurnameOf returns the one person among cands (the people with
// nr's surname) whose full name, of more words, ends in nr's two words: a
// Spanish or Portuguese name carries two surnames (Andrés Manuel López
// Obrador), and its second reference repeats both (López Obrador), which
// is that person by surname and not a new person whose first name is
// López. (Whether the first of the two is a first name does not tell them
// apart: García is listed as one.) Two such people make the reference
// ambiguous: nil.
func (b *builder) doubleSurnameOf(nr *nameRun, protos []protoEntity, cands []int32) *protoEntity {
	var pick *protoEntity
	for _, ci := range cands {
		c := &protos[ci]
		n := len(c.Name) - len(nr.text)
		if c.Kind != Person || n < 2 || c.Name[n-1] != ' ' || c.Name[n:] != nr.text {
			continue
		}
		if pick != nil {
			return nil
		}
		pick = c
	}
	// A common first name opening the two words makes them another
	// person's given name and surname: Henry Smith after John Henry Smith
	// is his son, Ann Jones after Mary Ann Jones her sister, Paul Jones
	// after John Paul Jones a namesake. (García and De are no common first
	// names.) Asked last: most two-word names end no longer full name, and
	// the lexicon's look-up was most of the test's cost.
	if pick != nil && lexicon.IsCommonFirstName(firstWord(nr.text)) {
		return nil
	}
	return pick
}

// surnameIdx returns the index in nr.toks of the surname (the last token
// that is not a suffix such as Jr).
func (b *builder) surnameIdx(nr *nameRun) int {
	if nr.surFirst {
		return 0
	}
	k := len(nr.toks) - 1
	for k > 0 && nameSuffixSet.has(b.tokWordAt(nr.toks[k])) {
		k--
	}
	return k
}

// group turns name runs into entities.
func (b *builder) group() {
	m := b.m
	if b.capParts {
		b.capParticles()
	}
	// Entities by the folded key of their full name, of their one-word
	// name, and people by folded surname (to a list of entity indices),
	// found through the key's vocabulary entry (see nameKeyID and
	// foldRepID), stamped with the document's number.
	surLists := b.surLists[:0]
	defer func() {
		for k := range surLists {
			surLists[k] = surLists[k][:0]
		}
		b.surLists = surLists[:0]
	}()
	// While names are grouped, the entities are small protoEntities in
	// scratch, found by index (a pointer into it is not kept across an
	// append: it grows as entities are made, instead of room for one per
	// name run, which a page of a million mentions of one name took); the
	// Entities are made once their number is known.
	protos := b.protos[:0]
	defer func() {
		clear(protos)
		b.protos = protos[:0]
	}()
	// surnamed returns the people whose folded surname has the vocabulary
	// index sf (see foldRepID), in order of their introduction.
	surnamed := func(sf int32) []int32 {
		if c := b.coldAt(sf); c.surGen == b.gen {
			return surLists[c.sur]
		}
		return nil
	}
	addSurname := func(sf int32, e *protoEntity) {
		c := b.coldAt(sf)
		if c.surGen != b.gen {
			k := int32(len(surLists))
			if len(surLists) < cap(surLists) {
				surLists = surLists[:k+1]
			} else {
				surLists = append(surLists, nil)
			}
			c.surGen, c.sur = b.gen, k
		}
		surLists[c.sur] = append(surLists[c.sur], int32(e.ID-1))
	}
	newEntity := func(nr *nameRun) *protoEntity {
		// Made in place in the room beyond len(protos), which is zero (the
		// protos are cleared after each document): a protoEntity made and
		// appended was built beside it and copied. (A full array doubles:
		// a page of a million names made five times it in copies.)
		protos = extendOne(protos)
		e := &protos[len(protos)-1]
		e.ID, e.Kind, e.Name, e.nameID = len(protos), nr.kind, nr.text, nr.fullID
		return e
	}
	// setMention fills *mm, a zero Mention, with the mention of nr.
	setMention := func(mm *Mention, nr *nameRun, form MentionForm) {
		mm.Span, mm.Text, mm.Form, mm.Honorific = nr.span, nr.text, form, nr.hon
		mm.Sentence, mm.Possessive, mm.Tokens = int(nr.sent), nr.possessive, nr.toks
		if nr.honTok >= 0 && nr.hon != "" {
			mm.HonSpan = b.toks[nr.honTok].Span
		}
	}
	// assigned[k] is the ID of the entity of run k (0: none).
	assigned := scratch.Zeroed(b.assigned, len(b.names))
	defer func() { clear(assigned); b.assigned = assigned[:0] }()
	// introduced[id-1] is where each person's first full name starts.
	introduced := b.introduced[:0]
	defer func() { b.introduced = introduced[:0] }()
	// Pass 1: full names of people, and multi-word names of other things.
	for k := range b.names {
		nr := &b.names[k]
		if len(nr.toks) < 2 || nr.particle {
			// (The length first: it is on the run's first cache line, and
			// most runs are of one word.)
			continue
		}
		// A person's full name up to the surname (Jr and the like left
		// out), another thing's whole name.
		named, sk := nr.toks, -1
		if nr.kind == Person {
			sk = b.surnameIdx(nr)
			if !nr.surFirst {
				named = nr.toks[:sk+1] // (the given name after a surname first stays)
			}
		}
		key := b.runKeyID(nr, named)
		var e *protoEntity
		c := b.coldAt(key)
		if c.fullGen == b.gen {
			e = &protos[c.full]
		}
		if e == nil && nr.kind == Person && len(named) == 2 && !nr.surFirst {
			// Read only for a two-word name not seen before, so a name
			// already known costs nothing more.
			if p := b.doubleSurnameOf(nr, protos, surnamed(b.foldRepID(b.wid(nr.toks[sk])))); p != nil {
				assigned[k] = int32(p.ID)
				nr.doubleSur = true
				continue
			}
		}
		if e == nil {
			e = newEntity(nr)
			c.fullGen, c.full = b.gen, int32(e.ID-1)
			for len(introduced) < e.ID {
				introduced = append(introduced, nr.span.Start)
			}
			if nr.kind == Person {
				e.Surname = b.tokWordAt(nr.toks[sk])
				addSurname(b.foldRepID(b.wid(nr.toks[sk])), e)
			}
		}
		assigned[k] = int32(e.ID)
	}
	// Pass 2: single names join a person by surname, or a thing by name.
	for k := range b.names {
		if assigned[k] != 0 {
			continue
		}
		nr := &b.names[k]
		sk := b.surnameIdx(nr)
		sf := b.foldRepID(b.wid(nr.toks[sk]))
		cands := surnamed(sf)
		placeLike := nr.kind == Place || nr.kind == Organization && nr.capsOrg
		// A place word that a person's surname (Lloyd Austin) is only that
		// person when an age follows it (Austin, 70, said).
		if placeLike && nr.hon == "" && len(cands) == 1 && protos[cands[0]].Kind == Person && b.ageAfter(nr.toks[len(nr.toks)-1]) {
			placeLike = false
		}
		if len(cands) > 0 && !(placeLike && nr.hon == "") {
			var pick *protoEntity
			// Two people sharing a surname: a surname before the second is
			// introduced means the first (Daniel Kessler ... Kessler ...
			// his wife, Maria Kessler).
			before, nb := (*protoEntity)(nil), 0
			for _, ci := range cands {
				if c := &protos[ci]; c.ID <= len(introduced) && introduced[c.ID-1] < nr.span.Start {
					before = c
					nb++
				}
			}
			if len(cands) == 1 {
				pick = &protos[cands[0]]
			} else if nb == 1 && len(cands) > 1 {
				pick = before
			} else if g := honorificOf(nr.hon); g != Unknown {
				for _, ci := range cands {
					if c := &protos[ci]; c.Kind == Person && b.firstNameGender(c.Name) == g {
						if pick != nil {
							pick = nil
							break
						}
						pick = c
					}
				}
			}
			if pick != nil && pick.Kind == Person {
				assigned[k] = int32(pick.ID)
				nr.kind = Person
				continue
			}
			if len(cands) > 1 {
				// Two people share the surname: unresolved.
				nr.kind = Person
				m.Unresolved = append(m.Unresolved, Mention{})
				setMention(&m.Unresolved[len(m.Unresolved)-1], nr, Surname)
				continue
			}
		}
		key := b.runKeyID(nr, nr.toks)
		var e *protoEntity
		c := b.coldAt(key)
		if c.singleGen == b.gen {
			e = &protos[c.single]
		} else if c.fullGen == b.gen {
			e = &protos[c.full]
		}
		if e == nil {
			e = newEntity(nr)
			c.singleGen, c.single = b.gen, int32(e.ID-1)
			if nr.kind == Person {
				e.Surname = b.tokWordAt(nr.toks[sk])
				addSurname(sf, e)
			}
		} else if nr.kind == Person && e.Kind != Person {
			// (The surname's text is read only here and above: most runs
			// of this pass join someone without it.)
			e.Kind = Person
			e.Surname = b.tokWordAt(nr.toks[sk])
			addSurname(sf, e)
		}
		assigned[k] = int32(e.ID)
	}
	// The entities, in one allocation of the exact size.
	if len(protos) > 0 {
		slab := take(&m.st.ents, len(protos))
		m.Entities = take(&m.st.ptrs, len(protos))
		for k := range protos {
			p := &protos[k]
			e := &slab[k] // zero (empty lists): only the fields grouping set are written
			e.ID, e.Kind, e.Name, e.Surname = p.ID, p.Kind, p.Name, p.Surname
			m.Entities[k] = &slab[k]
		}
	}
	m.makeByToken(len(b.toks))
	// Record mentions in text order, in room made for each entity's count
	// in one slab: start[id-1] is where the entity's mentions begin and
	// next[id-1] where its next one goes. (The Entities, far bigger than
	// these, are given their mentions once each at the end, not touched
	// for every mention: a long article has more than the cache holds.)
	counts := scratch.Zeroed(b.pos, 2*len(m.Entities))
	start, next := counts[:len(m.Entities)], counts[len(m.Entities):]
	defer func() { clear(counts); b.pos = counts[:0] }()
	for _, id := range assigned {
		if id != 0 {
			next[id-1]++
		}
	}
	total := int32(0)
	for ei, n := range next {
		start[ei], next[ei] = total, total
		total += n
	}
	all := take(&m.st.ments, int(total))
	// Where each name token stands (see wordAt; only the tokens of names
	// are ever read).
	b.wordPos = scratch.Resized(b.wordPos, len(b.toks))
	for k := range b.names {
		if assigned[k] == 0 {
			continue
		}
		p := &protos[assigned[k]-1]
		nr := &b.names[k]
		form := FullName
		if p.Kind == Person && (len(nr.toks) < 2 || nr.particle || nr.doubleSur) {
			form = Surname
		}
		at := next[p.ID-1]
		next[p.ID-1]++
		mi := int(at - start[p.ID-1])
		setMention(&all[at], nr, form)
		if form == FullName && p.fullNameID == 0 {
			p.fullNameID = nr.fullID + 1
		}
		for wk, ti := range nr.toks {
			m.setEntityID(ti, int32(p.ID))
			b.wordPos[ti] = wordPos{mi: int32(mi), place: placeOf(p.Kind, form, wk, len(nr.toks))}
		}
		if !nr.hasTitle && nr.hon == "" {
			continue
		}
		e := m.Entities[p.ID-1]
		if nr.hasTitle {
			t := *b.titleAt(nr.title)
			t.Mention = mi
			e.Titles = append(e.Titles, t)
			if e.Country == "" && t.Country != "" {
				e.Country = t.Country
			}
		}
		if nr.hon == "" {
			continue
		}
		if g := honorificOf(nr.hon); g != Unknown {
			e.Evidence = append(e.Evidence, Evidence{Gender: g, Why: why("honorific ", nr.hon), Span: b.toks[nr.honTok].Span, Source: FromHonorific})
		}
	}
	for ei, e := range m.Entities {
		e.Mentions = all[start[ei]:next[ei]:next[ei]]
		// The vocabulary index of e.Name, known from its mention's run.
		p := &protos[ei]
		nameID := p.nameID
		if e.Kind == Person {
			// The spelling of the first full-name mention (found once: the
			// evidence of its first name is read from it too).
			var full *Mention
			for k := range e.Mentions {
				if mm := &e.Mentions[k]; mm.Form == FullName {
					full = mm
					e.Name = mm.Text
					nameID = p.fullNameID - 1
					break
				}
			}
			// (a surname first, Kim Jong-un, is no first name)
			if g := b.firstNameGenderID(e.Name, nameID); g != Unknown && full != nil && !surnameLeads(e) {
				e.Evidence = append(e.Evidence, Evidence{Gender: g, Why: b.firstWhyID(b.docID(firstWord(full.Text))), Span: b.toks[full.Tokens[0]].Span, Source: FromFirstName})
			}
			for _, t := range e.Titles {
				b.titleEvidence(e, t.Text, t.Span)
			}
		} else if e.Country == "" {
			id := nameID
			if c := b.countryID(id); c != "" {
				e.Country = c
			} else if c := b.placeCountryID(id); c != "" {
				e.Country = c
			}
		}
	}
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// firstNameGender is the gender the first name of a person's name shows.
func (b *builder) firstNameGender(name string) Gender {
	if strings.IndexByte(name, ' ') < 0 {
		return Unknown
	}
	return b.firstNameGenderID(name, b.docID(name))
}

// firstNameGenderID is firstNameGender of the name whose vocabulary
// index is id.
func (b *builder) firstNameGenderID(name string, id int32) Gender {
	if strings.IndexByte(name, ' ') < 0 {
		return Unknown
	}
	// Kept with the name's vocabulary entry: a name is read once.
	if li := &b.infos[id]; li.have&haveNameGender != 0 {
		return Gender(b.rare[id].nameGender)
	}
	g := b.nameGender(name)
	b.infos[id].have |= haveNameGender
	b.rare[id].nameGender = uint8(g)
	return g
}

// nameGender is firstNameGender of a name of two words or more.
func (b *builder) nameGender(name string) Gender {
	fw := firstWord(name)
	if ambiguousFirstNames[fw] {
		return Unknown
	}
	switch b.firstGender(fw) {
	case lexicon.Male:
		return Male
	case lexicon.Female:
		return Female
	}
	return Unknown
}

// ambiguousFirstNames are mostly female in the US data but male elsewhere
// in Europe (Andrea Pirlo, Nicola Sturgeon's namesakes, Jean Chrétien).
var ambiguousFirstNames = setOf("Andrea", "Nicola", "Jean", "Simone", "Michele", "Daniele",
	"Gabriele", "Sasha", "Kim", "Hilary", "Evelyn", "Carol", "Dominique", "Claude", "Laurence",
	"Joan", "Jan", "Rene", "René", "Noel", "Gene", "Joss", "Francis", "Frances",
	"Marion", "Leslie", "Lesley", "Vivian", "Vivien", "Shannon", "Robin", "Ashley", "Kelly",
	"Stacy", "Tracy", "Jody", "Jordan", "Lindsay", "Lindsey", "Sandy", "Sam", "Alex", "Chris",
	"Pat", "Terry", "Jackie", "Billie", "Bobbie", "Jo", "Nikita", "Ilya", "Luca", "Mika",
	"Toni", "Dani", "Yuri", "Kai", "Ira", "Jules", "Aubrey", "Beverley", "Beverly")

// ageAfter reports whether ", 45," (or ", 45.") follows token i.
func (b *builder) ageAfter(i int) bool {
	toks := b.toks
	if i+3 >= len(toks) || toks[i+1].Text != "," || toks[i+2].Kind != lint.Number || !b.sameBlock(i, i+3) {
		return false
	}
	if _, ok := ageOf(toks[i+2].Text); !ok {
		return false
	}
	return toks[i+3].Text == "," || toks[i+3].Text == "."
}

// initialNameWord reports whether the ordinary word i opening a sentence
// is the first word of the two-word name i, j standing as a speaker or
// before an apposition (Hope Solo, the goalkeeper, said; Tang Wei said):
// either a common first name before a surname that is no title, place or
// country word (Hope Solo, Rose Byrne), or a surname before a word that is
// in no dictionary and never stands alone mid-sentence, as in a Chinese
// name, surname first (Tang Wei, Long Xiaoming; not Young Obama ...
// Obama said). A modal in a question (Will Brown, the chairman, resign?)
// is no name.
func (b *builder) initialNameWord(i int, id int32, j int) bool {
	toks := b.toks
	if j != i+1 || j+1 >= len(toks) || !b.sameBlock(i, j+1) || !isCap(&toks[j]) {
		return false
	}
	switch next := &toks[j+1]; {
	case next.Text == ",":
	case next.Kind == lint.Word && (next.Text == "said" || next.Text == "says" || next.Text == "told" || next.Text == "added"):
	default:
		return false
	}
	nid := b.wid(j)
	if determinerSet.has(b.lowerID(id)) || b.titleOrHead(j) || b.hasCountry(nid) || b.placeID(nid) || isHonorificTok(&toks[j]) {
		return false
	}
	switch {
	case b.commonFirstID(id):
	case b.surnameID(id) && !b.commonID(nid) && !b.givenAlone(id, nid, j):
	default:
		return false
	}
	return !b.modalQuestion(i)
}

// modalQuestion reports whether token i is a modal verb opening a
// question (Will Brown, the chairman, resign?).
func (b *builder) modalQuestion(i int) bool {
	switch b.toks[i].Text {
	case "Will", "May", "Can", "Shall", "Must", "Might", "Should", "Would", "Could":
	default:
		return false
	}
	for k := i + 1; k < len(b.toks) && k < i+80 && b.sameBlock(i, k); k++ {
		t := &b.toks[k]
		if t.Has(lint.SentenceStart) {
			break
		}
		if t.Text == "?" {
			return true
		}
	}
	return false
}

// givenAlone reports whether the word nid, of token j, is capitalised
// mid-sentence other than right after the word id (Obama said, beside
// Young Obama opening a sentence). Past a few scans in one document it
// answers yes, which keeps the sentence-initial word out of the name.
//
// The capitals are scanned outward from j, nearest first: any such
// capital answers, and in a long page the word's other mentions are most
// often in the same story, near j, where a scan from the start read the
// capitals of the stories before it (each a cache miss for its word).
func (b *builder) givenAlone(id, nid int32, j int) bool {
	if b.midCapOf(nid) == 0 {
		return false
	}
	if b.aloneScans >= maxAloneScans {
		return true
	}
	b.aloneScans++
	caps := b.caps
	hi, _ := slices.BinarySearch(caps, int32(j))
	for lo := hi - 1; lo >= 0 || hi < len(caps); lo, hi = lo-1, hi+1 {
		if hi < len(caps) && b.aloneAt(int(caps[hi]), id, nid) {
			return true
		}
		if lo >= 0 && b.aloneAt(int(caps[lo]), id, nid) {
			return true
		}
	}
	return false
}

// aloneAt reports whether the capital k is the word nid mid-sentence and
// not right after the word id (givenAlone's test of one capital).
func (b *builder) aloneAt(k int, id, nid int32) bool {
	if b.wid(k) != nid || b.initialish(k) {
		return false
	}
	return k == 0 || b.wid(k-1) != id || b.toks[k-1].Kind != lint.Word
}

const maxAloneScans = 8

// initialPerson reports whether the two words i, j kept by initialNameWord
// name a person: the second is a first name or surname of the lexicon
// after a common first name (Rose Byrne), or a first name of the lexicon
// after a surname (Tang Wei, Young Kim), or an apposition with a person's
// noun follows (Hope Solo, the goalkeeper,; Long Xiaoming, a farmer,), and
// not a thing's name (Rice Krispies, the cereal; Bank Negara said).
func (b *builder) initialPerson(i int, id int32, j int) bool {
	nid := b.wid(j)
	if b.commonFirstID(id) && (b.isFirstID(nid) || b.surnameID(nid)) || b.surnameID(id) && b.isFirstID(nid) {
		return true
	}
	toks := b.toks
	k := j + 2
	if j+1 >= len(toks) || toks[j+1].Text != "," {
		return false
	}
	if k < len(toks) {
		switch toks[k].Text {
		case "a", "an", "the":
			k++
		}
	}
	for end := k + 4; k < end && k < len(toks) && b.sameBlock(i, k); k++ {
		t := &toks[k]
		if t.Kind != lint.Word || isCap(t) {
			return false
		}
		if b.isTitleHead(k) || personNouns[b.textLower(k)] {
			return true
		}
	}
	return false
}
