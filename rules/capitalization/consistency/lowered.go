package consistency

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

// Names lower-cased at their first word: the rest of the run reports a
// later word in lower case (Labor department); this pass reports
//   - a name of one word that the article capitalises in mid-sentence and
//     writes once in lower case (lufthansa beside Lufthansa), when the
//     lower-case form is no ordinary word and the name no first name or
//     surname (which may be ordinary words: Greenfield, Hope);
//   - a name of several words (perhaps joined by of or for) whose first
//     word stands in lower case (bank of England, world Social Forum) while
//     the article writes the whole name capitalised in mid-sentence.
//
// Left alone: ordinary words (apple beside Apple), compass and other
// descriptive first words (north London beside North London; but not
// south Korea beside the country South Korea), titles and honorifics
// (capitalization-title), addresses (huaral.org), and headlines and
// headings.

// descriptive first words are lower case in many house styles before a
// name (north London, central Europe, former Yugoslavia, greater Manchester).
var descriptive = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true, "northeast": true, "northwest": true, "southeast": true,
	"southwest": true, "mid": true, "upper": true, "lower": true, "inner": true, "outer": true,
	"greater": true, "former": true, "new": true, "old": true, "pre": true, "post": true, "anti": true,
	"pro": true, "ex": true, "then": true, "late": true, "non": true,
}

// ofPlace are the kinds of place and polity that stand in lower case
// before of and the place's name (the city of London, the state of New
// York, the government of India) beside a name that starts with them
// (the City of London, the State of New York as a party to a suit).
var ofPlace = map[string]bool{
	"city": true, "state": true, "town": true, "village": true, "county": true, "province": true,
	"district": true, "borough": true, "government": true,
}

// calendarName are the day and month names that are no ordinary word in
// lower case (not may, march, august).
var calendarName = map[string]bool{
	"january": true, "february": true, "april": true, "june": true, "july": true, "september": true,
	"october": true, "november": true, "december": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// lowCand is a lower-cased name: tokens [i, end), with its reference's
// tokens [ref, refEnd) (ref -1 for a one-word name: the counts decide).
type lowCand struct{ i, end, ref, refEnd, word int }

// lowWord is what the article says about a word seen in lower case that
// may be a lower-cased name.
type lowWord struct {
	caps, lower int
	first       int       // the first capitalised token in mid-sentence, or -1
	alone       int       // the first of those that stands as a name of its own (standsAsName), or -1
	only        int       // the last use in lower case that may start no name (lowHits), or -1
	refs        []pairRef // names of several words that start with it capitalised
}

// manyRefs is the number of names of a word above which lowered sorts
// them by hash.
const manyRefs = 8

// refsOfHash returns the names of refs of hash h, in text order, when
// there are more than manyRefs (sorted by lowered), or else all of them
// (the caller compares their hashes).
func refsOfHash(refs []pairRef, h uint32) []pairRef {
	if len(refs) <= manyRefs {
		return refs
	}
	at, _ := slices.BinarySearchFunc(refs, h, func(r pairRef, h uint32) int { return cmp.Compare(r.h, h) })
	end := at
	for end < len(refs) && refs[end].h == h {
		end++
	}
	return refs[at:end]
}

// pairRef is a name of several words: tokens [first, end), with the
// restHash of its restKey, compared before the text.
type pairRef struct {
	first, end int
	h          uint32
}

// midCap: token t is a capitalised word (not all capitals) in mid-sentence.
func midCap(t *lint.Token) bool {
	return t.Kind == lint.Word && t.Has(lint.Capitalized) && midCapital(t)
}

// midCapital is midCap of a token known to be a capitalised word (the
// rule's capitals): it is no word in capitals and not at a sentence start.
func midCapital(t *lint.Token) bool { return t.Flags&(lint.AllCaps|lint.SentenceStart) == 0 }

// gather notes, for the capitals of a block that is no heading, read by
// the rule's walk while the block's tokens are in the cache, what the later
// passes read of them: the capitals in mid-sentence of three bytes or more
// with their stem's FoldHash (lowered's mids), and those
// beside which lowerNames may find a name in lower case (appendLeads). The
// later passes then read these few instead of every capital again.
//
// Room is made for the block's capitals at once (room, as for capsAt, in
// run), but for no more than midsRoom: the capitals in mid-sentence are some of
// them, and a block of 65,000 capitals with few in mid-sentence would
// otherwise leave mids past maxPooledLow, which release then drops with
// the rest of lowered's storage. Beyond that, append makes room.
func (sc *work) gather(toks []lint.Token, caps []capital, names *bloom) {
	sc.mids = room(sc.mids, min(len(caps), midsRoom))
	for _, c := range caps {
		t := &toks[c.i]
		if midCapital(t) && len(t.Text) >= 3 {
			// (unreported's first test written out: few pass it.)
			if f := tokenFold(t); !unreportedSet.Has(f) || !unreported(t, f) {
				sc.mids = append(sc.mids, capital{c.i, f})
			} else {
				sc.unreportedMids = true
			}
		}
	}
	sc.leads = appendLeads(toks, caps, names, sc.leads)
}

// midsRoom is the most room gather makes in mids for a block at once:
// with fewer capitals in mid-sentence than that, room (at most twice the
// room asked, or the capacity doubled) leaves cap(mids) within
// maxPooledLow.
const midsRoom = maxPooledLow / 4

// unreported: lowered reports no lower-case word that is the capital t
// lowered (t's stem's FoldHash being f): a title word, honorific or
// connector (the lord, the president, and), which its last loop turns away.
// Leaving those capitals out of its filter leaves the many lower-case uses
// of those words out of its candidates (and words).
func unreported(t *lint.Token, f uint32) bool {
	if !unreportedSet.Has(f) {
		return false
	}
	w := stem(t.Text)
	return unreportedIndex.Find(f, func(i int) bool { return loweredIs(w, unreportedWords[i]) }) >= 0
}

// unreportedWords are titleWords, honorifics and connectors (see
// unreported), unreportedSet and unreportedIndex those by Fold.
var unreportedWords = func() []string {
	var list []string
	for _, words := range []map[string]bool{titleWords, honorifics, connectors} {
		for w := range words {
			list = append(list, w)
		}
	}
	return list
}()

var (
	unreportedSet   = foldset.OfWords(unreportedWords...)
	unreportedIndex = foldset.NewIndex(unreportedWords)
)

// lowHits appends to cands the tokens of toks (which start at token base)
// that are lower-case words of three bytes or more in mid-sentence whose
// stem's FoldHash is in filter, each with its word in words (counted
// there: lowWord.lower) and whether it may start a name of several
// (mayStartName); a word of three bytes only where it may.
//
// It also appends to places the words that are places of one word (london,
// africa), or words of places of several (united, aviv, islands: see
// placeKindWords) with a capitalised word beside them (capBeside), with
// their kinds, which lowerNames reads.
//
// The walk reads each word's Fold, not its text, and tests one set, all:
// filter's words, the place words and the later words of pairs (see
// lowered). At a lower-case word of any length that is a later word of
// pairs it finds the deviant candidates before it (dv.scan); places is
// nil when only those are looked for.
func lowHits(toks []lint.Token, base int, all *walkSet, filter *bloom, words *lowWords, cands []lowHit, places *[]placeHit, dv *deviantScan) []lowHit {
	px := placeTable()
	for k := 0; ; k++ {
		if all.shift == 16 {
			k = nextLowHit16(toks, k, all.w)
		} else {
			k = nextLowHit(toks, k, all.w, all.shift)
		}
		if k == len(toks) {
			return cands
		}
		t := &toks[k]
		f := t.Fold
		if t.Flags&mayPossessive != 0 { // its stem's
			if f = tokenFold(t); !all.has(f) {
				continue
			}
		}
		if !dv.off && dv.laters.has(f) {
			if dv.scan(toks, base, k, f); dv.scans > dv.budget {
				// More lower-case uses of the later words than the
				// article has capitals, halved: those words are common
				// ones (a long article's runs hold many), and run finds
				// the candidates from the capitals instead. The walk
				// stops at no more of them.
				dv.off = true
				all.refill(dv.mids, px)
			}
		}
		// The rest reads lower-case words of three bytes or more in
		// mid-sentence.
		if len(t.Text) < 3 || t.Flags&lint.SentenceStart != 0 || places == nil {
			continue
		}
		short := len(t.Text) == 3
		if short && !mayStartName(toks, k) {
			continue // the, was, for: too short for a name of one word (see mayStartName)
		}
		if filter.has(f) {
			w := words.add(f, stemOf(t))
			lw := &words.words[w]
			lw.lower++
			// A use that may start no name matters only as a word's only
			// use in lower case (most of a long article's candidates are
			// uses of words it writes often): its word keeps it.
			if short || mayStartName(toks, k) {
				cands = append(cands, lowHit{int32(base + k), w})
			} else {
				lw.only = base + k
			}
		}
		if !px.walk.Has(f) {
			continue // no place word (most of the capitals' words that hit)
		}
		if kind := px.kind(f, stemOf(t)); kind != 0 && (kind&isSingle != 0 || capBeside(toks, k)) {
			*places = append(*places, placeHit{int32(base + k), kind})
		}
	}
}

// lowHit is a candidate of lowered that may start a name of several words
// (mayStartName: at any other nameEnd finds none): a lower-case word and
// its index in lowWords' words.
type lowHit struct{ i, word int32 }

// placeHit is a lower-case word in the place table: its token and its kinds
// there (isSingle, inMulti).
type placeHit struct {
	i    int32
	kind uint8
}

// mayPossessive are the flags of a word that may end in a possessive:
// only a word with an apostrophe or a byte beyond ASCII (’) may.
const mayPossessive = lint.HyphenOrApostrophe | lint.InnerCapOrNonASCII

// nextLowHit returns the first token of toks from k on that is a lower-case
// word that may end in a possessive (lowHits tests its stem) or whose Fold
// is in the set all (walkSet: words w, shift shift); len(toks) when there
// is none (lowHits does the rest for the words it returns). The flags tell a possessive: the loop reads no
// text. Most words hit nothing: the loop calls nothing, so that all it
// reads stays in registers (a call, even one seldom made, would have them
// saved and read again around it), and it is not inlined into lowHits,
// whose calls would do just that.
//
// Every token's bit is read and tested with its possessive and case flags
// in one branch, which few tokens pass (the lower-case words that hit, the
// possessives, the odd punctuation mark whose Fold hits); only those are
// tested for being words: whether a token is one is unpredictable, and a
// branch on it for every token was mispredicted about once in two tokens. (Testing the capitals' own bits
// there too, without notCap, takes fewer instructions but mispredicts
// more, and was slower.)
//
//go:noinline
func nextLowHit(toks []lint.Token, k int, w []uint64, shift uint) int {
	for ; k < len(toks); k++ {
		t := &toks[k]
		b := t.Fold >> (shift & 31)
		if lowHitAt(t, w[b>>6]>>(b&63)) {
			return k
		}
	}
	return len(toks)
}

// lowHitAt: the walk stops at token t, whose bit in the set is the low
// bit of bits (see nextLowHit).
func lowHitAt(t *lint.Token, bits uint64) bool {
	// The walk stops where the bit or a possessive flag is set, unless the
	// token is capitalised: its Capitalized flag, moved above every bit of
	// the others, makes one comparison fail whatever they are.
	if bits&1|uint64(t.Flags&mayPossessive) <= uint64(t.Flags&lint.Capitalized)<<16 {
		return false
	}
	return t.Kind == lint.Word
}

// deviantScan finds, in lowered's walk, the deviant candidates of run
// (see candidates) in the blocks the walk reads: at each lower-case word
// that is a later word of some pair (laters), the capitalised words up to
// maxWords-1 words before it in its block, with only words between, whose
// pair with it is in pairs, and that start some reference (starts). They
// are the candidates whose window (lowerWindow) holds such a word, found
// from the few lower-case words that may be one instead of from every
// capital's window.
//
// Each stop costs some reading of the tokens before it: when the stops
// outnumber budget, the scan is given up (off) and lowered's walk is left
// to its own words (mids, the capitals in mid-sentence, and the place
// words). In an article longer than maxScanTokens it is off from the
// start.
type deviantScan struct {
	starts, pairs, laters *bloom
	cands                 []int // the candidates' tokens, in no order and perhaps repeated
	scans, budget         int
	off                   bool
	// fromCaps: the scan was off from the start, and lowered's walk found
	// the candidates of every block it reads from their capitals instead.
	fromCaps bool
	mids     []capital
}

// scan adds the candidates before the lower-case word toks[k] (toks is a
// block that starts at token base) whose stem's FoldHash is f.
func (dv *deviantScan) scan(toks []lint.Token, base, k int, f uint32) {
	dv.scans++
	for i := k - 1; i >= 0 && k-i < maxWords; i-- {
		t := &toks[i]
		if t.Kind != lint.Word {
			return // (toks[i] starts no window that holds k, nor does any before it)
		}
		if t.Flags&lint.Capitalized == 0 {
			continue
		}
		if h := capKey(t); dv.starts.has(h) && dv.pairs.has(pairHash(h, f, k-i)) {
			dv.cands = append(dv.cands, base+i)
		}
	}
}

// nextLowHit16 is nextLowHit for a set of 1<<16 bits (shift 16, an
// article with few capitals in mid-sentence: most), read without a bounds
// check and shifted by a constant. It reads two tokens a turn: the loop's
// count, test and bounds check, a third of its instructions for one token,
// are made once for two (BenchmarkAllRules: 3.68M -> 3.47M instructions
// a pass).
//
//go:noinline
func nextLowHit16(toks []lint.Token, k int, w []uint64) int {
	w = w[:1<<10] // (a slice, not an array pointer, whose nil test the loop repeated)
	for ; k+1 < len(toks); k += 2 {
		t, u := &toks[k], &toks[k+1]
		if lowHitAt(t, w[t.Fold>>22]>>(t.Fold>>16&63)) {
			return k
		}
		if lowHitAt(u, w[u.Fold>>22]>>(u.Fold>>16&63)) {
			return k + 1
		}
	}
	if k < len(toks) {
		if t := &toks[k]; lowHitAt(t, w[t.Fold>>22]>>(t.Fold>>16&63)) {
			return k
		}
	}
	return len(toks)
}

// mayStartName: the word toks[k] may start a name of several words, as
// nameEnd reads one (the next word of its block capitalised, or of or for
// before one). A lower-case word of three bytes that may not is no
// candidate: a name of one word needs four letters or more, and the count
// of a word's lower-case uses decides only for those. (toks is one block.)
func mayStartName(toks []lint.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	return n.Has(lint.SpaceBefore) && (n.Has(lint.Capitalized) || n.Text == "of" || n.Text == "for")
}

// lowered is the pass described above. The capitalised words in
// mid-sentence that the rule's walk gathered (sc.mids, see gather) set bits
// of a filter by their stem's FoldHash; the lower-case words of the blocks it
// gathered that hit it are the candidates (few); the capitalised words are
// then counted and their names gathered only for the candidates' words.
func lowered(p *lint.Pass, sc *work) (reported []occurrence) {
	d := p.Doc
	toks := d.Tokens
	mids := sc.mids
	places := &sc.lowPlaces
	if len(mids) == 0 && !sc.unreportedMids {
		// No capital in mid-sentence. (One that gather left out of mids,
		// unreported, still lets the walk below gather the places in
		// lower case for lowerNames, as it did when it was in mids.)
		if sc.dev.off || len(sc.laterKeys) == 0 {
			return nil
		}
		places = nil // the walk only finds deviant candidates (sc.dev)
	}
	// all: filter's words and the place words in one set, so that the walk
	// tests one (and lowHits tells which the few words that hit it hit).
	// The later words of pairs are added too, for the deviant candidates
	// (deviantScan).
	laters := sc.laterKeys
	if sc.dev.off {
		laters = nil
	}
	var filter *bloom
	var all *walkSet
	if sc.dev.off { // a long article (laters is nil)
		filter, all = sc.longLowSets(mids)
	} else {
		filter = sc.lowFilter.sized(len(mids))
		all = sc.lowAll.sizedFor(len(mids)+len(laters), placeTable())
		for _, c := range mids {
			filter.add(c.h)
			all.add(c.h)
		}
		for _, h := range laters {
			all.add(h)
		}
	}
	cands := sc.lowCands[:0]
	defer func() { sc.lowCands = cands[:0] }()
	// The lower-case words of three bytes or more in mid-sentence, outside
	// headings and capitals blocks, and their words, counted.
	table := &sc.lowWords
	table.reset()
	sc.dev.mids = mids
	// In an article longer than maxScanTokens, whose scan is off from the
	// start, the walk finds the deviant candidates of each block from its
	// capitals (candidates) right after reading the block, while its tokens
	// are in the cache: run's pass over all the capitals afterwards read
	// the windows of a long article's tokens from memory again (at 1 MB,
	// some 10 MB of them).
	fromCaps := sc.dev.off && len(sc.runs) > 0
	for _, r := range sc.lowBlocks {
		cands = lowHits(toks[r.lo:r.hi], int(r.lo), all, filter, table, cands, places, &sc.dev)
		if fromCaps {
			sc.dev.cands = candidates(toks, sc.capsAt[r.capLo:r.capHi], sc.dev.starts, sc.dev.pairs, sc.dev.cands)
		}
	}
	sc.dev.fromCaps = fromCaps
	all.restore(mids, laters, placeTable())
	if len(table.words) == 0 {
		return nil // no candidate
	}
	words := table.words
	// A long article's mids and candidates are scattered over its tokens:
	// those that pass the tests that read no token are gathered warmRuns at
	// a time, and each batch is warmed (warmMids, warmLows) before it is
	// read, so that their misses overlap. (Tested in the warming loop
	// instead, the mids were warmed no faster than they had been read: the
	// branch on each, which the predictor often misses, held up the reads
	// after it.)
	long := len(toks) > maxScanTokens
	var hits [warmRuns]capital
	for m := 0; m < len(mids); {
		// The table's slots first: a long article's capitals are mostly
		// of words that are no candidate's, and their tokens, far apart,
		// are not read.
		n := 0
		for ; m < len(mids) && n < len(hits); m++ {
			if c := mids[m]; table.hasFold(c.h) { // c.h is the FoldHash of its stem
				hits[n] = c
				n++
			}
		}
		if long {
			warmMids(toks, hits[:n])
		}
		for _, c := range hits[:n] {
			i := int(c.i)
			t := &toks[i]
			if len(t.Text) > 64 {
				continue // (as long as the lower-case candidates are compared)
			}
			k := table.capital(c.h, stem(t.Text))
			if k < 0 {
				continue // no candidate's word
			}
			lw := &words[k]
			lw.caps++
			if lw.first < 0 {
				lw.first = i
			}
			// (alone is read only for a word written once in lower case: a
			// long article has many capitals of words it writes often in
			// lower case, and standsAsName asks the lexicon.)
			if lw.alone < 0 && lw.lower == 1 && standsAsName(toks, i) {
				lw.alone = i
			}
			if i > 0 && capWord(&toks[i-1]) && toks[i-1].Block == t.Block {
				continue // not the start of a name
			}
			if i > 1 && joiner(toks[i-1].Text) && capWord(&toks[i-2]) && toks[i-2].Block == t.Block {
				continue // the rest of a name joined by a sign (Hulu + Live TV, Marks & Spencer)
			}
			if end := nameEnd(toks, i); end > 0 {
				lw.refs = append(lw.refs, pairRef{i, end, restHash(restKey(d, i, end))})
			}
		}
	}
	// A word capitalised at the start of many names, in a long article,
	// has many (The, of the band and film names, against every the before
	// a capital): its names are sorted by hash, keeping text order among
	// equal hashes, so that each candidate reads only those of its own
	// hash (refsOfHash), not all of them.
	for k := range words {
		if refs := words[k].refs; len(refs) > manyRefs {
			slices.SortStableFunc(refs, func(a, b pairRef) int { return cmp.Compare(a.h, b.h) })
		}
	}
	var found [16]lowCand
	out := found[:0]
	var lows [warmRuns]lowHit
	for c0 := 0; c0 < len(cands); {
		// No capital, or no name to compare with and more than one use
		// in lower case (see below): nothing to report (a long article
		// has many such candidates of words it writes often).
		n := 0
		for ; c0 < len(cands) && n < len(lows); c0++ {
			if lw := &words[cands[c0].word]; lw.caps != 0 && (len(lw.refs) != 0 || lw.lower == 1) {
				lows[n] = cands[c0]
				n++
			}
		}
		if long {
			warmLows(toks, lows[:n])
		}
		for _, c := range lows[:n] {
			i, lw := int(c.i), &words[c.word]
			if end := nameEnd(toks, i); end > 0 {
				keyA, keyB := restKey(d, i, end)
				// A word capitalised at the start of many names, in a long
				// article, has many: their hashes are compared first.
				kh := restHash(keyA, keyB)
				for _, r := range refsOfHash(lw.refs, kh) {
					if r.h != kh {
						continue
					}
					if a, b := restKey(d, r.first, r.end); sameConcat(a, b, keyA, keyB) {
						out = append(out, lowCand{i, end, r.first, r.end, int(c.word)})
						break
					}
				}
				if len(out) > 0 && out[len(out)-1].i == i {
					continue
				}
			}
			// Capitalised only inside longer names, the word is reported
			// unless a determiner makes it the common noun (some matatu
			// owners, the polyclinic, a garda; not: from tory MPs).
			if lw.lower == 1 && lw.first >= 0 && (lw.alone >= 0 || !determinerBefore(toks, i)) {
				out = append(out, lowCand{i, i + 1, -1, 0, int(c.word)})
			}
		}
	}
	// The only uses of words that may start no name, as above.
	sorted := true
	for k := range words {
		lw := &words[k]
		if i := lw.only; lw.lower == 1 && i >= 0 && lw.caps != 0 && lw.first >= 0 && (lw.alone >= 0 || !determinerBefore(toks, i)) {
			sorted = sorted && (len(out) == 0 || out[len(out)-1].i < i)
			out = append(out, lowCand{i, i + 1, -1, 0, k})
		}
	}
	if !sorted { // in the order of the text, as the candidates were
		slices.SortFunc(out, func(a, b lowCand) int { return cmp.Compare(a.i, b.i) })
	}
	for _, c := range out {
		t := &toks[c.i]
		w := stem(t.Text)
		if titleWords[w] || honorifics[w] || connectors[w] || isPreTitle(toks, c) {
			continue
		}
		// north London beside North London may both be right; south Korea
		// beside South Korea is not.
		if descriptive[w] && (c.ref < 0 || lexicon.CountryByName(d.Slice(lint.Span{Start: toks[c.ref].Span.Start, End: toks[c.refEnd-1].Span.End})) == "") {
			continue
		}
		// the city of London beside the City of London: a place's kind
		// before of is lower case in every house style (AP: all city of
		// and state of phrases), the place itself named by the rest.
		if c.ref >= 0 && ofPlace[w] && c.i+1 < c.end && toks[c.i+1].Text == "of" {
			continue
		}
		refFirst, refEnd := c.ref, c.refEnd
		if c.ref < 0 {
			lw := &words[c.word]
			if len(w) < 4 || strings.ContainsAny(w, "-'\u2019") || addressPart(d.Text, t.Span) ||
				ordinary(w) && !calendarName[w] {
				continue
			}
			// A surname or first name may be an ordinary word that the
			// word list lacks, a compound of two (Greenfield: a
			// greenfield site); a place may name a thing (chelsea boots).
			// Other names in lower case are slips (elvis, davis, july).
			ref := lw.alone
			if ref < 0 {
				ref = lw.first
			}
			if name := stem(toks[ref].Text); eponyms[w] ||
				(lexicon.IsSurname(name) || lexicon.IsFirstName(name)) && !calendarName[w] && compound(w) {
				continue
			}
			refFirst, refEnd = ref, ref+1
		}
		sp := lint.Span{Start: t.Span.Start, End: toks[c.end-1].Span.End}
		refSp := lint.Span{Start: toks[refFirst].Span.Start, End: toks[refEnd-1].Span.End}
		refText := d.Phrase(refSp)
		model := stem(toks[refFirst].Text)
		fixed := model[:len(w)] + t.Text[len(w):]
		reported = append(reported, occurrence{c.i, c.end})
		p.Report(lint.Diagnostic{
			Span:    sp,
			Message: fmt.Sprintf("%q is capitalised %q elsewhere in the article (line %d)", d.Phrase(sp), refText, d.LineOf(refSp.Start)),
			Related: []lint.Related{{Span: refSp, Message: fmt.Sprintf("written %q here", refText)}},
			Fixes:   fixes.One(fmt.Sprintf("Write %q", fixed), t.Span, fixed, true),
		})
	}
	return reported
}

// longLowSets returns lowered's filter and walk set for a long article
// (deviantScan.off, whose walk looks for no later words of pairs), with
// the words of its capitals in mid-sentence, mids. The filter is filled at
// no more than longFilled hashes' room and fitted to the words it holds
// (fit), and the walk set is sized for walkWords times as many words as
// the filter estimates it holds, not for every capital: a long article
// repeats its names (the 10 MB one has ten times the capitals of the 1 MB
// one, 175,000, and the same 4,221 words), and sized for its capitals the
// two took 1.5 MB, from which the walk's test of every token and the
// filter's of every hit read at random. When the filter is too full to
// be fitted, both are sized for every capital, as a short article's are.
func (sc *work) longLowSets(mids []capital) (*bloom, *walkSet) {
	filter := sc.lowFilter.sized(min(len(mids), longFilled))
	for _, c := range mids {
		filter.add(c.h)
	}
	n := len(mids)
	if est, ok := filter.fit(fitBits); ok {
		n = min(n, walkWords*(int(est)+1))
	} else {
		filter = sc.lowFilter.sized(n)
		for _, c := range mids {
			filter.add(c.h)
		}
	}
	all := sc.lowAll.sizedFor(n, placeTable())
	for _, c := range mids {
		all.add(c.h)
	}
	return filter, all
}

// walkWords is how many words longLowSets sizes a long article's walk set
// for, for each word its filter estimates it holds: the set then has at
// least 128 bits a word, and stops the walk at a word it does not hold no
// more often than a 1 MB article's did, sized for every capital (its
// capitals are four times its words). (Sized for twice as many, the 10 MB
// article was as fast.)
const walkWords = 4

// standsAsName reports whether the capitalised word at i is a name in its
// own right, which its lower-case form elsewhere misspells even after a
// determiner: a word with no
// capitalised neighbour (Lufthansa), or a word of a person's name (Colin
// Montgomerie, Mr Montgomerie, Elvis Presley). A word inside the name of a
// body or place (the Matatu Owners Association, Bukit Panjang Polyclinic,
// the Headteacher's Award) or a rank before a name (Garda Seán Ó Briain)
// is the common noun that name is made of (some matatu owners, the
// polyclinic, a garda), capitalised only there.
func standsAsName(toks []lint.Token, i int) bool {
	t := &toks[i]
	capAt := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].Block == t.Block && capWord(&toks[k]) }
	prevCap, nextCap := capAt(i-1), capAt(i+1)
	if !prevCap && !nextCap {
		return true
	}
	if nextCap && lexicon.IsFirstName(stem(toks[i+1].Text)) && !lexicon.IsFirstName(stem(t.Text)) {
		return false // a rank or title before a name
	}
	for k := i - 1; k >= i-3 && capAt(k); k-- {
		w := stem(toks[k].Text)
		if lexicon.IsCommonFirstName(w) || isHonorific(strings.TrimSuffix(w, ".")) {
			return true
		}
	}
	return !prevCap && lexicon.IsFirstName(stem(t.Text))
}

// determinerBefore reports whether the word at i follows a determiner or
// possessive (the, a, some, its), which makes it a common noun.
func determinerBefore(toks []lint.Token, i int) bool {
	if i == 0 || toks[i-1].Block != toks[i].Block {
		return false
	}
	return fold.Has(determiners, toks[i-1].Text)
}

// isHonorific: w in lower case is one of honorifics.
func isHonorific(w string) bool { return fold.Has(honorifics, w) }

// determiners make the word after them a common noun (determinerBefore).
// The widest of the rules' determiner lists, which are fitted to their
// rules and differ: here every quantifier and demonstrative (some, these,
// those, one) counts as well, so one shared list would change findings.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "some": true, "any": true, "every": true, "each": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "another": true, "no": true, "one": true,
}

// ordinary: w (lower case) is an ordinary word, or the singular of one
// that the word list has only in the plural, as a noun before another
// (a pajama factory, a trouser press: pajamas, trousers).
func ordinary(w string) bool {
	return lexicon.IsCommonWord(w) || lexicon.IsCommonWord(w+"s") || lexicon.IsCommonWord(w+"es")
}

// joiner: a sign that joins two parts of one name (Hulu + Live TV,
// Procter & Gamble).
func joiner(s string) bool { return s == "+" || s == "&" || s == "&amp;" }

// addressPart: the word is part of a web or e-mail address or a file name
// (huaral.org, @bbcnews, #hiphop).
func addressPart(text string, sp lint.Span) bool {
	if sp.Start > 0 {
		switch text[sp.Start-1] {
		case '.', '/', '@', '#', '_', '\\':
			return true
		}
	}
	if sp.End+1 < len(text) {
		switch c := text[sp.End]; c {
		case '.', '@', '_', '/':
			n := text[sp.End+1]
			return 'a' <= n && n <= 'z' || 'A' <= n && n <= 'Z' || '0' <= n && n <= '9'
		}
	}
	return false
}

// isPreTitle: the words after a lower-cased first word are a title (prime
// Minister, deputy Prime Minister), which capitalization-title judges.
func isPreTitle(toks []lint.Token, c lowCand) bool {
	for k := c.i + 1; k < c.end; k++ {
		if titleWords[stem(lowerASCII(toks[k].Text))] {
			return true
		}
	}
	return false
}

// nameEnd returns the end of a name starting at token i: one or more
// capitalised words after it, each perhaps after a bridge (of, for; not
// and, which joins lists: South Korea and Japan),
// at most maxWords words in all; or -1.
func nameEnd(toks []lint.Token, i int) int {
	b := toks[i].Block
	next := func(k int) bool {
		return k < len(toks) && toks[k].Block == b && toks[k].Has(lint.SpaceBefore)
	}
	k := i + 1
	for k-i < maxWords {
		switch {
		case next(k) && capWord(&toks[k]):
			k++
			continue
		case next(k) && next(k+1) && (toks[k].Text == "of" || toks[k].Text == "for") && capWord(&toks[k+1]):
			k += 2
			continue
		}
		break
	}
	if k == i+1 || next(k) && capWord(&toks[k]) {
		return -1
	}
	return k
}

// restKey is the text of a name's words after the first, the last without
// a possessive ending, in two parts: the text up to the last word, and the
// last word's stem (compared with sameConcat, not joined).
func restKey(d *lint.Document, i, end int) (string, string) {
	return d.Text[d.Tokens[i+1].Span.Start:d.Tokens[end-1].Span.Start], stem(d.Tokens[end-1].Text)
}

// restHash is the FNV-1a hash of a+b, computed without joining them.
func restHash(a, b string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * 16777619
	}
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	return h
}

// sameConcat reports whether a1+b1 == a2+b2 without joining them.
func sameConcat(a1, b1, a2, b2 string) bool {
	if len(a1)+len(b1) != len(a2)+len(b2) {
		return false
	}
	if len(a1) > len(a2) {
		a1, b1, a2, b2 = a2, b2, a1, b1
	}
	// a1 is the shorter head: a2 = a1 + b1[:k], b1[k:] = b2
	k := len(a2) - len(a1)
	return a2[:len(a1)] == a1 && a2[len(a1):] == b1[:k] && b1[k:] == b2
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// particles are the lower-case particles of surnames of three letters or
// more that connectors lacks (Mr ter Horst, Mr ibn Saud, Ms della Valle,
// Mr vom Rath); shorter ones (zu, al, el) are too short to be compared.
var particles = map[string]bool{
	"ter": true, "ibn": true, "bint": true, "ben": true, "della": true, "delle": true, "dello": true,
	"degli": true, "dei": true, "vom": true, "zum": true, "zur": true,
}

func upperFirstASCII(s string) string {
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// compound: w (lower case) is two ordinary words of three letters or more
// written as one (greenfield, newman, goodwin), as an ordinary word may be
// that the word list lacks.
func compound(w string) bool {
	for i := 3; i+3 <= len(w); i++ {
		if lexicon.IsCommonWord(w[:i]) && lexicon.IsCommonWord(w[i:]) {
			return true
		}
	}
	return false
}

// capBeside: a capitalised word stands next to toks[k] (toks is one
// block), or one word away after of or and (Isle of man, Trinidad and
// tobago).
func capBeside(toks []lint.Token, k int) bool {
	at := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].Flags&lint.Capitalized != 0 }
	if at(k-1) || at(k+1) {
		return true
	}
	bridge := func(j int) bool { return j >= 0 && j < len(toks) && (toks[j].Text == "of" || toks[j].Text == "and") }
	return bridge(k-1) && at(k-2) || bridge(k+1) && at(k+2)
}
