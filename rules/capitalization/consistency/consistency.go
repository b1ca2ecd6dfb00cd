// Package consistency implements capitalization-consistency: one proper-noun
// phrase capitalised two ways in one article (European Commission /
// European commission).
package consistency

import (
	_ "embed"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/internal/longpool"
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/internal/scratch"
)

//go:embed doc.md
var doc string

// Rule is capitalization-consistency.
var Rule = &lint.Rule{
	Name:     "capitalization-consistency",
	Summary:  "A proper-noun phrase capitalised differently in one article (European Commission / European commission).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

// maxWords is the longest phrase compared.
const maxWords = 6

// connectors may stand lower case inside a name (Bank of England, Institute
// for Fiscal Studies, Ludwig van Beethoven); their case is never compared.
var connectors = map[string]bool{
	"of": true, "and": true, "the": true, "for": true, "de": true, "la": true, "le": true, "du": true,
	"des": true, "von": true, "van": true, "der": true, "den": true, "di": true, "da": true, "del": true,
	"dos": true, "das": true, "y": true, "&": true, "upon": true, "on": true, "at": true, "a": true,
	"an": true, "to": true, "in": true, "or": true, "with": true, "by": true, "vs": true, "v": true,
}

// bridges are the connectors that may join two capitalised words into one
// name (Bank of England, Marks and Spencer, Newcastle upon Tyne); none is
// longer than maxBridge bytes, possessive and all.
var bridges = map[string]bool{
	"of": true, "and": true, "&": true, "for": true, "the": true, "de": true, "la": true, "le": true,
	"du": true, "des": true, "von": true, "van": true, "der": true, "den": true, "di": true, "da": true,
	"del": true, "dos": true, "das": true, "y": true, "upon": true, "on": true,
}

const maxBridge = len("upon’s")

// bridgeSet is bridges by Fold, tested before the map: the words between
// two capitals that are none (said, in, is) are turned away by a bit.
var bridgeSet = foldset.Of(bridges)

// isBridge: the word t, in lower case, is one of bridges (its stem is: a
// possessive too). A word without an apostrophe or a byte beyond ASCII is
// its own stem, and its Fold is tested against bridgeSet first.
func isBridge(t *lint.Token) bool {
	if t.Flags&mayPossessive == 0 && !bridgeSet.Has(t.Fold) {
		return false
	}
	return bridges[stemOf(t)]
}

// titleWords are left to capitalization-title: "US President George Bush"
// and "the US president" are both right in most house styles.
var titleWords = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "governor": true,
	"senator": true, "chairman": true, "chairwoman": true, "chair": true, "director": true,
	"chief": true, "executive": true, "officer": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "leader": true, "manager": true, "coach": true, "captain": true,
	"general": true, "judge": true, "justice": true, "mayor": true, "ambassador": true,
	"commissioner": true, "prince": true, "princess": true, "king": true, "queen": true,
	"bishop": true, "archbishop": true, "deputy": true, "vice": true, "head": true, "editor": true,
	"professor": true, "doctor": true, "inspector": true, "superintendent": true, "sergeant": true,
	"constable": true, "commander": true, "admiral": true, "colonel": true, "lieutenant": true,
	"councillor": true, "councilor": true, "attorney": true, "representative": true, "speaker": true,
	"founder": true, "owner": true, "boss": true, "striker": true, "midfielder": true, "defender": true,
	"goalkeeper": true, "winger": true, "forward": true, "premier": true, "envoy": true,
	"treasurer": true, "chaplain": true, "dean": true, "rector": true, "principal": true,
	"general-secretary": true, "secretary-general": true, "officials": true, "official": true,
}

// honorifics are capitalised wherever they stand.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "baroness": true, "baron": true, "rev": true, "prof": true}

type head struct {
	n   int  // longest phrase starting with the word
	mid bool // a reference starts with it in mid-sentence
}

type occurrence struct {
	first, end int // token range
}

type phrase struct {
	ref  occurrence   // the first reference, capitalised throughout
	refs int          // how many there are
	devs []occurrence // a word after the first in lower case
	// whole is set when some reference is a name of its own, not only the
	// tail of a longer one ("Digital Sales" only inside "Hot Digital Sales").
	whole bool
	// inName: the reference stands inside a longer name (insideLongerName),
	// read once a phrase is reported (reported).
	inName bool
	// asked is 1 + the index of its search in sc.queries when report asks
	// whether the article writes it in lower case (lowerAsked), else 0.
	asked int32
}

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	toks := d.Tokens
	if len(toks) == 0 {
		return nil, nil
	}
	// The lower-case form of a word: a word without a capital is its own;
	// a capitalised one is lower-cased, when asked for, into an arena whose
	// strings never change (a Builder only appends). Few words are asked for:
	// those of runs of capitals and of deviant candidates.
	var arena strings.Builder
	lower := func(i int) string {
		t := &toks[i]
		if t.Kind != lint.Word {
			return ""
		}
		if !t.Has(lint.Capitalized) {
			return stemOf(t)
		}
		if arena.Cap() == 0 {
			arena.Grow(512)
		}
		o := arena.Len()
		appendLower(&arena, t.Text)
		return stem(arena.String()[o:])
	}
	// One pass over the blocks, each while its tokens are in the cache:
	// blocks whose capitals say nothing (title-case and all-capitals
	// headings) are skipped; the others give the references, runs of
	// capitalised words (bridged by connectors), and the capitalised words
	// where a deviant may start. Only the runs are collected here; their
	// phrases are indexed below, and only for the first words that some
	// deviant candidate starts with.
	sc := getWork(len(toks))
	defer sc.releaseFor(len(toks))
	runs := sc.runs
	// capsAt: the capitalised words outside all-capitals blocks (news copy
	// has about one in six).
	capsAt := sc.capsAt
	// starts holds the capitalised words a reference can start with, pairs
	// each of them with every capitalised word later in its reference and
	// their distance (words as the wordKey of their lower-case forms, read
	// from their Fold for most). The filters grow with the article
	// (a 1 MB one has thousands of capitalised words), so that they stay
	// selective however long it is. A long article's are filled at no more
	// than longFilled hashes' room and then fitted to the words it holds
	// (fitRuns).
	long := len(toks) > maxScanTokens
	nStarts, nPairs := len(toks)/6, len(toks)/2
	if long {
		nStarts, nPairs = min(nStarts, longFilled), min(nPairs, longFilled)
	}
	starts, pairs := sc.starts.sized(nStarts), sc.pairs.sized(nPairs)
	capIdx := sc.capIdx
	names := firstNameFolds() // (gather's appendLeads reads it for every capital)
	for bi := range d.Blocks {
		b := &d.Blocks[bi]
		lo, hi := b.FirstToken, min(b.EndToken, len(toks))
		if lo >= hi {
			continue
		}
		if b.Kind == lint.BlockHeadline || b.Kind == lint.BlockHeading {
			caps, title := blockCase(toks, lo, hi, true)
			if caps {
				continue
			}
			if title {
				capsAt = room(capsAt, hi-lo) // (see below)
				cb := len(capsAt)
				for i := lo; i < hi; i++ {
					if capWord(&toks[i]) {
						capsAt = append(capsAt, capitalAt(toks, i))
						if headingLead(toks, i) {
							sc.leads = append(sc.leads, capsAt[len(capsAt)-1])
						}
					}
				}
				sc.headCaps = append(sc.headCaps, [2]int32{int32(cb), int32(len(capsAt))})
				continue
			}
		}
		var caps bool
		capIdx, caps = capitals(toks[lo:hi], capIdx[:0])
		if caps && b.Kind != lint.BlockHeadline && b.Kind != lint.BlockHeading { // blockCase decided those
			continue
		}
		cb := len(capsAt) // the block's capitalised words are capsAt[cb:]
		// Room for them at once (and for the runs they may make, two
		// capitals or more each), see room.
		capsAt, runs = room(capsAt, len(capIdx)), room(runs, len(capIdx)/2)
		capsAt, runs = blockRuns(toks, lo, capIdx, capsAt, runs, starts, pairs, &sc.laterKeys)
		if b.Kind == lint.BlockHeadline || b.Kind == lint.BlockHeading {
			sc.headCaps = append(sc.headCaps, [2]int32{int32(cb), int32(len(capsAt))})
			for _, c := range capsAt[cb:] {
				if headingLead(toks, int(c.i)) {
					sc.leads = append(sc.leads, c)
				}
			}
		} else {
			sc.lowBlocks = append(sc.lowBlocks, lowBlock{int32(lo), int32(hi), int32(cb), int32(len(capsAt))}) // lowered reads these
			sc.gather(toks, capsAt[cb:], names)
		}
	}
	sc.capIdx = capIdx
	sc.runs, sc.capsAt = runs, capsAt // to keep their room
	if long {
		fitRuns(len(toks), runs, capsAt, starts, pairs)
	}
	// laters holds the words that stand after the first in some reference
	// (the later words of pairs): lowered's walk stops at their lower-case
	// uses too, and finds there the deviant candidates of the blocks it
	// reads (see deviantScan).
	// A long article's runs hold common words as later words (House,
	// Party, Street), whose lower-case uses come to outnumber its capitals:
	// its candidates are found from the capitals (see deviantScan).
	sc.dev = deviantScan{starts: starts, pairs: pairs, cands: sc.dev.cands[:0], budget: len(capsAt) / 2, off: len(toks) > maxScanTokens}
	if !sc.dev.off {
		sc.dev.laters = sc.laters.sized(len(sc.laterKeys))
		for _, h := range sc.laterKeys {
			sc.dev.laters.add(h)
		}
	}
	// lowerNames runs last (before sc is released), so that it leaves
	// alone what the other passes reported.
	done := lowered(p, sc)
	defer func() { lowerNames(p, sc.leads, sc.lowPlaces, append(done, sc.reported...), names, &sc.common) }()
	if len(runs) == 0 {
		return nil, nil
	}

	// Deviant candidates: a capitalised word that may start a reference,
	// followed within maxWords words of its block by a lower-case word that
	// stands capitalised as far after the same first word in some run. A
	// deviant is the same words as a reference with a later word in lower
	// case, so every deviant starts at one. (A filter of the later words
	// alone, whatever the first, lets through more and more candidates as
	// the article grows.)
	//
	// lowered's walk found those of the blocks it reads, from the
	// lower-case words (sc.dev), or in a long article from those blocks'
	// capitals (deviantScan.fromCaps); those of headlines and headings are
	// found from their capitals. They are taken in the order of the text,
	// once each. When the walk gave that up (deviantScan.off) or read no
	// block, all are found from the capitals.
	cands := sc.cands[:0]
	if sc.dev.off && !sc.dev.fromCaps {
		cands = candidates(toks, capsAt, starts, pairs, cands)
	} else {
		for _, r := range sc.headCaps {
			cands = candidates(toks, capsAt[r[0]:r[1]], starts, pairs, cands)
		}
		cands = append(cands, sc.dev.cands...)
		slices.Sort(cands)
		cands = slices.Compact(cands)
	}
	sc.cands = cands
	if testHookCandidates != nil {
		testHookCandidates(toks, capsAt, runs, starts, pairs, cands, sc.dev.off)
	}
	if len(cands) == 0 {
		return nil, nil
	}
	firsts := sc.firsts.sized(len(cands)) // lower-case forms of the candidates
	for _, i := range cands {
		firsts.add(capKey(&toks[i])) // (the key of the capital in capsAt)
	}

	phrases := sc.phrases // key → index in phs
	heads := sc.heads     // first word → longest phrase starting with it
	phs := sc.phs         // in order of first reference, for stable output
	// keyOf writes the key of tokens [first, end) into buf, and where each
	// of its words starts in it into wordAt (up to maxWords); looking it up
	// as phrases[string(buf)] does not allocate.
	buf := sc.buf
	var wordAt [maxWords]int
	keyOf := func(first, end int) []byte {
		buf = buf[:0]
		for k := first; k < end; k++ {
			if k > first {
				buf = append(buf, ' ')
			}
			if k-first < maxWords {
				wordAt[k-first] = len(buf)
			}
			buf = append(buf, lower(k)...)
		}
		return buf
	}
	// Every sub-run of a run that ends where the run ends and starts at a
	// capitalised word is a reference. Their keys are the ends of one key,
	// the run's from its first such word (each word lowered once, not once
	// for every sub-run it ends).
	//
	// The runs go warmRuns at a time: warmRefs first reads the tokens and
	// text of those with a candidate's first word, in a loop of independent
	// reads, so that a long article's, scattered over megabytes, wait for
	// memory together rather than one after another in the loop below.
	for r0 := 0; r0 < len(runs); r0 += warmRuns {
		batch := runs[r0:min(r0+warmRuns, len(runs))]
		if long {
			warmRefs(d.Text, toks, batch, capsAt, firsts)
		}
		for _, r := range batch {
			i, end := r.first, r.end
			from := -1 // the token the run's key (keyOf) starts at, once built
			// The run's capitalised words with their keys, tested before
			// their tokens are read (in a long article the runs are far
			// apart, and most have no candidate's first word).
			for _, c := range capsAt[r.caps:r.capsEnd] {
				s := int(c.i)
				if s >= end-1 {
					break
				}
				if end-s > maxWords || !firsts.has(c.h) {
					continue
				}
				ls := lower(s)
				if !nameStart(&toks[s], ls) {
					continue
				}
				if from < 0 {
					from = s
					keyOf(s, end)
				}
				k := buf[wordAt[s-from]:]
				pi, ok := phrases[string(k)]
				if !ok {
					pi = int32(len(phs))
					phrases[string(k)] = pi
					phs = append(phs, phrase{ref: occurrence{s, end}})
				}
				ph := &phs[pi]
				h := heads[ls]
				h.n = max(h.n, end-s)
				// The first word capitalised where position does not explain it.
				h.mid = h.mid || !toks[s].Has(lint.SentenceStart)
				heads[ls] = h
				ph.refs++
				if s == i || wholeAfter(&toks[s-1], lower(s-1)) {
					ph.whole = true
				}
			}
		}
	}
	sc.phs, sc.buf = phs, buf
	if len(phrases) == 0 {
		return nil, nil
	}

	// Deviants: the same words, the first capitalised, a later one not.
	next := 0 // a deviant ends before here
	for _, i := range cands {
		if i < next {
			continue
		}
		t := &toks[i]
		li := lower(i)
		h := heads[li]
		n := h.n
		if n == 0 {
			continue
		}
		if !nameStart(t, li) {
			continue
		}
		atStart := t.Has(lint.SentenceStart)
		// At a sentence start the capital proves nothing: the phrase counts
		// when its first word is capitalised in mid-sentence elsewhere, or
		// is an honorific.
		if atStart && (connectors[li] || !h.mid && !honorifics[li]) {
			continue
		}
		for l := n; l >= 2; l-- {
			end := i + l
			if end > len(toks) || !wordsInBlock(toks, i, end) {
				continue
			}
			pi, ok := phrases[string(keyOf(i, end))]
			if !ok {
				continue
			}
			ph := &phs[pi]
			if !ph.whole || !deviant(toks, lower, i, end) || quotedTitle(toks, i, end) {
				continue
			}
			ph.devs = append(ph.devs, occurrence{i, end})
			next = end
			break
		}
	}

	sc.buf = buf
	// The searches of the text that report needs (lowerAsked), made
	// together.
	qs := sc.queries[:0]
	for k := range phs {
		ph := &phs[k]
		if !reported(ph) {
			continue
		}
		ph.inName = insideLongerName(toks, ph.ref)
		if o, ok := lowerAsked(toks, ph); ok {
			qs = append(qs, lowerQueryOf(d, o))
			ph.asked = int32(len(qs))
		}
	}
	lowerAll(d.Text, qs)
	sc.queries = qs
	for k := range phs {
		if ph := &phs[k]; reported(ph) {
			report(p, ph, sc, ph.inName || ph.asked > 0 && qs[ph.asked-1].found)
		}
	}
	return nil, nil
}

// maxScanTokens is the longest article, in tokens, whose deviant
// candidates lowered's walk finds from the lower-case words (deviantScan):
// some 40 KB of text, three times the longest article of the dev corpus.
// Longer ones take the long path (their filters fitted, their candidates
// found from the capitals): articles of 64 KB (about 12,500 tokens) took
// 5 % less time on it than on the scan, of 48 KB about as long, of 24 to
// 32 KB (5,000 to 6,000 tokens) 1 to 2 % more (the rule alone, about 1 MB
// of such articles, timed both ways round). The scan, which the rule kept
// up to twice this bound before, took 4 % more than the long path at 96 KB.
const maxScanTokens = 1 << 13

// testHookCandidates, when set by a test, is called with the deviant
// candidates run found and what it found them from
// (and whether the walk gave up finding them: deviantScan.off).
var testHookCandidates func(toks []lint.Token, capsAt []capital, runs []capRun, starts, pairs *bloom, cands []int, off bool)

// room returns s with room for n more elements, doubling its capacity
// when it must grow: append's and slices.Grow's steps of a quarter, as a
// long article's capitals fill the slice block by block (or a hostile
// block of a million capitals fills it at once), would allocate five times
// the room they end with, two at most with these.
func room[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, cap(s)))
}

// blockRuns gathers the runs of a block that starts at token lo, whose
// capitalised words are at the offsets capIdx (capitals): capitalised words
// in a row, or two of them with a bridge between. It appends each
// capitalised word to capsAt (which has room for them: see run) and each
// run of two or more to runs, and adds the run's starts and pairs (see run)
// to those filters, and the later words of its pairs to laters. (A
// function of its own: in run, whose many variables the compiler keeps on
// the stack, the loop read and wrote most of its own there.)
//
// Every capitalised word goes into capsAt, in the order of capIdx, whether
// it is in a run or not: blockCaps writes them all first, in a loop of its
// own, and the runs are then found from capsAt alone (the loop that
// appended each word as it found the runs kept most of its values on the
// stack, around the calls that growing capsAt might have made).
func blockRuns(toks []lint.Token, lo int, capIdx []int32, capsAt []capital, runs []capRun, starts, pairs *bloom, laters *[]uint32) ([]capital, []capRun) {
	c0 := len(capsAt)
	capsAt = capsAt[:c0+len(capIdx)]
	caps := capsAt[c0:]
	blockCaps(toks, lo, capIdx, caps)
	for p := 0; ; {
		if p = nextPair(caps, p); p == len(caps) {
			break
		}
		i := int(caps[p].i)
		j := i + 1 // the run ends before j
		q := p + 1 // the run's capitalised words are caps[p:q]
		for ; q < len(caps); q++ {
			next := int(caps[q].i)
			if next == j {
				j++
				continue
			}
			// A bridge between two capitalised words (one branch for
			// the gap of one token and its kind, case and length); the
			// bridge is in lower case, its own lower-case form.
			if mayBridge(toks, j, next) && isBridge(&toks[j]) {
				j += 2
				continue
			}
			break
		}
		if j-i >= 2 {
			runs = append(runs, capRun{occurrence{i, j}, int32(c0 + p), int32(c0 + q)})
			addRun(caps[p:q], j, starts, pairs, laters)
			if q-p > 2 { // (a possessive inside a run of three capitals or more)
				runs = possessiveRuns(toks, caps, c0, p, q, runs, starts, pairs, laters)
			}
		}
		p = q
	}
	return capsAt, runs
}

// possessiveRuns appends to runs, for a run whose capitalised words are
// caps[p:q], the run that ends at a possessive inside it: a possessive
// ends its owner's name (the Justice Department's Civil Rights Division
// names the Justice Department), which the article may write elsewhere
// on its own (the Justice department). Only a word with an apostrophe is
// read beyond its flags, so a run without one costs a test a word.
func possessiveRuns(toks []lint.Token, caps []capital, c0, p, q int, runs []capRun, starts, pairs *bloom, laters *[]uint32) []capRun {
	for r := p + 1; r < q-1; r++ {
		t := &toks[caps[r].i]
		if t.Flags&lint.HyphenOrApostrophe == 0 || !possessiveEnding(t.Text) || pluralOwner(t.Text) {
			continue
		}
		end := int(caps[r].i) + 1
		runs = append(runs, capRun{occurrence{int(caps[p].i), end}, int32(c0 + p), int32(c0 + r + 1)})
		addRun(caps[p:r+1], end, starts, pairs, laters)
	}
	return runs
}

// pluralOwner reports whether w is the possessive of a plural that says
// whom a thing is for, not who owns it (Women's, Children's): the US
// Women's Open and Boston Children's Hospital name no US Women or Boston
// Children, and the US women's team and Boston children's screen time are
// no slips.
func pluralOwner(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	switch strings.ToLower(w) {
	case "women", "men", "children", "people":
		return true
	}
	return false
}

// possessiveEnding reports whether w ends in a possessive 's (straight or
// curly apostrophe).
func possessiveEnding(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// warmRuns is the number of runs whose tokens warmRefs reads at a time:
// the tokens and text of 32 runs, some 400 bytes each at most, stay in the
// first-level cache until run's loop reads them.
const warmRuns = 32

// warmRefs reads, for each of runs whose capitalised words (in capsAt)
// include a candidate's first word (firsts) where run's loop builds the
// run's key, the tokens that loop reads (from the word before the first
// such to the run's end) and the first and last bytes of their text, and
// returns their sum (its caller need not keep it: the function is not
// inlined, so the reads are not dropped as unused). In a long article the
// runs are scattered over megabytes of tokens and seldom in the cache; a
// loop of independent reads has many of them wait for memory at once,
// where run's loop, whose work between them depends on what it read, had
// them wait one after another.
//
//go:noinline
func warmRefs(text string, toks []lint.Token, runs []capRun, capsAt []capital, firsts *bloom) uint {
	sum := uint(0)
	for _, r := range runs {
		for _, c := range capsAt[r.caps:r.capsEnd] {
			s := int(c.i)
			if s >= r.end-1 {
				break
			}
			if r.end-s > maxWords || !firsts.has(c.h) {
				continue
			}
			for k := max(s-1, 0); k < r.end; k++ {
				sum += uint(toks[k].Flags)
			}
			sum += uint(text[toks[s].Span.Start]) + uint(text[toks[r.end-1].Span.End-1])
			break
		}
	}
	return sum
}

// longFilled is the most hashes (at sized's 16 bits each: 256 KB) for
// which a long article's starts and pairs are sized while its blocks fill
// them (run), before fitRuns fits them to the hashes they hold.
const longFilled = 1 << 17

// fitBits is the room, in bits, that fit leaves for each hash of a long
// article's filters: a filter of two bits a hash then says yes to about
// one word in a thousand that it does not hold (a candidate that the
// phrases' keys turn away); sized for the tokens, at 1 MB, they had some
// 300 bits a hash.
const fitBits = 64

// fitRuns fits starts and pairs, which blockRuns filled from the runs of a
// long article, to the hashes they hold (fit); when either holds too many
// for its room, both are sized for the article's tokens, as a short
// article's are, and filled again from the runs (addRuns).
func fitRuns(ntoks int, runs []capRun, capsAt []capital, starts, pairs *bloom) {
	_, okStarts := starts.fit(fitBits)
	if _, okPairs := pairs.fit(fitBits); okStarts && okPairs {
		return
	}
	addRuns(runs, capsAt, starts.sized(ntoks/6), pairs.sized(ntoks/2))
}

// addRuns adds to starts and pairs what blockRuns adds for the runs, whose
// capitalised words are in capsAt (laters, which blockRuns filled, is
// left as it is).
func addRuns(runs []capRun, capsAt []capital, starts, pairs *bloom) {
	for _, r := range runs {
		addRun(capsAt[r.caps:r.capsEnd], r.end, starts, pairs, nil)
	}
}

// addRun adds to starts the first word of each reference of a run (run,
// its capitalised words, ending before token end) and to pairs each pair
// of its words, and, when laters is not nil, appends to it the later word
// of each pair.
func addRun(run []capital, end int, starts, pairs *bloom, laters *[]uint32) {
	for a, c := range run {
		if s := int(c.i); s < end-1 && end-s <= maxWords {
			starts.add(c.h)
			for _, e := range run[a+1:] {
				pairs.add(pairHash(c.h, e.h, int(e.i)-s))
				if laters != nil {
					*laters = append(*laters, e.h)
				}
			}
		}
	}
}

// nextPair returns the first index from p on of caps (a block's capitalised
// words) whose word the next one follows within two tokens, or len(caps):
// a word that no other follows so near (most) is in no run (its next word
// is neither the next token nor one after a bridge), and the loop that
// skips those reads no token.
func nextPair(caps []capital, p int) int {
	for ; p+1 < len(caps); p++ {
		if caps[p+1].i-caps[p].i <= 2 {
			return p
		}
	}
	return len(caps)
}

// blockCaps writes to caps the capitalised words of a block that starts
// at token lo, at the offsets capIdx (as long as caps), with their keys
// (capKey).
func blockCaps(toks []lint.Token, lo int, capIdx []int32, caps []capital) {
	caps = caps[:len(capIdx)]
	for p, o := range capIdx {
		i := lo + int(o)
		caps[p] = capital{int32(i), capKey(&toks[i])}
	}
}

// candidates appends to cands the capitalised words of capsAt that may
// start a deviant (see run): each that starts some reference (starts) and
// has a lower-case word in its window (lowerWindow) that stands
// capitalised as far after it in some reference (pairs). (lowered's walk
// finds the same from the lower-case words: deviantScan.)
func candidates(toks []lint.Token, capsAt []capital, starts, pairs *bloom, cands []int) []int {
	for _, c := range capsAt {
		if !starts.has(c.h) {
			continue
		}
		i := int(c.i)
		for low := lowerWindow(toks, i); low != 0; low &= low - 1 {
			k := i + 1 + bits.TrailingZeros64(low)
			// wordKey(lower(k)), lower(k) being stem(t.Text): its Fold for
			// most words (a memo of the last few, as the windows of
			// neighbouring capitals overlap, mispredicted more than it saved).
			if pairs.has(pairHash(c.h, tokenFold(&toks[k]), k-i)) {
				cands = append(cands, i)
				break
			}
		}
	}
	return cands
}

// lowBlock is a block whose lower-case words lowered reads: its tokens
// [lo, hi) and its capitalised words capsAt[capLo:capHi].
type lowBlock struct{ lo, hi, capLo, capHi int32 }

// capRun is a run of capitalised words (see blockRuns): its tokens, and
// its capitalised words as capsAt[caps:capsEnd].
type capRun struct {
	occurrence
	caps, capsEnd int32
}

// capital is a capitalised word: its token and the wordKey of its
// lower-case form (capKey).
type capital struct {
	i int32
	h uint32
}

func capitalAt(toks []lint.Token, i int) capital {
	return capital{int32(i), capKey(&toks[i])}
}

// wordKey is the key of a word in lower case (as lower gives it) in the
// rule's filters (starts, pairs, firsts): its FoldHash, whose bits are all
// mixed (lint's TestFoldHashSpread), so the blooms read them as they are. Words
// with the same lower-case form have the same key; a filter only lets
// through what the phrases' keys then compare.
func wordKey(lower string) uint32 { return lint.FoldHash(lower) }

// capKey is wordKey(lower) of the capitalised word t's lower-case form
// without lower-casing it: FoldHash lowers ASCII capitals, so a word with
// no apostrophe (no possessive) and no byte beyond ASCII has its Fold's
// key (most capitals); another is lowered (appendLower) and stemmed.
func capKey(t *lint.Token) uint32 {
	if t.Flags&mayPossessive == 0 {
		return t.Fold
	}
	return capKeySlow(t)
}

// capKeySlow is capKey of a word that may have a possessive ending or
// bytes beyond ASCII (or has a hyphen or an inner capital: most of these
// words are their own stem, in ASCII, and their key is their Fold).
func capKeySlow(t *lint.Token) uint32 {
	w := stemFold(t.Text) // stem of the lower-case form: lowering makes no 's and takes none away
	if asciiWord(t, w) {
		if len(w) == len(t.Text) {
			return t.Fold
		}
		return wordKey(w)
	}
	var buf [64]byte
	return lint.FoldHashBytes(appendLowerBytes(buf[:0], w))
}

// work is the working storage of one run, pooled: its slices and maps
// keep their room from one article to the next.
type work struct {
	runs []capRun // runs of capitalised words
	// the deviants report gave, which lowerNames leaves alone
	reported []occurrence
	// lower-case words in the place table (lowHits)
	lowPlaces []placeHit
	capsAt    []capital
	cands     []int
	phs       []phrase
	phrases   map[string]int32 // key → index in phs
	heads     map[string]head
	buf       []byte
	capIdx    []int32 // a block's capitalised words, as offsets in the block
	// the blocks whose lower-case words lowered reads
	lowBlocks []lowBlock
	// the capitals of headlines and headings, as ranges of capsAt, whose
	// deviant candidates run finds (candidates)
	headCaps [][2]int32
	// the keys of the later words of pairs (see run), one for each pair
	laterKeys []uint32
	dev       deviantScan
	// lowered's storage: its candidates and their words
	lowCands []lowHit
	lowWords lowWords
	mids     []capital // lowered's capitals in mid-sentence, with the FoldHash of their stem
	leads    []capital // the capitals lowerNames reads (appendLeads)

	lowFilter bloom   // lowered's filter of the mids' words
	lowAll    walkSet // lowFilter's words and the place words (lowHits)

	starts, pairs, firsts bloom
	laters                bloom // the later words of pairs (see run)

	common commonMemo // kept from one article to the next (see commonMemo)

	queries []lowerQuery // report's searches of the text (lowerAll)
	// unreportedMids: gather left a capital in mid-sentence out of mids
	// (unreported).
	unreportedMids bool
}

// maxPooledLow bounds the storage that work keeps: the slices of
// capitals, runs and candidates (8 to 24 bytes each) and a sixteenth as
// many of lowered's words.
const maxPooledLow = 1 << 16

var workPool = sync.Pool{New: func() any {
	return &work{phrases: map[string]int32{}, heads: map[string]head{}}
}}

// bigWork holds the work of a document of more than scratch.MaxPooled
// tokens (some 5 MB of text), with the room it grew to, for the next
// document that long: release lets go of what grew past maxPooledLow, so
// that the pool does not keep a long article's room for the short ones
// after it, and a 10 MB article (2.0 million tokens) then grew its
// capitals, runs and lowered's lists afresh for each check (the scaling
// benchmark's 10 MB article: 165 MB in seven checks, two of them after
// forced collections; 60 MB with bigWork). It is a longpool.Slot, read
// only for a document that long, which drops the work when no long
// document follows soon (and, unlike a sync.Pool, gives it to the next
// one on any processor).
var bigWork longpool.Slot[work]

// getWork returns a work for a document of ntoks tokens: a long
// document's from bigWork when there is one.
func getWork(ntoks int) *work {
	if ntoks > scratch.MaxPooled {
		if sc := bigWork.Get(); sc != nil {
			return sc
		}
	}
	return workPool.Get().(*work)
}

// releaseFor empties sc after a document of ntoks tokens and puts it back:
// that of a document of more than scratch.MaxPooled tokens goes to bigWork
// with all its room unless a list grew past scratch.MaxBigPooled (a page
// of little but capitals), the others to the pool as release leaves them.
func (sc *work) releaseFor(ntoks int) {
	if ntoks <= scratch.MaxPooled || sc.largest() > scratch.MaxBigPooled {
		sc.release()
		return
	}
	sc.empty()
	bigWork.Put(sc)
}

// largest returns the capacity of the largest of sc's lists, in elements.
// (The filters are bounded by their sizing: a million words at most.)
func (sc *work) largest() int {
	return max(cap(sc.capsAt), cap(sc.runs), cap(sc.cands), cap(sc.laterKeys), cap(sc.dev.cands),
		cap(sc.lowCands), cap(sc.mids), cap(sc.leads), cap(sc.lowWords.words), cap(sc.capIdx),
		cap(sc.reported), cap(sc.lowPlaces), cap(sc.lowBlocks), cap(sc.headCaps), cap(sc.phs), cap(sc.queries))
}

// empty empties sc's lists, keeping their room; maps that grew large for
// one long article are dropped rather than cleared again and again.
func (sc *work) empty() {
	sc.runs, sc.capsAt, sc.cands, sc.lowBlocks, sc.reported = sc.runs[:0], sc.capsAt[:0], sc.cands[:0], sc.lowBlocks[:0], sc.reported[:0]
	sc.headCaps, sc.laterKeys, sc.dev = sc.headCaps[:0], sc.laterKeys[:0], deviantScan{cands: sc.dev.cands[:0]}
	sc.lowPlaces, sc.mids, sc.leads = sc.lowPlaces[:0], sc.mids[:0], sc.leads[:0]
	sc.unreportedMids = false
	clear(sc.queries) // (their phrases)
	sc.queries = sc.queries[:0]
	clear(sc.phs) // drops the devs slices
	sc.phs = sc.phs[:0]
	if len(sc.phrases) > 256 || len(sc.heads) > 256 {
		sc.phrases, sc.heads = map[string]int32{}, map[string]head{}
	} else {
		clear(sc.phrases)
		clear(sc.heads)
	}
}

// release empties sc and puts it back in the pool, letting go of the lists
// and filters that grew past maxPooledLow.
func (sc *work) release() {
	sc.empty()
	// lowered's storage is kept for articles up to some megabytes (a 1 MB
	// one has some 15,000 capitals in mid-sentence and 1,000 candidate
	// words), not for the longest.
	// The words' refs, names among the capitals in mid-sentence (mids),
	// go with mids: a few words (The, of every The Something) can hold
	// as many refs as the article has capitals.
	if max(cap(sc.lowCands), cap(sc.mids), cap(sc.leads)) > maxPooledLow {
		sc.lowCands, sc.mids, sc.leads = nil, nil, nil
		sc.lowWords = lowWords{}
	}
	if max(cap(sc.capsAt), cap(sc.runs), cap(sc.cands), cap(sc.laterKeys), cap(sc.dev.cands)) > maxPooledLow {
		sc.capsAt, sc.runs, sc.cands, sc.laterKeys, sc.dev.cands = nil, nil, nil, nil, nil
	}
	// (The words' texts too: a word may be as long as a block.)
	if cap(sc.lowWords.words) > maxPooledLow/16 || cap(sc.lowWords.texts) > maxPooledLow {
		sc.lowWords = lowWords{}
	}
	// The filters are kept up to maxPooledLow words each (512 KB, those of
	// an article of a few megabytes): sized and sizedFor clear only the
	// words the next article uses, so a short article pays nothing for a
	// long one's room, and a long article after a long one no longer
	// allocates them afresh (at 1 MB some 580 KB a pass, which the
	// collector then had to zero and reclaim).
	if max(len(sc.lowFilter.w), len(sc.lowAll.w)) > maxPooledLow {
		sc.lowFilter, sc.lowAll = bloom{}, walkSet{}
	}
	if max(len(sc.starts.w), len(sc.pairs.w), len(sc.firsts.w), len(sc.laters.w)) > maxPooledLow {
		sc.starts, sc.pairs, sc.firsts, sc.laters = bloom{}, bloom{}, bloom{}, bloom{}
	}
	if cap(sc.capIdx) > 1<<16 {
		sc.capIdx = nil
	}
	workPool.Put(sc)
}

// reported reports whether report reports ph's deviants at all: it has
// some, and a lower-case majority means the article treats the words as
// ordinary nouns ("the Stansted expansion" beside the campaign "Stop
// Stansted Expansion"): then nothing is said.
func reported(ph *phrase) bool { return len(ph.devs) > 0 && ph.refs >= len(ph.devs) }

// lowerAsked returns the deviant of ph, a reported phrase, whose text
// report asks whether the article writes in lower case elsewhere
// (lowerAll), if it asks: the first at a sentence start, when the
// reference stands in no longer name (ph.inName; see report).
func lowerAsked(toks []lint.Token, ph *phrase) (occurrence, bool) {
	if ph.inName {
		return occurrence{}, false
	}
	for _, o := range ph.devs {
		if toks[o.first].Has(lint.SentenceStart) {
			return o, true
		}
	}
	return occurrence{}, false
}

// report reports the deviants of ph, a reported phrase; startPasses tells
// whether those that open a sentence pass: the reference stands inside a
// longer name, or the article writes the words of the one lowerAsked
// returns all in lower case elsewhere (lowerAll).
func report(p *lint.Pass, ph *phrase, sc *work, startPasses bool) {
	d := p.Doc
	toks := d.Tokens
	span := func(o occurrence) lint.Span {
		return lint.Span{Start: toks[o.first].Span.Start, End: toks[o.end-1].Span.End}
	}
	line := func(o occurrence) int { return d.LineOf(toks[o.first].Span.Start) }
	ref := ph.ref
	refText := d.Phrase(span(ref))
	for _, o := range ph.devs {
		// A phrase whose first capital comes only from opening a sentence
		// or headline is the common noun phrase when the capitalised
		// reference stands inside a longer name (Coastal communities ...
		// the Centre for Coastal Communities) or the article writes the
		// phrase in lower case too (Post office saved ... the post office
		// in the village ... the Post Office).
		if toks[o.first].Has(lint.SentenceStart) && startPasses {
			continue
		}
		sc.reported = append(sc.reported, o)
		sp := span(o)
		p.Report(lint.Diagnostic{
			Span:    sp,
			Message: fmt.Sprintf("%q is capitalised %q elsewhere in the article (line %d)", d.Phrase(sp), refText, line(ref)),
			Related: []lint.Related{{Span: span(ref), Message: fmt.Sprintf("written %q here", refText)}},
			Fixes:   recase(d, o, ref, refText),
		})
	}
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// insideLongerName reports whether occurrence o stands inside a longer
// capitalised name: a capitalised word in mid-sentence right before or
// after it, or of, for, on or and between it and one before (the Centre
// for Coastal Communities).
func insideLongerName(toks []lint.Token, o occurrence) bool {
	capMid := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Block == toks[o.first].Block && capWord(&toks[k]) && !toks[k].Has(lint.SentenceStart)
	}
	k := o.first - 1
	if capMid(k) || capMid(o.end) {
		return true
	}
	if k >= 1 && toks[k].Block == toks[o.first].Block {
		switch toks[k].Text {
		case "of", "for", "on", "and":
			return capMid(k-1) || k-1 >= 0 && capWord(&toks[k-1])
		}
	}
	return false
}

// recase builds the fix that gives occurrence o the casing of model, word by
// word, leaving the first word and connectors as they are.
func recase(d *lint.Document, o, model occurrence, modelText string) []lint.Fix {
	toks := d.Tokens
	var edits []lint.Edit
	for k := 1; k < o.end-o.first; k++ {
		a, m := &toks[o.first+k], &toks[model.first+k]
		if connectors[strings.ToLower(a.Text)] || a.Has(lint.Capitalized) == m.Has(lint.Capitalized) {
			continue
		}
		edits = append(edits, lint.Edit{Span: a.Span, NewText: copyCase(a.Text, m.Text)})
	}
	if len(edits) == 0 {
		return nil
	}
	return []lint.Fix{{Message: fmt.Sprintf("Write %q as elsewhere", modelText), Edits: edits, Safe: true}}
}

// copyCase returns w with the case of model's letters, as far as the two
// agree letter for letter (a possessive ending stays as it is).
func copyCase(w, model string) string {
	var b strings.Builder
	mr := []rune(model)
	for i, r := range []rune(w) {
		if i < len(mr) && unicode.ToLower(mr[i]) == unicode.ToLower(r) {
			r = mr[i]
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nameStart: a phrase may start at this word: any word but a connector, and
// "The" inside a sentence (the band The Bravery, the film The Passion).
func nameStart(t *lint.Token, lower string) bool {
	return !connectors[lower] || lower == "the" && t.Has(lint.Capitalized) && !t.Has(lint.SentenceStart)
}

// wholeAfter: a name that follows this word inside a run of capitals is a
// name of its own: after a capitalised sentence opener ("Yesterday Peter
// Stringer"), a connector ("Murphy and Peter Stringer") or a possessive
// ("Gibson's The Passion").
func wholeAfter(t *lint.Token, lower string) bool {
	return t.Has(lint.SentenceStart) || connectors[lower] || strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(t.Text, "’s")
}

// mayBridge: token j, the one token between a capitalised word and the
// next at token next, may be a bridge: a word not capitalised, of at most
// maxBridge bytes (tested without a branch: a gap of one token between
// capitals is as likely as not).
func mayBridge(toks []lint.Token, j, next int) bool {
	t := &toks[j]
	return uint(next-j-1)|uint(t.Kind)|uint(t.Flags&lint.Capitalized)|uint(uint64(maxBridge-len(t.Text))>>63) == 0
}

// capWord: a word token with a capital first letter.
func capWord(t *lint.Token) bool { return t.Kind == lint.Word && t.Has(lint.Capitalized) }

// wordsInBlock: tokens [i, end) are all words of one block, with only white
// space between them.
func wordsInBlock(toks []lint.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].Kind != lint.Word || toks[k].Block != toks[i].Block {
			return false
		}
	}
	return true
}

// deviant: some word after the first that is no connector and no title word
// is in lower case.
func deviant(toks []lint.Token, lower func(int) string, i, end int) bool {
	dev := false
	for k := i + 1; k < end; k++ {
		if connectors[lower(k)] {
			continue
		}
		if !toks[k].Has(lint.Capitalized) {
			if titleWords[lower(k)] || !hasLetter(toks[k].Text) {
				return false
			}
			dev = true
		}
	}
	return dev
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// quotedTitle: the phrase is all of a short quotation, as a title of a work
// is quoted ("Gone with the wind"); the quotation keeps its own casing.
func quotedTitle(toks []lint.Token, i, end int) bool {
	if i == 0 || end >= len(toks) {
		return false
	}
	return isQuote(toks[i-1].Text) && isQuote(toks[end].Text)
}

func isQuote(s string) bool {
	switch s {
	case "\"", "'", "“", "”", "‘", "’", "«", "»":
		return true
	}
	return false
}

// capitals appends to idx the offsets in toks of its capitalised words
// (gathered without a branch per token: about one in six is one, and which
// ones is unpredictable) and tells whether nearly all the words of toks, a
// block that is no heading, are in capitals, as blockCase counts them.
//
// What a token adds to the counts comes from one table (caseCounts) by its
// kind and case flags: the words and the words with a capital, packed in
// one sum, and whether it is a capitalised word (the top bit).
func capitals(toks []lint.Token, idx []int32) ([]int32, bool) {
	n0 := len(idx)
	idx = slices.Grow(idx, len(toks))
	at := idx[n0 : n0+len(toks)]
	n := 0
	var sum uint64     // words in the low half, cased words above (see caseCounts)
	tab := &caseCounts // (in a register, not loaded for each token)
	for k := range toks {
		t := &toks[k]
		v := tab[caseIndex(t)]
		at[n] = int32(k)
		n += int(v >> 63)
		sum += v
	}
	words, cased := int(uint32(sum)), int(sum>>32&(1<<31-1))
	// A word in capitals is capitalised or all capitals: most blocks have
	// too few of those to be in capitals, and are not counted again.
	return idx[:n0+n], words >= 2 && cased*10 >= words*8 && capsCount(toks)*10 >= words*8
}

// caseIndex is the index in caseCounts of a token: its kind (Word is 0)
// above its Capitalized and AllCaps flags, left in place (bits 1 and 2), in
// a byte (so that the table needs no bounds check).
func caseIndex(t *lint.Token) uint8 {
	return uint8(t.Kind)<<3 | uint8(t.Flags)&uint8(lint.Capitalized|lint.AllCaps)
}

// caseCounts is, by caseIndex, what a token adds to capitals' sum: 1 for a
// word, 1<<32 for a word with a capital or in capitals, and the top bit for
// a capitalised word. The top bit is never read from the sum: the cased
// words' count is masked below it (a block has fewer than 1<<31 tokens).
var caseCounts = func() (c [256]uint64) {
	for f := range uint(4) { // Capitalized (1), AllCaps (2)
		v := uint64(1) // a word
		if f != 0 {
			v |= 1 << 32
		}
		if f&1 != 0 {
			v |= 1 << 63
		}
		c[uint(lint.Word)<<3|f<<1] = v
	}
	return c
}()

// capsCount counts the words of toks in capitals: all capitals, or a
// capital letter alone.
func capsCount(toks []lint.Token) int {
	capsN := 0
	for k := range toks {
		t := &toks[k]
		if t.Kind == lint.Word && inCapitals(t) {
			capsN++
		}
	}
	return capsN
}

// inCapitals: the word t is all capitals, or a capital letter alone.
func inCapitals(t *lint.Token) bool {
	return t.Has(lint.AllCaps) || t.Has(lint.Capitalized) && len(t.Text) == 1
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// blockCase reports whether a block is in capitals throughout, and, for a
// headline or heading, whether it is in title case (nearly every word that
// is not a connector capitalised).
func blockCase(toks []lint.Token, first, end int, heading bool) (caps, title bool) {
	words, capsN, capN := 0, 0, 0
	for k := first; k < end; k++ {
		t := &toks[k]
		if t.Kind != lint.Word {
			continue
		}
		if inCapitals(t) {
			capsN++
		}
		if heading && connectorWord(t) {
			continue
		}
		words++
		if t.Has(lint.Capitalized) {
			capN++
		}
	}
	if words == 0 {
		return false, false
	}
	caps = capsN*10 >= words*8 && words >= 2
	title = heading && words >= 3 && capN*100 >= words*85
	return caps, title
}

// appendLower appends s lower-cased to b, leaving any character whose
// lower-case form has another length in bytes as it is, so that the result
// has the length of s.
func appendLower(b *strings.Builder, s string) {
	var buf [64]byte
	if len(s) > len(buf) {
		b.Write(appendLowerBytes(nil, s))
		return
	}
	b.Write(appendLowerBytes(buf[:0], s))
}

// appendLowerBytes is appendLower for a byte slice.
func appendLowerBytes(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// bloom is a Bloom filter of word hashes, sized for the article: has never
// misses a hash added, and rarely says yes to another.
type bloom struct {
	w     []uint64
	shift uint // 32 - log2(len(w)): the hash's top bits choose the word
}

// sized empties b and gives it room for about n hashes (16 bits each, at
// least 1,024 bits in all) and returns it.
func (b *bloom) sized(n int) *bloom {
	k := uint(4)
	for 1<<k < n/4 && k < 20 {
		k++
	}
	b.w = scratch.Zeroed(b.w, 1<<k)
	b.shift = 32 - k
	return b
}

// fit folds b, into which a long article's hashes have been added, down
// to the smallest size (no less than sized's 1,024 bits) that gives each
// hash it holds at least perKey bits, as many as it holds being estimated
// from its bits set (hashes). It returns the estimate, and false, leaving b
// as it is, when b is too small to give them perKey bits each. A long
// article repeats its names, and a filter sized for its tokens (a 10 MB
// one's starts and pairs took 3 MB for some 9,000 words and pairs) misses
// the cache at every test; folded to its words it does not.
func (b *bloom) fit(perKey int) (float64, bool) {
	n := b.hashes()
	need := n * float64(perKey)
	if float64(len(b.w)*64) < need {
		return n, false
	}
	f := uint(0) // halvings
	for len(b.w)>>(f+1) >= 16 && float64(len(b.w)>>(f+1)*64) >= need {
		f++
	}
	b.fold(f)
	return n, true
}

// hashes estimates how many distinct hashes have been added to b from the
// share of its bits that are set (each hash sets two: with m bits, of
// which s are set, about -m/2 ln(1 - s/m)); +Inf when all are.
func (b *bloom) hashes() float64 {
	set := 0
	for _, w := range b.w {
		set += bits.OnesCount64(w)
	}
	m := float64(len(b.w) * 64)
	return -m / 2 * math.Log1p(-float64(set)/m)
}

// fold halves b f times: its words are chosen by the hash's top bits
// (bloomWord), so the words 2j and 2j+1 of b hold the hashes that the word
// j of b halved chooses, and their union holds every bit those set. A hash
// added before it is folded is still found (has) after.
func (b *bloom) fold(f uint) {
	if f == 0 {
		return
	}
	n := len(b.w) >> f
	for j := range n {
		w := uint64(0)
		for _, x := range b.w[j<<f : (j+1)<<f] {
			w |= x
		}
		b.w[j] = w
	}
	b.w = b.w[:n]
	b.shift += f
}

func (b *bloom) add(h uint32) {
	b.w[bloomWord(h, b.shift)] |= bloomBits(h)
}

func (b *bloom) has(h uint32) bool {
	m := bloomBits(h)
	return b.w[bloomWord(h, b.shift)]&m == m
}

// bloomWord is the word of a bloom whose shift is shift that the hash h
// chooses: h>>shift, the shift masked to less than 32 (every bloom's is) so
// that the compiler needs no test for a shift by 32 or more.
func bloomWord(h uint32, shift uint) uint32 { return h >> (shift & 31) }

// bloomBits are the two bits of its word that the hash h sets in a bloom.
func bloomBits(h uint32) uint64 { return uint64(1)<<(h&63) | 1<<(h>>6&63) }

// pairHash hashes a reference's first word, a later word of it and their
// distance in tokens, each word as its wordKey.
func pairHash(first, word uint32, dist int) uint32 {
	x := (uint64(first)<<32 | uint64(word)) ^ uint64(dist)<<61
	x *= 0x9E3779B97F4A7C15
	x ^= x >> 29
	return uint32(x * 0xBF58476D1CE4E5B9 >> 32)
}

func foldByte(c byte) byte { return foldTable[c] }

// foldTable is foldByte as a table, read without a branch.
var foldTable = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 0x80
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// stemFold is stem for a word in any case: the possessive ending goes
// whatever the case of its s, as it does from the lower-case form.
func stemFold(w string) string {
	n := len(w)
	if n >= 3 && w[n-1]|0x20 == 's' {
		if w[n-2] == '\'' {
			n -= 2
		} else if n > 4 && w[n-4:n-1] == "\u2019" {
			n -= 4
		}
	}
	return w[:n]
}

// connectorSet is connectors by Fold (FoldHash lowers ASCII capitals, as
// isConnector does).
var connectorSet = foldset.Of(connectors)

// connectorWord is isConnector(t.Text), the word's Fold tested first for
// a word that is its own stem (no apostrophe, no byte beyond ASCII): most
// words of a heading are no connector.
func connectorWord(t *lint.Token) bool {
	if t.Flags&mayPossessive == 0 && !connectorSet.Has(t.Fold) {
		return false
	}
	return isConnector(t.Text)
}

// isConnector reports whether connectors holds the lower-case form of the
// word w (as lower gives it), without lower-casing it into the arena: the
// connectors are short and ASCII, and lower-casing keeps every other
// character outside ASCII.
func isConnector(w string) bool {
	w = stemFold(w)
	var buf [4]byte // the longest connectors: upon, with
	if len(w) > len(buf) {
		return false
	}
	// A word with a byte outside ASCII keeps it and is no connector.
	return connectors[string(fold.LowerASCII(buf[:], w))]
}

// stemOf is stem(t.Text): only a word with an apostrophe or a byte beyond
// ASCII (’) may have a possessive ending, and most have neither (a branch
// on the last letters of each was mispredicted often).
func stemOf(t *lint.Token) string {
	if t.Flags&mayPossessive == 0 {
		return t.Text
	}
	return stem(t.Text)
}

// stem drops a possessive ending, so "Board's" is the same word as "Board".
func stem(w string) string {
	n := len(w)
	switch {
	case n < 3 || w[n-1] != 's':
		return w
	case w[n-2] == '\'':
		return w[:n-2]
	case n > 4 && w[n-4:n-1] == "\u2019":
		return w[:n-4]
	}
	return w
}
