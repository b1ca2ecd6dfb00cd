package agreement

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/model/entities"
)

// frame.go resolves a subject pronoun (he, she) by salience: the person it
// continues is the one last named outside quotations (the speaker of a
// quotation is named outside it; "…," she said takes up that speaker), with
// pronouns followed back to the name they stand for. It reports when that
// person's gender is known and disagrees, and nobody of the pronoun's gender
// or of unknown gender is in reach (from the sentence before that person's
// mention up to the pronoun).

// ckind is the kind of a candidate of the resolver.
type ckind uint8

const (
	cName  ckind = iota // a person's name or a title-only reference to one
	cPron               // a gendered pronoun
	cNoun               // a common noun for a person (the woman, a spokesman, the lawyer)
	cThing              // an organisation, place or group noun
)

// cand is one candidate antecedent. Its fields are ordered, and its
// gender kept in a byte, so that it fills 64 bytes: newResolver copies
// every candidate twice, and one cache line a candidate is the least.
type cand struct {
	tok    int
	last   int // last token of the mention
	ent    *entities.Entity
	span   lint.Span
	text   string
	kind   ckind
	gender gender8 // of a pronoun or a noun; names use the entity
	inq    bool
	poss   bool
	first  bool // a first name used alone (gender from the lexicon)
}

// gender8 is an entities.Gender (Unknown, Male or Female) in a byte.
type gender8 uint8

func (g gender8) G() entities.Gender { return entities.Gender(g) }

// g8 is g in a byte.
func g8(g entities.Gender) gender8 { return gender8(g) }

// resolver holds what one document's pronouns are resolved against.
type resolver struct {
	m     *entities.Model
	doc   *lint.Document
	inq   []bool // by token: inside a quotation
	cands []cand // in token order
	// endBits has the bit of each token where a candidate's mention ends
	// or starts (endingAt): a bit a token, where a table of the index of
	// the candidate ending there took 32, zeroed for each document and
	// read at random.
	endBits []uint64
	// ahead and behind bound, over the candidates, how far a mention's
	// last token lies after its first (ahead) or, never seen, before it
	// (behind): endingAt looks for a mention ending at a token only among
	// the candidates starting that near it.
	ahead, behind int
	// spread is the OR of the distances noteEnd saw (readOut).
	spread int
	// flagged holds, by token, the pronouns already reported: a pronoun
	// found to disagree is no evidence for its gender.
	flagged []bool

	indexed     bool
	indexedTo   int      // index has read the candidates cands[:indexedTo]
	promTok     [3]int   // by gender: token where someone is named the third time
	namedTok    [3]int   // by gender: token where someone is first named, outside quotations
	byGender    [3][]int // by gender: candidates outside quotations
	firstOf     [3]int   // by gender: index into byGender of the first not reported
	firsts      map[string]bool
	firstsBuilt bool

	// Scratch of newResolver and index, kept for the next document.
	slot []int32 // by token: 1 + the index into tmp of the candidate starting there
	// occupied has the bit of each token slot holds a candidate for.
	occupied []uint64
	// before holds, for each word of occupied, how many candidates start
	// before its tokens (readOut; candFrom).
	before []int32
	// keys, sorted and starts are putWindowed's: the candidates to put,
	// the same ordered by window, and where each window's start.
	keys, sorted []uint64
	starts       []int32
	// used has the bit of each token that is part of a mention or a
	// pronoun: a bit a token, not a byte, so that marking the mentions of
	// each entity, spread over the page, writes to an array an eighth as
	// long.
	used   []uint64
	titles []lint.Span // the titles of the entities, by start (titled)
	ends   []int       // ends[x]: the furthest end of titles[:x+1]
	tmp    []cand
	// tmpCleared is set by readOut, which clears each candidate of tmp as
	// it copies it (while its line is in the cache); putWindowed clears
	// those it replaces, and put replaces in place. Then release need not
	// clear tmp again (on a long page, read back from memory).
	tmpCleared bool
	// antes holds the antecedents of the verdicts that report (verdicts
	// point into it): a verdict that held its Candidate was 80 bytes
	// larger, and every verdict call copied it.
	antes []entities.Candidate
	// named counts, by entity, how often index saw it named: at ID-1 for
	// an entity the model numbers by its place in Entities (all of them,
	// as it builds them), in namedOther for any other.
	named      []int32
	namedOther map[*entities.Entity]int32
	// tgender holds, by entity, the gender titleGender found.
	tgender map[*entities.Entity]titleG
	// gmemo holds, by entity, what entityGender remembers.
	gmemo map[*entities.Entity]*genderMemo
	// plainG holds, at ID-1, 1 + the gender entityGender found for an
	// entity with no span skipped (0: not asked yet).
	plainG []uint8
	// The last walk of speechBefore: the speech verb nearest before token
	// speechQ among the tokens [speechLo, speechQ), or -1 (speechQ -1: none yet).
	speechQ, speechLo, speechV int
}

// newResolver gathers the candidates of a document; the caller releases
// the resolver when done with the document.
//
// Every look-back of the resolver reads only what comes before a pronoun,
// and every look-ahead stays in the pronoun's sentence; the quotations are
// marked a block at a time (a closing single mark marks back to its
// opening one). So the candidates and the quotation marks are gathered
// only up to the end of the block of the last pronoun: what comes after
// can change no verdict.
func newResolver(m *entities.Model, doc *lint.Document) *resolver {
	return resolvers.GetFor(len(doc.Tokens)).gather(m, doc)
}

// gather is newResolver with the resolver r, pooled or new, and returns r.
func (r *resolver) gather(m *entities.Model, doc *lint.Document) *resolver {
	limit := resolverLimit(m, doc)
	r.reset(m, limit)
	r.doc = doc
	// The candidates are gathered by their first token (slot holds 1 + the
	// index into tmp), then read out in token order: no sorting.
	if limit > longDoc {
		// When little of the page lies past the limit, the lengths of
		// the model's lists bound the mentions before it well enough (a
		// little more room: the entities' pronoun mentions, and those
		// past the limit, are counted too), and no mention is read:
		// counting them read the model's mentions once more, most of
		// them out of the cache on a long page.
		n := mentionCap(m)
		if len(doc.Tokens)-limit > limit/8 {
			n = mentionBound(m, doc.Tokens, limit)
		}
		r.tmp = slices.Grow(r.tmp[:0], n+n/8) // (nouns come on top: room for some)
	}
	slot, used := r.slot, r.used
	// In a long document the entities' mentions are put in the order of
	// their tokens' windows (putWindowed): each entity's mentions are
	// spread over the whole document, and put's writes to slot and
	// occupied, arrays as long as the document, missed the cache at nearly
	// every mention when made entity by entity. The candidates are made
	// the same way, and appended to tmp in that order for putWindowed.
	windowed := limit > windowMin
	r.keys = r.keys[:0]
	// The page's furniture (a photo's caption, a line of links to other
	// stories, a pull quote's credit line) is read apart from the running text: the people it names
	// are no antecedents of the body's pronouns (a caption naming a woman
	// between two paragraphs about a man leaves his "he" his), and its own
	// pronouns are not resolved against the body. Its names and pronouns
	// are no candidates.
	furniture := furnitureBlocks(doc)
	for _, e := range m.Entities {
		for ti := range e.Titles {
			r.titles = append(r.titles, e.Titles[ti].Span)
		}
		real := -1 // isReal(e), once it is asked: -1 unknown, 0 no, 1 yes
		for k := range e.Mentions {
			mm := &e.Mentions[k] // (no copy of the mention)
			if len(mm.Tokens) == 0 || mm.Form == entities.Pronoun || mm.Tokens[0] >= limit || furniture && inFurniture(doc, mm.Tokens[0]) {
				continue
			}
			markUsed(used, mm.Tokens)
			f := mm.Tokens[0]
			c := cand{tok: f, last: mm.Tokens[len(mm.Tokens)-1], ent: e, poss: mm.Possessive, span: mm.Span, text: mm.Text}
			r.noteEnd(f, c.last)
			switch {
			case e.Kind == entities.Person && isRealOnce(e, &real):
				c.kind = cName
			case e.Kind == entities.Other && e.PossiblePerson && !placeAfter(doc.Tokens, f, mm.Possessive):
				c.kind, c.first = cName, true
			default:
				c.kind = cThing
			}
			if windowed {
				r.keys = append(r.keys, uint64(f)<<32|uint64(len(r.tmp)))
				r.tmp = append(r.tmp, c)
				continue
			}
			r.put(c)
		}
	}
	if windowed {
		r.putWindowed()
	}
	for k := range m.Unresolved {
		mm := &m.Unresolved[k]
		if len(mm.Tokens) == 0 || mm.Tokens[0] >= limit || furniture && inFurniture(doc, mm.Tokens[0]) {
			continue
		}
		markUsed(used, mm.Tokens)
		f := mm.Tokens[0]
		r.noteEnd(f, mm.Tokens[len(mm.Tokens)-1])
		r.put(cand{tok: f, last: mm.Tokens[len(mm.Tokens)-1], kind: cName, poss: mm.Possessive, span: mm.Span, text: mm.Text})
	}
	// A misspelt name (Thaonu beside Thanou) is a mention of the person it
	// resembles.
	for _, nm := range m.NearMisses {
		mm := nm.Mention
		if len(mm.Tokens) == 0 || mm.Tokens[0] >= limit || furniture && inFurniture(doc, mm.Tokens[0]) {
			continue
		}
		f := mm.Tokens[0]
		if used[f>>6]&(1<<(f&63)) != 0 {
			// A name of unknown kind that is a misspelt person's name.
			if r.hasCand(f) && r.tmp[slot[f]-1].kind == cThing && nm.Entity != nil && nm.Entity.Kind == entities.Person && !nm.TwoPeople {
				x := slot[f] - 1
				r.tmp[x].kind, r.tmp[x].ent, r.tmp[x].first = cName, nm.Entity, false
			}
			continue
		}
		markUsed(used, mm.Tokens)
		c := cand{tok: f, last: mm.Tokens[len(mm.Tokens)-1], kind: cName, poss: mm.Possessive, span: mm.Span, text: mm.Text}
		r.noteEnd(f, c.last)
		if e := nm.Entity; e != nil {
			if e.Kind != entities.Person {
				continue
			}
			c.ent = e
		}
		r.put(c)
	}
	for k := range m.Pronouns {
		p := &m.Pronouns[k]
		if furniture && inFurniture(doc, p.Token) {
			continue
		}
		used[p.Token>>6] |= 1 << (p.Token & 63)
		r.put(cand{tok: p.Token, last: p.Token, kind: cPron, gender: g8(p.Gender), span: p.Span, text: p.Text})
	}
	r.sortTitles()
	// One walk over the tokens marks the quotations and finds the nouns.
	r.scanTokens(doc, limit)
	r.readOut()
	return r
}

// furnitureBlocks tells whether any block of doc is the page's furniture.
func furnitureBlocks(doc *lint.Document) bool {
	for i := range doc.Blocks {
		if doc.Blocks[i].Furniture {
			return true
		}
	}
	return false
}

// inFurniture tells whether token i lies in the page's furniture.
func inFurniture(doc *lint.Document, i int) bool {
	return doc.Blocks[doc.Tokens[i].Block].Furniture
}

// readOut lists in cands the candidates slot points to, in token order.
func (r *resolver) readOut() {
	// The tokens that hold a candidate, in order, from the bits put and
	// putWindowed set (one for each candidate slot points to: tmp may
	// hold candidates putWindowed replaced, which are left out). Each is
	// copied straight to its place: an append would copy it through the
	// stack.
	// (The slices are read into locals: stored through c, a field of r
	// would be loaded again for every candidate.)
	r.cands = slices.Grow(r.cands[:0], len(r.tmp))[:len(r.tmp)]
	cands, tmp, slot, inq, endBits := r.cands, r.tmp, r.slot, r.inq, r.endBits
	r.before = slices.Grow(r.before[:0], len(r.occupied))[:len(r.occupied)]
	before := r.before
	k := 0
	for w, word := range r.occupied {
		before[w] = int32(k)
		// Most mentions end where they start (a pronoun, a noun, a
		// surname): their bits of endBits are those of occupied, set a
		// word at a time. (A mention of several tokens leaves the bit of
		// its first set too, where none may end: endingFrom finds nothing
		// there. gather set the bit of its last: noteEnd.)
		endBits[w] |= word
		for ; word != 0; word &= word - 1 {
			i := w<<6 | bits.TrailingZeros64(word)
			c, t := &cands[k], &tmp[slot[i]-1]
			*c = *t
			*t = cand{} // (see tmpCleared)
			k++
			c.inq = inq[i] // (i is c.tok)
		}
	}
	r.cands = cands[:k]
	// spread, the OR of the distances noteEnd saw, is at least the
	// largest: a bound as good for endingAt, which stops at the candidate
	// it finds. A negative distance (a mention that ends before it starts,
	// as none does) makes it negative: then both bounds are found exactly.
	r.ahead, r.behind = r.spread, 0
	if r.spread < 0 {
		r.ahead, r.behind = 0, 0
		for x := range r.cands {
			if c := &r.cands[x]; uint(c.last) < uint(len(inq)) {
				r.ahead, r.behind = max(r.ahead, c.last-c.tok), max(r.behind, c.tok-c.last)
			}
		}
	}
	r.tmpCleared = true
}

// windowMin is the number of tokens the resolver reads past which
// newResolver puts the entities' mentions a window at a time (a variable
// so that a test can compare with the mentions put one by one).
var windowMin = longDoc

// windowBits is the log2 of the number of tokens of a window of
// putWindowed: its part of slot (16 KB) and of occupied stay in the cache
// while its mentions are put.
const windowBits = 12

// putWindowed puts the candidates that keys name, each the token of its
// first word above bit 32 and its index into tmp below, a window of tokens
// at a time, in their order within each window (a counting sort by window,
// which keeps the order of keys, so that of two candidates at one token the
// one appended later replaces the other, as put would). A replaced
// candidate stays in tmp, with no slot pointing to it.
func (r *resolver) putWindowed() {
	n := len(r.slot)>>windowBits + 1
	r.starts = scratch.Zeroed(r.starts, n+1)
	starts := r.starts
	for _, key := range r.keys {
		starts[key>>(32+windowBits)+1]++
	}
	for w := 1; w <= n; w++ {
		starts[w] += starts[w-1]
	}
	r.sorted = slices.Grow(r.sorted[:0], len(r.keys))[:len(r.keys)]
	sorted := r.sorted
	for _, key := range r.keys {
		w := key >> (32 + windowBits)
		sorted[starts[w]] = key
		starts[w]++
	}
	slot, occupied, tmp := r.slot, r.occupied, r.tmp
	for _, key := range sorted {
		f := key >> 32
		if occupied[f>>6]&(1<<(f&63)) != 0 {
			tmp[slot[f]-1] = cand{} // replaced: readOut will not clear it (see tmpCleared)
		}
		slot[f] = int32(uint32(key)) + 1
		occupied[f>>6] |= 1 << (f & 63)
	}
}

// longDoc is the number of tokens the resolver reads past which newResolver
// makes tmp as large as mentionBound (or mentionCap) and an eighth at once, not grown by
// append a quarter at a time (which on a page of a million pronouns left
// about four times the final list behind as garbage; the nouns added later
// may still grow it once). A news article is far shorter:
// its list is already large enough in the pooled resolver, and counting
// would cost more than it saves. (The arrays stay pooled for a long
// document too: made afresh for each, a 1 MB article ran at half speed.)
const longDoc = 1 << 16

// mentionBound is the most candidates newResolver gathers from the model
// before token limit (nouns come on top), about: a mention is taken to
// start before limit when its span starts before that token does. Its
// first token is not read: the mentions' token lists lie all over memory,
// and reading them cost a cache miss a mention on a long page. (A count
// that is off only changes how often tmp grows.)
func mentionBound(m *entities.Model, toks []lint.Token, limit int) int {
	end := math.MaxInt
	if limit < len(toks) {
		end = toks[limit].Span.Start
	}
	before := func(mm *entities.Mention) bool { return len(mm.Tokens) > 0 && mm.Span.Start < end }
	n := len(m.Pronouns) // (all before limit: it ends the last one's sentence)
	for k := range m.Unresolved {
		if before(&m.Unresolved[k]) {
			n++
		}
	}
	for k := range m.NearMisses {
		if before(&m.NearMisses[k].Mention) {
			n++
		}
	}
	for _, e := range m.Entities {
		for k := range e.Mentions {
			if mm := &e.Mentions[k]; mm.Form != entities.Pronoun && before(mm) {
				n++
			}
		}
	}
	return n
}

// mentionCap is at least mentionBound(m, toks, limit) for any limit:
// every mention, pronoun, unresolved name and near miss of the model,
// counted from the lengths of its lists alone.
func mentionCap(m *entities.Model) int {
	n := len(m.Pronouns) + len(m.Unresolved) + len(m.NearMisses)
	for _, e := range m.Entities {
		n += len(e.Mentions)
	}
	return n
}

// resolverLimit is the end of the last pronoun's sentence, or of the
// block that sentence ends in, whichever is later: the resolver looks at
// no token after it.
func resolverLimit(m *entities.Model, doc *lint.Document) int {
	last := 0
	for k := range m.Pronouns {
		last = max(last, m.Pronouns[k].Token)
	}
	toks := doc.Tokens
	if last >= len(toks) {
		return len(toks)
	}
	end := min(max(doc.Sentences[toks[last].Sentence].EndToken, last+1), len(toks))
	if b := int(toks[end-1].Block); b >= 0 && b < len(doc.Blocks) {
		end = max(end, doc.Blocks[b].EndToken)
	}
	return min(end, len(toks))
}

// placeAfter reports whether a name that may be a first name alone, at
// token f, follows a preposition of place (in Kent, near Florence): a
// place there, no person. A possessive (a role in Jordan's film) may be
// either.
func placeAfter(toks []lint.Token, f int, poss bool) bool {
	return !poss && f > 0 && toks[f-1].Sentence == toks[f].Sentence && placePreps.has(&toks[f-1])
}

var placePreps = setOf("in", "near", "across", "throughout", "outside")

// markUsed marks the tokens of a mention as used. (Those beyond the
// resolver's tokens are never looked at: the few in the last word of used
// are marked too, to test one bound, not two.)
func markUsed(used []uint64, tokens []int) {
	for _, k := range tokens {
		if w := uint(k) >> 6; w < uint(len(used)) {
			used[w] |= 1 << (k & 63)
		}
	}
}

// isUsed reports whether token i, one the resolver reads, is part of a
// mention or a pronoun.
func (r *resolver) isUsed(i int) bool {
	return r.used[i>>6]&(1<<(i&63)) != 0
}

// sortTitles orders the title spans by start and notes, for each, the
// furthest end so far, for titled.
func (r *resolver) sortTitles() {
	slices.SortFunc(r.titles, func(a, b lint.Span) int { return cmp.Compare(a.Start, b.Start) })
	r.ends = r.ends[:0]
	end := 0
	for _, sp := range r.titles {
		end = max(end, sp.End)
		r.ends = append(r.ends, end)
	}
}

// titled reports whether token t overlaps the title of an entity (the
// chief executive in "the chief executive, Tim Cook").
func (r *resolver) titled(t *lint.Token) bool {
	// The titles that start before the token ends; one of them must end
	// after it starts.
	x := sort.Search(len(r.titles), func(x int) bool { return r.titles[x].Start >= t.Span.End })
	return x > 0 && r.ends[x-1] > t.Span.Start
}

// keep is a verdict's antecedent a, kept in r.antes. (A pointer into
// antes stays valid when append moves it: the old array is not reused.)
func (r *resolver) keep(a entities.Candidate) *entities.Candidate {
	r.antes = append(r.antes, a)
	return &r.antes[len(r.antes)-1]
}

// put adds candidate c, in place of one gathered before at its token (its
// bit of occupied tells: slot is not cleared between documents).
// (Its slot is found once: put is inlined at six places, where r's fields
// are loaded again for each use.)
func (r *resolver) put(c cand) {
	s := &r.slot[c.tok]
	w, bit := &r.occupied[c.tok>>6], uint64(1)<<(c.tok&63)
	if *w&bit != 0 {
		r.tmp[*s-1] = c
		return
	}
	*w |= bit
	r.tmp = append(r.tmp, c)
	*s = int32(len(r.tmp))
}

// hasCand reports whether put (or putWindowed) has put a candidate at
// token i, which slot then points to. (slot's other entries are stale.)
func (r *resolver) hasCand(i int) bool {
	return uint(i) < uint(len(r.slot)) && r.occupied[i>>6]&(1<<(i&63)) != 0
}

// isReal reports whether a person entity is surely a person: with an age,
// or named with an
// honorific, given a title, a gender from a title or first name, or a
// full name that starts with a known first name or an initial. Other
// "people" of the model (Blue Gene, Chennai-based Tata) are no candidates.
func isReal(e *entities.Entity) bool {
	// An age in apposition (Sabalenka, 25, of Belarus,) is given of people
	// only, as wire copy gives it for everyone it names.
	v := len(e.Titles) > 0 || e.Age > 0
	for _, ev := range e.Evidence {
		if ev.Source != entities.FromPronoun {
			v = true
		}
	}
	for _, mm := range e.Mentions {
		if v {
			break
		}
		if mm.Honorific != "" {
			v = true
		}
		if mm.Form == entities.FullName {
			// Any word before the surname (Oscar-winner Andrea Arnold).
			// Each word is checked when the next one shows it is not the
			// last.
			prev := ""
			for w := range strings.FieldsSeq(mm.Text) {
				if prev != "" && (lexicon.IsCommonFirstName(prev) || lexicon.FirstNameGender(prev) >= lexicon.Male || len(prev) == 2 && prev[1] == '.') {
					v = true
				}
				prev = w
			}
		}
	}
	return v
}

// isRealOnce is isReal(e), computed on the first call for an entity and
// kept in *memo (-1 before).
func isRealOnce(e *entities.Entity, memo *int) bool {
	if *memo < 0 {
		*memo = 0
		if isReal(e) {
			*memo = 1
		}
	}
	return *memo == 1
}

// determinerOf returns the token of the determiner or possessive that
// opens the noun phrase of the noun at i, directly before it or across up
// to three modifiers (the lawyer, a senior official, the detained
// opposition leader, a former health minister, Myanmar's opposition
// leader, the charity's treasurer), or -1. A function word or verb between
// (of, said, was) ends the phrase.
func determinerOf(toks []lint.Token, i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &toks[k]
		if t.Kind != lint.Word || t.Sentence != toks[i].Sentence {
			return -1
		}
		if determiners.hasFold(t) || possessiveWord(t.Text) {
			return k
		}
		if notModified.has(t) {
			return -1
		}
	}
	return -1
}

// describes reports whether the noun at i is determined (determinerOf)
// and its phrase does not describe the one it is said of: it does not
// follow "as" or a form of "be" (joined the school as a class teacher;
// found him to be a difficult opponent; she is a great player).
func describes(toks []lint.Token, i int) bool {
	d := determinerOf(toks, i)
	if d < 0 {
		return false
	}
	if possessiveWord(toks[d].Text) {
		// The possessor's own phrase (to be the world number one's new
		// coach).
		if e := determinerOf(toks, d); e >= 0 {
			d = e
		}
	}
	return d == 0 || !predicators.has(&toks[d-1]) || toks[d-1].Sentence != toks[i].Sentence
}

// predicators introduce a noun phrase that describes the one it is said
// of.
var predicators = setOf("as", "be", "is", "was", "are", "were", "been", "being", "become",
	"became", "becomes", "remains", "remained")

// possessiveWord reports a word in the possessive ('s or ’s, not a
// contraction such as it's or she's).
func possessiveWord(w string) bool {
	var stem string
	switch {
	case len(w) > 3 && w[len(w)-2] == '\'' && w[len(w)-1] == 's':
		stem = w[:len(w)-2]
	case len(w) > 5 && strings.HasSuffix(w, "’s"):
		stem = w[:len(w)-4]
	default:
		return false
	}
	return !fold.Has(contractedStems, stem)
}

// contractedStems are the words whose 's is a contraction (it's, she's).
var contractedStems = wordsOf("it", "he", "she", "that", "there", "what", "who", "here", "let", "where", "how")

// modifier reports whether the noun at i modifies the noun after it (the
// witness stand, a fan club): a lower-case word follows that is not a
// function word or a verb form.
func modifier(toks []lint.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.Kind != lint.Word || n.Has(lint.Capitalized) || n.Sentence != toks[i].Sentence {
		return false
	}
	w := n.Text
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	return !notModified.m[w]
}

// notModified are the words that follow a noun without making it a
// modifier: function words and verbs.
var notModified = setOf(strings.Fields(`who whom whose which that where why how and or but nor of in on at to for from
	with by as into about after before over under than if when while because so also then now
	still too only just never always not himself herself themselves said told saw was is had
	were are has have will would could can may might must should shall did do got gave took made
	went came knew felt left met spoke wrote ran won lost paid put set sat stood became began
	brought bought caught chose drove fell fought found held heard hit kept led let meant read
	rose sent shot showed shut sold spent struck swore taught threw understood wore told gets
	give take make go come know feel say tell see think want need hope believe admit deny`)...)

var copula = setOf("is", "was", "became", "becomes", "remains", "remained")

// determiners open the noun phrase determinerOf finds (the lawyer, one
// senior official, another player). Not shared with the other rules'
// determiner lists, which are fitted to their rules and differ (this one
// has no quantifier: no, any, every, each), so one list would change
// findings.
var determiners = setOf("the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this", "that", "one", "another")

func firstWordOf(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// appositive reports whether the person noun at i describes a name next to
// it (John Lee, editor of …; the rapper's lawyer Ron Rakosky; his
// lawyer, Ron Rakosky,; the director of services, Siobhán Ryan,): then it
// is that person, no candidate of its own.
func (r *resolver) appositive(i int) bool {
	toks := r.doc.Tokens
	person := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		e := r.m.At(k)
		return e != nil && (e.Kind == entities.Person || e.Kind == entities.Other)
	}
	if person(i+1) || i+2 < len(toks) && (toks[i+1].Text == "," || copula.has(&toks[i+1])) && person(i+2) {
		return true // the lawyer Ron Rakosky; the star witness is Mr Sullivan
	}
	if i+1 < len(toks) && toks[i+1].Text == "of" {
		// the director of services, Siobhán Ryan,
		for k := i + 2; k < len(toks) && k <= i+6 && toks[k].Sentence == toks[i].Sentence; k++ {
			if toks[k].Text == "," {
				return person(k + 1)
			}
			if toks[k].Kind != lint.Word {
				break
			}
		}
	}
	// Mr Sullivan is the star witness
	k := i - 1
	if k >= 0 && toks[k].Kind == lint.Word && !determiners.hasFold(&toks[k]) {
		k--
	}
	if k >= 1 && determiners.hasFold(&toks[k]) && copula.has(&toks[k-1]) && person(k-2) {
		return true
	}
	s := toks[i].Sentence
	for k, n := i-1, 0; k >= 0 && n < 5 && toks[k].Sentence == s; k, n = k-1, n+1 {
		if toks[k].Text == "," {
			return person(k - 1)
		}
		if toks[k].Kind != lint.Word {
			return false
		}
	}
	return false
}

// genderOf is a candidate's gender, leaving out the evidence at skip.
func (r *resolver) genderOf(c *cand, skip lint.Span) entities.Gender {
	switch {
	case c.kind != cName:
		return c.gender.G()
	case c.ent == nil:
		return entities.Unknown
	case c.first:
		switch lexicon.FirstNameGender(c.text) {
		case lexicon.Male:
			return entities.Male
		case lexicon.Female:
			return entities.Female
		}
		return entities.Unknown
	}
	if g := r.entityGender(c.ent, skip); g != entities.Unknown || c.ent.Kind != entities.Person {
		return g
	}
	return r.titleGender(c.ent)
}

// titleGender is the gender a gendered noun shows when it stands right
// before one of a person's names (Councilwoman Andrea Whitfield, actress
// Jamie Lee, his wife Alex), for a person whose gender the entity model
// does not know; Unknown otherwise. It is computed once per entity.
func (r *resolver) titleGender(e *entities.Entity) entities.Gender {
	if t, ok := r.tgender[e]; ok {
		return t.g
	}
	if r.tgender == nil {
		r.tgender = map[*entities.Entity]titleG{}
	}
	g, why := entities.Unknown, ""
	toks := r.doc.Tokens
	for _, mm := range e.Mentions {
		if len(mm.Tokens) == 0 || mm.Form == entities.Pronoun {
			continue
		}
		f := mm.Tokens[0]
		if f == 0 || f >= len(toks) || toks[f-1].Kind != lint.Word || toks[f-1].Sentence != toks[f].Sentence {
			continue
		}
		w := toks[f-1].Text
		if len(w) < 3 || len(w) > 16 || possessiveWord(w) {
			continue
		}
		if ng := nounGender[strings.ToLower(w)]; ng != entities.Unknown {
			if g != entities.Unknown && g != ng {
				g = entities.Unknown // both: no evidence
				break
			}
			g, why = ng, w
		}
	}
	r.tgender[e] = titleG{g, why}
	return g
}

// titleG is what titleGender found for an entity: the gender and the
// noun that shows it.
type titleG struct {
	g   entities.Gender
	why string
}

// position is where a subject pronoun stands.
type position uint8

const (
	notSubject  position = iota
	clauseStart          // first word of the sentence, after But, However, …
	speaker              // before a speech verb: "…," she said
	reported             // after a speech verb: Mr Lee said she …
)

// subjectPosition tells whether the pronoun at token i is the subject of its
// sentence's main clause (first word, after a conjunction or an opening
// adverbial), the subject of a speech verb (she said, he added), or the
// subject of a clause reported by one (Mr Lee said she …); for the last,
// verb is the speech verb's token.
func (r *resolver) subjectPosition(i int) (pos position, verb int) {
	toks := r.doc.Tokens
	k := i - 1
	if k >= 0 && toks[k].Sentence == toks[i].Sentence && reportVerbs.has(&toks[k]) {
		return reported, k
	}
	if k >= 0 && toks[k].Text == "that" {
		// said that she; said on Tuesday that she
		for j := k - 1; j >= 0 && j >= k-4 && toks[j].Sentence == toks[i].Sentence && toks[j].Kind == lint.Word; j-- {
			if reportVerbs.has(&toks[j]) {
				return reported, j
			}
		}
	}
	// Sentence start, after But, And, However, Yet, So, Instead,
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	if k >= 0 && toks[k].Sentence == toks[i].Sentence && openers.hasFold(&toks[k]) {
		k--
	}
	start := k < 0 || toks[k].Sentence != toks[i].Sentence
	switch {
	case speechAfter(toks, i) && (!start || i > 0 && isQuoteMark(toks[i-1].Text)):
		return speaker, -1 // "…," she said; Before now, he said, …; …, she said.
	case start:
		return clauseStart, -1 // She said the plan …; He is optimistic.
	}
	return notSubject, -1
}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "”", "“", "'", "’", "»", "«":
		return true
	}
	return false
}

// speechAfter reports whether a speech verb follows token i (she said, he
// also told, she added).
func speechAfter(toks []lint.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].Sentence != toks[i].Sentence {
			return false
		}
		if speechVerbs.has(&toks[k]) {
			return true
		}
		if !adverbs.has(&toks[k]) {
			return false
		}
	}
	return false
}

// cataphora reports whether the pronoun at i stands in an opening
// subordinate clause whose main clause names its subject right after the
// comma (Although she grossed more than Prince, Madonna …; When he
// arrived, the minister …): the pronoun points forward.
func (r *resolver) cataphora(i int) bool {
	toks := r.doc.Tokens
	sen := r.doc.Sentences[toks[i].Sentence]
	f := sen.FirstToken
	for f < i && toks[f].Kind == lint.Punct {
		f++
	}
	if !subordinators.hasFold(&toks[f]) || i-f > 30 {
		return false
	}
	for k := f + 1; k < i; k++ {
		if toks[k].Text == "," {
			return false
		}
	}
	for k := i + 1; k < sen.EndToken && k < i+40; k++ {
		if toks[k].Text != "," {
			continue
		}
		for j := k + 1; j < sen.EndToken && j <= k+4; j++ {
			if e := r.m.At(j); e != nil && e.Kind != entities.Place && e.Kind != entities.Organization {
				return true
			}
			if x := r.candAt(j); x >= 0 && r.cands[x].kind == cNoun {
				return true
			}
		}
		return false
	}
	return false
}

var subordinators = setOf("although", "though", "while", "whilst", "when", "after", "before",
	"because", "since", "as", "if", "once", "until", "despite", "in", "on", "during", "unless", "whether")

// womanBefore reports whether a woman is named, or a female noun or a
// she/her not already reported is used, in the back sentences before token
// i: then a she that seems to stand for a country or company named in an
// earlier sentence may be her.
func (r *resolver) womanBefore(i, back int) bool {
	toks := r.doc.Tokens
	from := int(toks[i].Sentence) - back
	x := r.candFrom(i)
	n := x
	for x--; x >= 0 && int(toks[r.cands[x].tok].Sentence) >= from; x-- {
		if x < n-maxScan {
			return true
		}
		c := &r.cands[x]
		switch c.kind {
		case cThing:
		case cPron:
			if c.gender.G() == entities.Female && !r.flagged[c.tok] {
				return true
			}
		default:
			if r.genderOf(c, lint.Span{}) == entities.Female {
				return true
			}
		}
	}
	return false
}

// thingVerdict reports a she or her whose nearest antecedent, in its own
// sentence with nobody between, is an organisation, a place or a group
// noun (the government … her plans; India … her climate), when no woman, no
// ship and nobody of unknown gender is in reach. Inside a quotation a
// nation may be "she" (the speaker's words); an organisation may not.
func (r *resolver) thingVerdict(k int) verdict {
	pr := &r.m.Pronouns[k]
	if pr.Gender != entities.Female {
		return quiet("thing: not she", "")
	}
	toks := r.doc.Tokens
	sen := int(toks[pr.Token].Sentence)
	ci := r.candFrom(pr.Token)
	var t *cand
	for x := ci - 1; x >= 0 && x >= ci-maxScan && int(toks[r.cands[x].tok].Sentence) == sen; x-- {
		c := &r.cands[x]
		if c.kind == cPron && r.flagged[c.tok] {
			continue
		}
		if c.kind != cThing {
			return quiet("thing: person between", c.text)
		}
		if c.ent != nil && c.ent.Kind != entities.Organization && c.ent.Kind != entities.Place {
			return quiet("thing: name of unknown kind", c.text)
		}
		if c.inq != r.inq[pr.Token] {
			return quiet("thing: across a quotation", c.text)
		}
		t = c
		break
	}
	if t != nil {
		// A word of unknown kind that speaks (Thaonu told …) may be a person.
		for k := max(r.doc.Sentences[sen].FirstToken, t.tok-maxScan); k < t.tok; k++ {
			if toks[k].Has(lint.Capitalized) && !toks[k].Has(lint.SentenceStart) && speechVerbs.has(&toks[k+1]) && (r.m.At(k) == nil || r.m.At(k).Kind == entities.Other) {
				return quiet("thing: a speaker of unknown kind", toks[k].Text)
			}
		}
	}
	switch {
	case t == nil:
		return quiet("thing: none in the sentence", "")
	case r.inq[pr.Token] && (t.ent != nil && t.ent.Kind == entities.Place || t.ent == nil && fold.Has(placeWords, t.text)):
		return quiet("thing: a nation in a quotation", "")
	case r.personFirstName(t.text):
		return quiet("thing: also a first name here", t.text)
	}
	wide := r.doc.Sentences[max(sen-wideReach, 0)].FirstToken
	narrow := r.doc.Sentences[max(sen-1, 0)].FirstToken
	for x := ci - 1; x >= 0 && r.cands[x].tok >= wide; x-- {
		if x < ci-maxScan {
			return quiet("thing: too many candidates", "")
		}
		c := &r.cands[x]
		if c.kind == cPron && r.flagged[c.tok] {
			continue
		}
		if c.kind == cThing {
			if shipLike(c.text) {
				return quiet("thing: ship", c.text)
			}
			continue
		}
		switch g := r.genderOf(c, pr.Span); {
		case g == entities.Female:
			return quiet("thing: woman in reach", c.text)
		case g == entities.Unknown && c.kind != cPron && c.tok >= narrow:
			return quiet("thing: unknown in reach", c.text)
		}
	}
	if r.prominent(entities.Female, pr.Token) {
		return quiet("thing: a woman is a main character", "")
	}
	ante := entities.Candidate{Entity: t.ent, Span: t.span, Text: t.text, Kind: entities.Organization, Token: t.tok, Sentence: sen, Noun: t.ent == nil}
	return verdict{report: true, toIt: true, ante: r.keep(ante)}
}

// personFirstName reports whether w is the first word of a person's name
// in the article (Georgia Smith … Georgia): then it is no place.
func (r *resolver) personFirstName(w string) bool {
	if !r.firstsBuilt {
		r.firstsBuilt = true
		if r.firsts == nil {
			r.firsts = map[string]bool{}
		}
		for _, e := range r.m.Entities {
			if e.Kind == entities.Person {
				r.firsts[firstWordOf(e.Name)] = true
			}
		}
	}
	return r.firsts[w]
}

// shipLike reports a vessel or a ship's name (HMS Ardent): "she" by custom.
func shipLike(s string) bool {
	w := strings.ToLower(firstWordOf(s))
	switch w {
	case "hms", "uss", "rms", "mv", "ss", "hmas", "hmcs", "hmnzs", "ins", "ms", "mt", "rv":
		return true
	}
	return shipWords[strings.TrimSuffix(w, "'s")]
}

var shipWords = wordsOf("ship", "vessel", "boat", "yacht", "liner", "ferry", "tanker", "submarine",
	"frigate", "warship", "schooner", "destroyer", "cruiser", "trawler", "steamer", "barge", "tug")

// placeWords are group nouns for nations.
var placeWords = wordsOf("country", "nation", "state", "republic", "kingdom")

// wideReach is how many sentences before the person's mention someone of
// the pronoun's gender still blocks a finding.
const wideReach = 3

// maxScan bounds the tokens or candidates one look-back examines; a
// window that holds more is taken to hold someone of every gender.
const maxScan = 600

// farCands bounds the candidates looked at when the person named last is
// further back than a few sentences (a one-person story).
const farCands = 300

// candFrom returns the index of the first candidate whose mention starts
// at token i or after (len(cands): none), from the bits of occupied
// before i and the count of candidates before its word: a long document's
// candidates, searched, were a score of probes far apart, most of which
// missed the cache, for every look of every pronoun.
func (r *resolver) candFrom(i int) int {
	if i < 0 {
		return 0
	}
	w := i >> 6
	if w >= len(r.before) {
		return len(r.cands)
	}
	return int(r.before[w]) + bits.OnesCount64(r.occupied[w]&(1<<(i&63)-1))
}

// candAt returns the index of the candidate whose mention starts at token
// i, or -1.
func (r *resolver) candAt(i int) int {
	x := r.candFrom(i)
	if x < len(r.cands) && r.cands[x].tok == i {
		return x
	}
	return -1
}

// mentionEnding returns the index of the person candidate (name, noun or
// pronoun) whose mention ends at token i, or -1.
func (r *resolver) mentionEnding(i int) int {
	if !r.endsAt(i) {
		return -1
	}
	if x := r.endingFrom(i); x >= 0 && r.cands[x].kind != cThing {
		return x
	}
	return -1
}

// noteEnd notes for endingAt a candidate's mention from token f to token
// l, of more than one token, as gather makes the candidate: the bit of l
// in endBits, and its distance from f in spread. (Noted in readOut, which
// copies every candidate, the mentions of one token made every candidate
// cost instructions: most are pronouns, nouns and surnames. A candidate
// gather makes and put replaces leaves its bit: endingFrom finds nothing
// there.)
func (r *resolver) noteEnd(f, l int) {
	if l != f && uint(l) < uint(len(r.inq)) {
		r.endBits[l>>6] |= 1 << (l & 63)
		r.spread |= l - f
	}
}

// endingAt returns the index of the candidate whose mention ends at token
// i, the last of them in cands when there are several, or -1. The bit of
// endBits turns nearly every token away (endsAt, inlined); endingFrom finds
// the candidate of the others.
func (r *resolver) endingAt(i int) int {
	if !r.endsAt(i) {
		return -1
	}
	return r.endingFrom(i)
}

// endsAt reports whether a candidate's mention may end at token i: it is
// false when none does.
func (r *resolver) endsAt(i int) bool {
	return uint(i>>6) < uint(len(r.endBits)) && r.endBits[i>>6]&(1<<(i&63)) != 0
}

// endingFrom is endingAt for a token where a candidate's mention may end
// (endsAt). It is looked for among the candidates that start near enough before or
// after the token (ahead, behind), from the last.
func (r *resolver) endingFrom(i int) int {
	for x := r.candFrom(i+r.behind+1) - 1; x >= 0 && r.cands[x].tok >= i-r.ahead; x-- {
		if r.cands[x].last == i {
			return x
		}
	}
	return -1 // (a mention of several tokens starts at i)
}

// speakerOf finds the speech verb nearest before token i outside
// quotations (said, told, according to) and returns the candidate index of
// its subject (Mr Lee said; said Mr Lee; he added; according to Mr Lee), -1
// when that is no person; found is false when no speech verb is in reach:
// within maxScan tokens, 8 sentences and 3 blocks. Sentence and Block never
// decrease along the tokens, so the verb nearest before i is in reach iff
// its own token is.
func (r *resolver) speakerOf(i int) (x int, found bool) {
	toks := r.doc.Tokens
	v := r.speechBefore(i)
	if v < 0 || v < i-maxScan || int(toks[v].Sentence) < int(toks[i].Sentence)-8 || int(toks[v].Block) < int(toks[i].Block)-3 {
		return -1, false
	}
	t := &toks[v]
	if t.Text == "according" {
		return r.firstPersonAfter(v + 2), true
	}
	if x := r.mentionEnding(v - 1); x >= 0 {
		return x, true
	}
	if x, _ := r.reportSubject(v); x >= 0 {
		return x, true
	}
	if v > 0 && toks[v-1].Kind == lint.Punct && toks[v-1].Sentence == t.Sentence {
		return r.firstPersonAfter(v + 1), true // "…," said Mr Lee
	}
	return -1, true
}

// speechBefore returns the token of the speech verb nearest before token
// i, or -1 when none is in reach (maxScan tokens, or an earlier token out
// of speakerOf's reach of sentences and blocks); it may return a verb out
// of reach, which speakerOf checks. The pronouns ask in token order and
// their walks back overlap: the last walk's answer for the tokens
// [speechLo, speechQ) (its verb speechV, or -1 for none) is taken instead
// of walking those tokens again.
func (r *resolver) speechBefore(i int) int {
	toks := r.doc.Tokens
	minSen, minBlk := int(toks[i].Sentence)-8, int(toks[i].Block)-3
	lo := max(0, i-maxScan)
	memo := r.speechQ >= 0 && r.speechQ <= i
	found := -1
	v := i - 1
	for ; v >= lo; v-- {
		if memo && v < r.speechQ {
			if r.speechV >= 0 {
				found = r.speechV
				break
			}
			memo, v = false, r.speechLo // walk on below the last walk's tokens
			continue
		}
		t := &toks[v]
		if int(t.Sentence) < minSen || int(t.Block) < minBlk {
			break // so is every token before (they never decrease)
		}
		if speechFolds.Has(t.Fold) && r.speechVerbAt(v) {
			found = v
			break
		}
	}
	r.speechQ, r.speechLo, r.speechV = i, v+1, found
	if found >= 0 {
		r.speechLo = found
	}
	return found
}

// speechVerbAt reports whether token v is a speech verb outside
// quotations: said, told (no verb of thinking), or according before to.
func (r *resolver) speechVerbAt(v int) bool {
	toks := r.doc.Tokens
	t := &toks[v]
	if r.inq[v] || t.Kind != lint.Word {
		return false
	}
	if t.Text == "according" {
		return v+1 < len(toks) && toks[v+1].Text == "to"
	}
	return speechVerbs.has(t) && !thinkVerbs.has(t)
}

// firstPersonAfter returns the person named within a few words from token
// i in its sentence (said chief executive John Woodward), or -1.
func (r *resolver) firstPersonAfter(i int) int {
	toks := r.doc.Tokens
	for k := i; k < len(toks) && k < i+6; k++ {
		if toks[k].Sentence != toks[i].Sentence || r.inq[k] || toks[k].Kind == lint.Punct && toks[k].Text != "," {
			return -1
		}
		if x := r.candAt(k); x >= 0 {
			if r.cands[x].kind == cThing {
				return -1
			}
			return x
		}
	}
	return -1
}

// reportSubject finds the subject of the speech verb at token v: the name
// just before it (Mr Lee said), across adverbs and auxiliaries (Johnson
// also argued), or before a parenthesis set off by commas
// (Mr Lee, who was sent the e-mail by a friend, said), or the name set off
// by those commas (A spokesman for the county, Jim Lee, said). It returns the
// candidate index and the first token of the parenthesis (v if none).
func (r *resolver) reportSubject(v int) (int, int) {
	toks := r.doc.Tokens
	if x := r.mentionEnding(v - 1); x >= 0 {
		return x, v
	}
	// Across adverbs and auxiliaries (Johnson also argued; Mr Lee has
	// said).
	if k := v - 1; k > 0 && adverbs.has(&toks[k]) {
		for k > 0 && k > v-4 && adverbs.has(&toks[k]) && toks[k].Sentence == toks[v].Sentence {
			k--
		}
		if x := r.mentionEnding(k); x >= 0 && toks[k].Sentence == toks[v].Sentence {
			return x, v
		}
	}
	if v < 1 || toks[v-1].Text != "," {
		return -1, v
	}
	for k := v - 2; k > 0 && k > v-30 && toks[k].Sentence == toks[v].Sentence; k-- {
		if toks[k].Kind == lint.Punct && toks[k].Text != "," && toks[k].Text != "-" {
			return -1, v
		}
		if toks[k].Text == "," {
			if x := r.mentionEnding(k - 1); x >= 0 {
				return x, k
			}
			// The words set off by the commas are themselves the name
			// (A spokeswoman for the county, Jessica Corbitt, said): an
			// appositive naming the subject, which is the speaker when
			// the words before it are no name.
			if x := r.mentionEnding(v - 2); x >= 0 && r.cands[x].tok == k+1 {
				return x, v
			}
			return -1, v
		}
	}
	return -1, v
}

// frameVerdict resolves pronoun k by salience.
func (r *resolver) frameVerdict(k int) verdict {
	pr := &r.m.Pronouns[k]
	toks := r.doc.Tokens
	if pr.Case != entities.Subjective || r.inq[pr.Token] {
		return quiet("frame: not a subject outside quotations", "")
	}
	pos, verb := r.subjectPosition(pr.Token)
	if pos == notSubject {
		return quiet("frame: not in subject position", "")
	}
	want := opposite(pr.Gender)
	ci := r.candFrom(pr.Token)
	sen, blk := int(toks[pr.Token].Sentence), int(toks[pr.Token].Block)
	var s, q *cand // the person meant; the nearest pronoun of the other gender on the way
	paren := pr.Token
	far := false
	sub, start := -1, ci
	switch pos {
	case reported:
		sub, paren = r.reportSubject(verb)
	case speaker:
		var found bool
		if sub, found = r.speakerOf(pr.Token); found && sub < 0 {
			return quiet("frame: the speaker before is no person", "")
		}
	}
	if sub >= 0 {
		c := &r.cands[sub]
		switch {
		case c.kind != cPron:
			s = c
		case r.flagged[c.tok]:
			return quiet("frame: the speaker is a pronoun already reported", "")
		case c.gender.G() == pr.Gender:
			return quiet("frame: the speaker is", c.text)
		default:
			q, start = c, sub // on to the name the pronoun stands for
		}
	}
	for x := start - 1; s == nil && x >= 0 && x >= ci-farCands; x-- {
		c := &r.cands[x]
		t := &toks[c.tok]
		if int(t.Sentence) < sen-8 || int(t.Block) < blk-3 {
			far = true
		}
		if c.kind == cThing && c.ent != nil && (c.ent.Kind == entities.Other || c.ent.Kind == entities.Person) && !c.inq && int(t.Sentence) >= sen-1 && r.speakerMention(x) {
			// A name the model could not class that speaks just before
			// (Cllr Seán Lynch (FF) said …), or a person known by no
			// first name or title (Chan Ka-wai, an accountant, said), is
			// someone, of unknown gender.
			return quiet("frame: a name of unknown kind speaks", c.text)
		}
		if c.inq || c.kind == cThing || c.kind == cPron && r.flagged[c.tok] {
			continue
		}
		if c.kind == cPron {
			if c.gender.G() == pr.Gender {
				return quiet("frame: same-gender pronoun", c.text)
			}
			if q == nil {
				q = c // on to the name it stands for
			}
			continue
		}
		if q != nil && r.genderOf(c, pr.Span) == entities.Unknown {
			continue // the pronoun before shows the gender; this one is checked below
		}
		s = c
	}
	if s == nil {
		return quiet("frame: nobody named", "")
	}
	if s.poss && q == nil {
		return quiet("frame: possessive", s.text)
	}
	if g := r.genderOf(s, pr.Span); g != want {
		return quiet("frame: the person is not of the other gender", s.text)
	}
	// Everyone in reach. Someone of the pronoun's gender blocks from a few
	// sentences before the person's mention (across paragraphs: a woman in
	// the previous paragraph may still be the one meant); someone of
	// unknown gender, from the sentence before in the same paragraph (of
	// the pronoun that stands for the person, when there is one). When the
	// person was named far back, nobody before may be of the pronoun's or
	// of unknown gender.
	anchor := s
	if q != nil {
		anchor = q
	}
	at := toks[anchor.tok]
	narrow := int(at.Sentence) - 1
	if b := r.doc.Blocks[at.Block]; narrow < b.FirstSentence {
		narrow = b.FirstSentence
	}
	narrow = max(narrow, 0)
	sal := r.salienceOf(pr.Token, pos, s)
	if sal == speaks && r.continuesSpeech(pr.Token) {
		// She added … carries on the last speaker's words: when someone
		// else spoke last, that speaker decides.
		if x, found := r.speakerOf(pr.Token); found && x >= 0 && !r.sameAs(&r.cands[x], s) {
			if g := r.genderOf(&r.cands[x], pr.Span); g != want {
				return quiet("frame: the last speaker is not of the other gender", r.cands[x].text)
			}
		}
	}
	wide := max(int(toks[s.tok].Sentence)-wideReach, r.topicStart(pr.Token, s.tok, sal), 0)
	nFrom, wFrom := r.doc.Sentences[narrow].FirstToken, r.doc.Sentences[wide].FirstToken
	if far {
		nFrom, wFrom = 0, 0
	}
	for x := ci - 1; x >= 0 && r.cands[x].tok >= wFrom; x-- {
		if x < ci-farCands {
			return quiet("frame: too many candidates", "")
		}
		c := &r.cands[x]
		if c.kind == cThing || c.ent != nil && s.ent != nil && c.ent == s.ent || c.kind == cPron && r.flagged[c.tok] {
			continue
		}
		g := r.genderOf(c, pr.Span)
		switch {
		case g == pr.Gender:
			return quiet("frame: in reach", c.text)
		case g == entities.Unknown && !c.inq && c.kind != cPron && c.tok >= nFrom:
			if c.kind == cNoun && inParen(c.tok, paren, verb) {
				continue // in the parenthesis about the speaker
			}
			return quiet("frame: unknown in reach", c.text)
		case g == entities.Unknown && !c.inq && c.kind == cNoun && r.introducedRole(x, want):
			// Someone introduced by a role noun in the paragraphs about
			// the person (a former leader of the council who has died)
			// may be the one meant.
			return quiet("frame: a person introduced by a role noun in reach", c.text)
		}
	}
	// A pronoun that starts a sentence or a reported clause may continue
	// the topic of the article rather than the person named last (Mr Lee
	// said she should resign, of a woman named paragraphs before): report
	// only when nobody of the pronoun's gender was named before.
	if r.prominent(pr.Gender, pr.Token) && sal < speaks {
		return quiet("frame: a main character of the pronoun's gender", "")
	}
	if r.resumesTopic(pr, pos, false) {
		return quiet("frame: may take up someone of the pronoun's gender named before", "")
	}
	if (pos == clauseStart || pos == reported) && sal < opens && r.recentGender(pr.Gender, pr.Token) {
		return quiet("frame: someone of the pronoun's gender mentioned recently", "")
	}
	ante := entities.Candidate{Entity: s.ent, Span: s.span, Text: s.text, Kind: entities.Person, Gender: s.gender.G(), Token: s.tok, Noun: s.kind == cNoun}
	return verdict{report: true, ante: r.keep(ante), why: r.describe(s, pr.Span)}
}

// genderWithin reports whether a person of gender g (a name, a noun or a
// pronoun not already reported; in or out of quotations) is mentioned in
// the back sentences before token i.
func (r *resolver) genderWithin(g entities.Gender, i int, skip lint.Span, back int) bool {
	toks := r.doc.Tokens
	from := int(toks[i].Sentence) - back
	x := r.candFrom(i)
	n := x
	for x--; x >= 0 && int(toks[r.cands[x].tok].Sentence) >= from; x-- {
		if x < n-maxScan {
			return true
		}
		c := &r.cands[x]
		if c.kind == cThing || c.kind == cPron && r.flagged[c.tok] {
			continue
		}
		if r.genderOf(c, skip) == g {
			return true
		}
	}
	return false
}

// roleNounWithin reports whether a common noun for a person of unknown
// gender that introduces someone (freshRole: a former health minister, the
// detained opposition leader) is used in the back sentences before token
// i.
func (r *resolver) roleNounWithin(i, back int) bool {
	toks := r.doc.Tokens
	from := int(toks[i].Sentence) - back
	x := r.candFrom(i)
	for x--; x >= 0 && int(toks[r.cands[x].tok].Sentence) >= from; x-- {
		if c := &r.cands[x]; c.kind == cNoun && c.gender.G() == entities.Unknown && r.freshRole(c.tok) {
			return true
		}
	}
	return false
}

// freshRole reports whether the person noun at token i introduces someone
// rather than naming the office of someone named before (the president,
// the prime minister, after Mr Bush and Mr Blair): it is indefinite (a
// former health minister), described by a participle, a hyphenated or
// numbered word or a possessive (the detained opposition leader, the
// 76-year-old owner, Myanmar's opposition leader), or nobody is named
// before it.
func (r *resolver) freshRole(i int) bool {
	toks := r.doc.Tokens
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].Kind == lint.Word && toks[k].Sentence == toks[i].Sentence; k-- {
		w := toks[k].Text
		if fold.Has(determiners.m, w) {
			if fold.Has(indefinites, w) {
				return true
			}
			break
		}
		if possessiveWord(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.ContainsAny(w, "-0123456789") {
			return true
		}
	}
	x := r.candFrom(i)
	for x--; x >= 0; x-- {
		if c := &r.cands[x]; c.kind == cName && !c.inq {
			return false
		}
	}
	return true
}

// introducedRole reports whether candidate x, a noun for a person of
// unknown gender, introduces someone the article goes on to talk about:
// its phrase opens its sentence (The head teacher of a Cardiff school
// retired) or a relative who follows it (a former leader of the council
// who has died), and no pronoun of gender other shows, before anyone else
// is named in its sentence, whom it is (… to see her off: the head teacher
// is a woman).
func (r *resolver) introducedRole(x int, other entities.Gender) bool {
	toks := r.doc.Tokens
	c := &r.cands[x]
	sen := toks[c.tok].Sentence
	d := determinerOf(toks, c.tok)
	opens := d >= 0 && (d == r.doc.Sentences[sen].FirstToken || d > 0 && toks[d-1].Sentence != sen)
	who := false
	for k := c.tok + 1; k < len(toks) && k <= c.tok+8 && toks[k].Sentence == sen; k++ {
		if toks[k].Text == "who" {
			who = true
			break
		}
	}
	if !opens && !who {
		return false
	}
	for y := x + 1; y < len(r.cands) && toks[r.cands[y].tok].Sentence == sen; y++ {
		if d := &r.cands[y]; d.kind != cThing {
			return !(d.kind == cPron && d.gender.G() == other)
		}
	}
	return true
}

var indefinites = wordsOf("a", "an", "one", "another")

// prominent reports whether someone of gender g is a main character of
// the article before token i: a person named three times or more. A
// pronoun far from their last mention may still be about them.
func (r *resolver) prominent(g entities.Gender, i int) bool {
	r.index(i)
	return r.promTok[g] < i
}

// position is where pronoun pr stands: only a subject outside quotations
// has a position.
func (r *resolver) position(pr *entities.PronounRef) position {
	if pr.Case != entities.Subjective || r.inq[pr.Token] {
		return notSubject
	}
	pos, _ := r.subjectPosition(pr.Token)
	return pos
}

// resumesTopic reports whether the pronoun pr, in position pos, may take
// up someone of its gender mentioned anywhere before (named, when named is
// set): it starts a sentence and speaks no words (she plans, she might;
// not she said), so it may be about the person the story is about rather
// than the one who spoke last.
func (r *resolver) resumesTopic(pr *entities.PronounRef, pos position, named bool) bool {
	if pos != clauseStart || speechAfter(r.doc.Tokens, pr.Token) {
		return false
	}
	if named {
		r.index(pr.Token)
		return r.namedTok[pr.Gender] < pr.Token
	}
	return r.genderBefore(pr.Gender, pr.Token)
}

// index computes what prominent, genderBefore and resumesTopic look up
// about the tokens before i: where a person of each gender is first named
// the third time, and first named outside quotations, and the candidates
// of each gender in order. Genders here leave no evidence out, so what a
// candidate adds does not depend on when it is read: it reads the
// candidates before i it has not read yet (the pronouns ask in token
// order). Read all at once, on a long page, at the first pronoun that
// asked, they were every candidate of the page, though the last to ask
// may stand far before its end.
func (r *resolver) index(i int) {
	if !r.indexed {
		r.indexed, r.indexedTo = true, 0
		r.named = scratch.Zeroed(r.named, len(r.m.Entities))
		for g := range r.promTok {
			r.promTok[g] = len(r.doc.Tokens)
		}
		for g := range r.namedTok {
			r.namedTok[g] = len(r.doc.Tokens)
		}
	}
	x := r.indexedTo
	for ; x < len(r.cands) && r.cands[x].tok < i; x++ {
		c := &r.cands[x]
		if c.kind == cThing || c.inq && c.kind != cName {
			continue
		}
		g := r.genderOf(c, lint.Span{})
		if g == entities.Unknown {
			continue
		}
		if !c.inq {
			r.byGender[g] = append(r.byGender[g], x)
			if c.kind == cName && c.ent != nil {
				r.namedTok[g] = min(r.namedTok[g], c.tok)
			}
		}
		if c.kind == cName && c.ent != nil {
			if r.countName(c.ent) == 3 && c.tok < r.promTok[g] {
				r.promTok[g] = c.tok
			}
		}
	}
	r.indexedTo = x
}

// countName counts one more naming of e and returns the count so far.
func (r *resolver) countName(e *entities.Entity) int32 {
	if id := e.ID; id >= 1 && id <= len(r.m.Entities) && r.m.Entities[id-1] == e {
		r.named[id-1]++
		return r.named[id-1]
	}
	if r.namedOther == nil {
		r.namedOther = map[*entities.Entity]int32{}
	}
	r.namedOther[e]++
	return r.namedOther[e]
}

// genderBefore reports whether a person of gender g (a name, a noun or a
// pronoun not already reported, outside quotations) comes before token i.
// Pronouns are reported in order, so the first candidate not reported only
// moves forward.
func (r *resolver) genderBefore(g entities.Gender, i int) bool {
	r.index(i)
	l := r.byGender[g]
	for r.firstOf[g] < len(l) && r.cands[l[r.firstOf[g]]].kind == cPron && r.flagged[r.cands[l[r.firstOf[g]]].tok] {
		r.firstOf[g]++
	}
	return r.firstOf[g] < len(l) && r.cands[l[r.firstOf[g]]].tok < i
}

// salience is how firmly a subject pronoun continues the person named
// last (s), which bounds how far back someone of the pronoun's gender may
// still be meant instead.
type salience uint8

const (
	loose     salience = iota // s is named in an earlier paragraph
	paragraph                 // s is named in the pronoun's paragraph, outside quotations
	speaks                    // the pronoun speaks for s: "…," she said in a paragraph naming s; she added
	opens                     // s opened the paragraph with a speech verb the sentence before: Judge Thorne said … He said …
)

// salienceOf grades the pronoun at token i, in position pos, as standing
// for s.
func (r *resolver) salienceOf(i int, pos position, s *cand) salience {
	if r.speakerOpens(i, s) {
		return opens
	}
	if r.continuesSpeech(i) {
		return speaks
	}
	if !r.namedInParagraph(i, s) {
		return loose
	}
	if pos == speaker {
		return speaks
	}
	return paragraph
}

// topicStart is the first sentence in which someone of a pronoun's gender
// may still be meant instead of the person named last (at token st): two
// paragraphs before the pronoun's (one when the person is named in the
// pronoun's paragraph or the pronoun continues a speech; none before the
// person's sentence when the person opened the paragraph), or the person's
// paragraph if that comes earlier. Someone further back, beyond the
// paragraphs about the person, is no longer the topic.
func (r *resolver) topicStart(i, st int, sal salience) int {
	toks, blocks := r.doc.Tokens, r.doc.Blocks
	if sal == opens {
		return int(toks[st].Sentence)
	}
	b, sb := int(toks[i].Block), int(toks[st].Block)
	if b < 0 || b >= len(blocks) || sb < 0 || sb >= len(blocks) {
		return 0
	}
	back := 2
	if sal > loose {
		back = 1
	}
	return min(blocks[max(b-back, 0)].FirstSentence, blocks[sb].FirstSentence)
}

// sameAs reports whether candidates a and b are the same mention or
// mentions of the same entity.
func (r *resolver) sameAs(a, b *cand) bool {
	return a == b || a.ent != nil && a.ent == b.ent
}

// continuesSpeech reports whether the pronoun at token i is the subject of
// a verb that carries on a speech (she added, he went on).
func (r *resolver) continuesSpeech(i int) bool {
	toks := r.doc.Tokens
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k].Sentence == toks[i].Sentence; k++ {
		if continueVerbs.has(&toks[k]) || toks[k].Text == "went" && k+1 < len(toks) && toks[k+1].Text == "on" {
			return true
		}
		if !adverbs.has(&toks[k]) {
			break
		}
	}
	return false
}

// namedInParagraph reports whether s, or another mention of its entity, is
// named outside quotations in the paragraph of token i, before it.
func (r *resolver) namedInParagraph(i int, s *cand) bool {
	toks := r.doc.Tokens
	b := toks[i].Block
	if toks[s.tok].Block == b && !s.inq {
		return true
	}
	if s.ent == nil {
		return false
	}
	ci := r.candFrom(i)
	for x := ci - 1; x >= 0 && x >= ci-maxScan && toks[r.cands[x].tok].Block == b; x-- {
		if c := &r.cands[x]; c.ent == s.ent && !c.inq {
			return true
		}
	}
	return false
}

// speakerOpens reports whether the pronoun at token i, the subject of a
// speech verb that starts a sentence (He said …), follows a sentence that
// opens its paragraph with s as the subject of a speech verb (Judge Thorne
// said …): s is then the one meant, whoever came in the paragraphs before.
func (r *resolver) speakerOpens(i int, s *cand) bool {
	toks := r.doc.Tokens
	t, st := &toks[i], &toks[s.tok]
	if s.inq || !speechAfter(toks, i) || st.Block != t.Block || st.Sentence != t.Sentence-1 || s.last+1 >= len(toks) {
		return false
	}
	b := int(t.Block)
	if b < 0 || b >= len(r.doc.Blocks) || r.doc.Blocks[b].FirstSentence != int(st.Sentence) {
		return false
	}
	return speechVerbs.has(&toks[s.last+1]) && !thinkVerbs.has(&toks[s.last+1])
}

// continueVerbs carry on a speech by the same speaker.
var continueVerbs = setOf("added", "adds", "continued", "continues")

// recentSentences is how many sentences back a person of a pronoun's
// gender may still be the one a sentence-initial or reported pronoun
// continues, besides anyone earlier in the pronoun's paragraph.
const recentSentences = 4

// recentGender reports whether a person of gender g (a name, a noun or a
// pronoun not already reported, outside quotations) is mentioned before
// token i in its paragraph or in the recentSentences sentences before.
func (r *resolver) recentGender(g entities.Gender, i int) bool {
	toks := r.doc.Tokens
	sen := int(toks[i].Sentence)
	from := max(sen-recentSentences, 0)
	if b := int(toks[i].Block); b >= 0 && b < len(r.doc.Blocks) {
		from = min(from, r.doc.Blocks[b].FirstSentence)
	}
	fromTok := r.doc.Sentences[from].FirstToken
	x := r.candFrom(i)
	for n := x - 1; n >= 0 && r.cands[n].tok >= fromTok; n-- {
		if n < x-maxScan {
			return true
		}
		c := &r.cands[n]
		if c.kind == cThing || c.inq || c.kind == cPron && r.flagged[c.tok] {
			continue
		}
		if r.genderOf(c, lint.Span{}) == g {
			return true
		}
	}
	return false
}

// inParen reports whether token i lies in the parenthesis [from, verb).
func inParen(i, from, verb int) bool { return verb >= 0 && i >= from && i < verb }

func (r *resolver) describe(c *cand, skip lint.Span) string {
	g := r.genderOf(c, skip)
	noun := "a man"
	if g == entities.Female {
		noun = "a woman"
	}
	switch {
	case c.kind == cNoun:
		return noun
	case c.first:
		return noun + " (first name " + c.text + ")"
	case c.ent != nil:
		for _, ev := range c.ent.Evidence {
			if ev.Gender == g && ev.Span != skip {
				return noun + " (" + ev.Why + ")"
			}
		}
		if t, ok := r.tgender[c.ent]; ok && t.g == g && t.why != "" {
			return noun + " (title " + t.why + ")"
		}
	}
	return noun
}

var openers = setOf("but", "and", "yet", "so", "however", "instead", "now", "still", "then",
	"meanwhile", "later", "today", "yesterday", "earlier", "previously", "also", "indeed", "although")

var adverbs = setOf("also", "later", "then", "has", "had", "have", "once", "previously", "recently",
	"earlier", "further", "again", "repeatedly", "often", "always", "never", "reportedly", "had", "would", "will")

// speechVerbs follow their subject: "…," she said.
var speechVerbs = setOf("said", "says", "added", "adds", "told", "tells", "explained", "explains",
	"continued", "continues", "insisted", "insists", "argued", "argues", "warned", "warns", "noted",
	"notes", "stressed", "admitted", "admits", "claimed", "claims", "asked", "asks", "replied",
	"wrote", "writes", "recalled", "recalls", "suggested", "suggests", "predicted", "predicts",
	"believes", "believed", "thinks", "thought", "hopes", "hoped", "feels", "felt", "maintained",
	"maintains", "conceded", "concedes", "acknowledged", "agreed", "agrees", "confirmed",
	"confirms", "denied", "denies", "revealed", "reveals", "joked", "jokes", "laughed", "smiled",
	"observed", "remarked", "commented", "responded", "declared", "announced", "urged")

// thinkVerbs report a thought, not words: their subject is no speaker.
var thinkVerbs = setOf("believes", "believed", "thinks", "thought", "hopes", "hoped", "feels", "felt")

// speechFolds holds the Folds of the speech verbs that are no verbs of
// thinking, and of according: one bit turns away most of the words that
// speechBefore walks back over.
var speechFolds = func() *foldset.Wide {
	s := new(foldset.Wide)
	for w := range speechVerbs.m {
		if !thinkVerbs.m[w] {
			s.Add(w)
		}
	}
	s.Add("according")
	return s
}()

// reportVerbs take a reported clause whose subject may be the pronoun:
// Mr Lee said she …
var reportVerbs = setOf("said", "says", "added", "adds", "told", "insisted", "insists", "argued",
	"argues", "claimed", "claims", "believes", "believed", "thinks", "thought", "admitted",
	"admits", "explained", "explains", "warned", "warns", "stressed", "suggested", "suggests",
	"predicted", "predicts", "hopes", "hoped", "felt", "feels", "confirmed", "denied", "revealed",
	"maintained", "conceded", "acknowledged", "knew", "knows", "realised", "realized", "noted")

// nounGender lists the common nouns for people: a gendered noun (woman,
// spokesman) or one that leaves the gender open (the lawyer).
var nounGender = func() map[string]entities.Gender {
	m := map[string]entities.Gender{}
	for _, w := range strings.Fields(`woman girl lady mother wife daughter sister grandmother aunt niece
		assemblywoman alderwoman anchorwoman
		widow girlfriend bride mum mom spokeswoman chairwoman businesswoman actress queen princess
		duchess countess baroness heiress waitress headmistress policewoman congresswoman
		sportswoman stepmother granddaughter landlady hostess heroine empress nun madam
		frontwoman servicewoman councilwoman chairlady fiancee fiancée`) {
		m[w] = entities.Female
	}
	for _, w := range strings.Fields(`man boy gentleman father husband son brother grandfather uncle
		assemblyman alderman anchorman
		nephew widower boyfriend groom dad spokesman businessman sportsman congressman king
		prince duke earl baron emperor policeman fireman headmaster monk priest landlord
		frontman serviceman councilman fiance stepfather grandson`) {
		m[w] = entities.Male
	}
	for _, w := range strings.Fields(`person spokesperson chairman chair official lawyer attorney
		solicitor barrister minister secretary president executive director manager
		analyst editor researcher professor doctor leader source representative member
		candidate senator author writer singer artist actor player coach captain judge
		prosecutor officer detective adviser advisor aide governor mayor ambassador
		envoy campaigner activist driver pilot rider striker victim teacher student patient
		worker fan customer resident child baby pupil suspect defendant witness nurse
		farmer buyer seller passenger winner voter citizen employee teenager parent friend
		partner spouse colleague neighbour neighbor applicant claimant plaintiff juror soldier
		journalist blogger gamer viewer listener reader chef owner founder boss creator
		inventor developer designer shopper consumer investor tenant pensioner graduate
		nominee finalist newcomer youngster veteran survivor performer celebrity presenter
		star spokesperson critic expert economist scientist consultant producer musician
		rapper comedian dancer student boss chairperson commissioner negotiator
		organiser organizer founder co-founder entrepreneur banker trader broker tycoon
		billionaire millionaire campaigner protester protestor demonstrator prisoner
		inmate officer constable sergeant inspector superintendent colonel commander
		lieutenant captain admiral athlete sprinter runner cyclist jockey trainer manager
		goalkeeper keeper defender midfielder winger skipper batsman bowler
		opponent rival challenger incumbent successor predecessor deputy mp mep
		headteacher principal midwife baker poet novelist painter photographer filmmaker
		playwright composer pianist surgeon physician dentist paramedic firefighter lawmaker
		legislator politician diplomat councillor councilor magistrate coroner sheriff
		volunteer carer nanny cleaner shopkeeper landowner homeowner motorist pedestrian hiker
		climber swimmer golfer boxer footballer cricketer sibling relative cousin toddler
		infant grandparent premier chancellor treasurer taoiseach speaker whip chief pope
		cardinal bishop archbishop rabbi imam vicar chaplain dean provost rector registrar
		host guest narrator referee umpire architect engineer accountant auditor heir
		magnate mogul ceo cfo chairwoman ombudsman chancellor-elect premier-elect`) {
		if _, ok := m[w]; !ok {
			m[w] = entities.Unknown
		}
	}
	return m
}()

// nouns is one lookup for the nouns the resolver looks at.
var nouns = func() map[string]nounInfo {
	m := map[string]nounInfo{}
	for w := range groupWords {
		m[w] = nounInfo{thing: true}
	}
	for w := range shipWords {
		m[w] = nounInfo{thing: true}
	}
	for w, g := range nounGender {
		m[w] = nounInfo{gender: g}
	}
	return m
}()

// nounShape marks the first letters and lengths (15: longer) that some
// noun of nouns has, possessive 's included, so most words need no lookup.
var nounShape = func() (t [26][16]bool) {
	for w := range nouns {
		if c := w[0]; c >= 'a' && c <= 'z' {
			for _, n := range []int{len(w), len(w) + 2, len(w) + 4} {
				t[c-'a'][min(n, 15)] = true
			}
		}
	}
	return t
}()

// nounsPacked is nouns for nounOf.
var nounsPacked = newPackedTable(nouns)

// nounSieve turns away, by length and first and last bytes, most words
// whose lower-case form is no noun.
var nounSieve = func() *fold.Sieve {
	sv := new(fold.Sieve)
	for w := range nouns {
		sv.Add(w)
	}
	return sv
}()

// mayBeNoun is false when nounOf(s) is certainly not found: neither s nor
// s without a possessive 's may lower-case to a noun.
func mayBeNoun(s string) bool {
	if nounSieve.May(s) {
		return true
	}
	n := len(s)
	if n < 3 || s[n-1]|0x20 != 's' {
		return false
	}
	switch {
	case s[n-2] == '\'':
		return nounSieve.May(s[:n-2])
	case n > 4 && s[n-4:n-1] == "’":
		return nounSieve.May(s[:n-4])
	}
	return false
}

// nounOf looks a word of 3 to 14 bytes up in nouns: folded to lower case
// and without a possessive 's when it starts with a capital or holds an
// apostrophe, as written otherwise (as strings.ToLower, strings.TrimSuffix
// and a map would).
func nounOf(s string) (nounInfo, bool) {
	if head, ok := postToBe(s); ok {
		return nounOf(head)
	}
	if len(s) > 16 || !mayBeNoun(s) {
		return nounInfo{}, false
	}
	k := pack(s)
	if (k[0]|k[1])&highBits != 0 {
		return nounOfUnicode(s)
	}
	return nounsPacked.get(nounKey(s, k))
}

// nounKey returns the key nounOf looks up for s, of 3 to 16 bytes of ASCII,
// packed as k: k itself, or, when s starts with a capital or holds an
// apostrophe, s without a possessive 's and lowered.
func nounKey(s string, k key16) key16 {
	if s[0] <= 'Z' || hasByte(k, '\'') {
		if n := len(s); s[n-2] == '\'' && s[n-1]|0x20 == 's' {
			k = pack(s[:n-2])
		}
		k = key16{lowerASCII(k[0]), lowerASCII(k[1])}
	}
	return k
}

// postToBe returns the post of a holder to be (minister-designate,
// President-elect: minister, President).
func postToBe(s string) (string, bool) {
	n := len(s)
	if n < 8 || s[n-1]|0x20 != 'e' && s[n-1]|0x20 != 't' {
		return "", false
	}
	for _, suf := range [...]string{"-designate", "-elect"} {
		if len(suf) < n && strings.EqualFold(s[n-len(suf):], suf) {
			return s[:n-len(suf)], true
		}
	}
	return "", false
}

// nounOfUnicode is nounOf for a word with a character outside ASCII.
func nounOfUnicode(w string) (nounInfo, bool) {
	if w[0] <= 'Z' || strings.IndexByte(w, '\'') >= 0 || strings.IndexByte(w, 0xE2) >= 0 {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
	}
	n, ok := nouns[w]
	return n, ok
}

type nounInfo struct {
	gender entities.Gender
	thing  bool
}

// groupWords are nouns for organisations and places.
var groupWords = wordsOf("government", "club", "company", "firm", "country", "nation", "state",
	"bank", "team", "party", "council", "ministry", "administration", "group", "board", "regime",
	"union", "agency", "department", "authority", "organisation", "organization", "corporation",
	"business", "commission", "parliament", "republic", "kingdom", "airline", "carrier", "giant",
	"maker", "retailer", "broadcaster", "newspaper", "league", "federation", "association",
	"watchdog", "regulator", "institute", "university", "school", "hospital", "city", "town",
	"region", "committee", "court", "cabinet", "alliance", "consortium", "manufacturer", "label",
	"studio", "publisher", "insurer", "lender", "charity")

// setOf makes a word set (see wordsets.go), for sets asked about tokens
// (has, hasFold); wordsOf makes those read only by text.
func setOf(ws ...string) *wordSet {
	if len(setBits) == 32 { // a 33rd set would get no bit of its own
		panic("pronoun-agreement: more than 32 word sets (wordSet.bit)")
	}
	s := &wordSet{bit: 1 << len(setBits), m: wordsOf(ws...)}
	setBits = append(setBits, s)
	for _, w := range ws {
		setFolds.Add(w)
		setIndex.add(w, s.bit)
	}
	return s
}
