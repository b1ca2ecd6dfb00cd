// Package unintroduced implements name-unintroduced: a bare surname of
// nobody introduced, that probably means someone who was.
package unintroduced

import (
	"bytes"
	_ "embed"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/lexicon"
	scratchpkg "github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/model/entities"
	"github.com/factlint/factlint/rules/name/variant"
)

//go:embed doc.md
var doc string

// Rule is name-unintroduced.
var Rule = &lint.Rule{
	Name:     "name-unintroduced",
	Summary:  "A surname of nobody introduced by full name that resembles someone who was.",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Requires: []*lint.Rule{entities.Rule},
	Options: []lint.Option{
		{Name: "min-resemblance", Default: 0.6, Doc: "least likeness (0–1) of the two surnames, after transliteration"},
	},
	Run: run,
}

func run(p *lint.Pass) (any, error) {
	m := entities.Of(p)
	minRes := p.Float("min-resemblance")
	sc := scratchPool.Get()
	defer sc.release()
	// One walk over the entities finds the people introduced by full name
	// and the candidates: people or unknowns named once or twice by a lone
	// name-shaped word.
	// Surnames are folded and indexed only when there are both.
	// (Room for every entity at once: appended as they were found, the
	// candidates of a page of a million one-word names were copied as
	// they grew, 43 MB for a final array of 7.)
	cands := slices.Grow(sc.cands[:0], len(m.Entities))
	for _, e := range m.Entities {
		few := len(e.Mentions) > 0 && len(e.Mentions) <= 2 && (e.Kind == entities.Person || e.Kind == entities.Other)
		named := e.Kind == entities.Person && e.Surname != ""
		if !few && !named {
			continue
		}
		if hasFullName(e) {
			if named {
				sc.people = append(sc.people, person{Entity: e, first: e.Mentions[0].Span.Start})
			}
		} else if few && (lone(e.Mentions[0].Text) || shortHonoured(e.Mentions[0])) {
			cands = append(cands, e)
		}
	}
	sc.cands = cands
	if len(sc.people) == 0 || len(cands) == 0 {
		return nil, nil
	}
	sc.indexEdges()
	for _, e := range cands {
		mm := e.Mentions[0]
		w := mm.Text
		// The people near w (sharing an edge), before the costlier tests
		// of w itself: counted first, listed only for bestNear.
		ranges, count := sc.nearRanges(w)
		if count == 0 || !ordinary(w) || sc.explained(m, mm.Span) {
			continue
		}
		fw := sc.text(sc.fold(w))
		best, ok := sc.bestIndexed(count, fw, mm.Span.Start, minRes)
		if !ok {
			if count >= indexFrom {
				// The index could not tell: every pair, within the
				// document's budget.
				if count > pairBudget-sc.pairsScanned {
					continue
				}
				sc.pairsScanned += count
				if scannedPairs != nil {
					scannedPairs(count)
				}
			}
			best = sc.bestNear(sc.listNear(ranges), fw, mm.Span.Start, minRes)
		}
		if best == nil {
			continue
		}
		full := firstFull(best)
		if sc.reversed(m, e, full.Span) {
			continue
		}
		// The messages are joined from their parts (strconv.Quote is what
		// %q does), once per candidate but the quoted mention: the 1 MB
		// article has some 50 findings, and their fmt.Sprintf calls, with
		// their arguments boxed, were some 200 of the rule's 1,700
		// allocations a check.
		line := strconv.Itoa(p.Doc.LineOf(full.Span.Start))
		probably := " is not introduced by full name; it is probably " + best.Name + " (line " + line + ")"
		introduced := best.Name + " is introduced here"
		use := "Use " + strconv.Quote(best.Surname) + " as on line " + line
		for _, x := range e.Mentions {
			p.Report(lint.Diagnostic{
				Span:    x.Span,
				Message: strconv.Quote(x.Text) + probably,
				Related: []lint.Related{{Span: full.Span, Message: introduced}},
				Fixes:   fixes.One(use, x.Span, best.Surname, false),
			})
		}
	}
	return nil, nil
}

// indexEdges lists the people by the edges of their folded surnames
// (first two letters, last three) in sc.byEdge: a candidate is compared
// only with people it shares an edge with. A surname is folded only when
// a candidate is near it.
//
// The people of one edge stand together in sc.byEdge, in their order, and
// sc.edgeTab, a hash table of the edges, says where: a counting sort. (The
// list was sorted, and each candidate's edges were found in it by binary
// search: on a long article of a thousand people and more the sort was 8 %
// of the rule and the searches, whose probes miss the cache, 5 %; a sort
// costs more per person the more people there are, the table does not.)
func (sc *scratch) indexEdges() {
	// The people's edges, in their order: person x's in keys[2x:2x+2]
	// (0 for a surname too short to have one).
	keys := slices.Grow(sc.edgeKeys[:0], 2*len(sc.people))
	for x := range sc.people {
		e := sc.edgesOf(sc.people[x].Surname)
		keys = append(keys, e[0], e[1])
	}
	sc.edgeKeys = keys
	// Room for twice as many edges as there can be, so that a probe
	// meets few others.
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	tab := slices.Grow(sc.edgeTab[:0], size)[:size]
	clear(tab)
	sc.edgeTab, sc.edgeShift = tab, uint(32-bits.TrailingZeros(uint(size)))
	// Each edge's count, then where its people start, then the people.
	n := int32(0)
	for _, k := range keys {
		if k != 0 {
			sc.edgeSlot(k).hi++
			n++
		}
	}
	at := int32(0)
	for i := range tab {
		if tab[i].key != 0 {
			tab[i].lo, tab[i].hi, at = at, at, at+tab[i].hi
		}
	}
	byEdge := slices.Grow(sc.byEdge[:0], int(n))[:n]
	for j, k := range keys {
		if k != 0 {
			s := sc.edgeSlot(k)
			byEdge[s.hi] = int32(j / 2)
			s.hi++
		}
	}
	sc.byEdge = byEdge
}

// edgeSlot returns the slot of edge k (not 0) in sc.edgeTab, taking an
// empty one for a new edge: open addressing, probed in turn from a
// multiplicative hash of k.
func (sc *scratch) edgeSlot(k uint32) *edgeSlot {
	tab := sc.edgeTab
	mask := len(tab) - 1
	for i := int(k*0x9e3779b1>>sc.edgeShift) & mask; ; i = (i + 1) & mask {
		s := &tab[i]
		if s.key == k {
			return s
		}
		if s.key == 0 {
			s.key = k
			return s
		}
	}
}

// edgeSlot is an edge's entry in scratch.edgeTab: the edge's key (0 for
// an empty slot) and where the people with that edge are in
// scratch.byEdge, [lo, hi).
type edgeSlot struct {
	key    uint32
	lo, hi int32
}

// nearRanges returns where the people sharing an edge with w are in
// sc.byEdge (those sharing its first two letters, then its last three) and
// how many they are.
func (sc *scratch) nearRanges(w string) (ranges [2][2]int, count int) {
	for j, k := range sc.edgesOf(w) {
		lo, hi := sc.withEdge(k)
		ranges[j] = [2]int{lo, hi}
		count += hi - lo
	}
	return ranges, count
}

// listNear lists the people of nearRanges' ranges, in order, in sc.near.
func (sc *scratch) listNear(ranges [2][2]int) []int32 {
	near := sc.near[:0]
	for _, r := range ranges {
		near = append(near, sc.byEdge[r[0]:r[1]]...)
	}
	sc.near = near
	return near
}

// bestNear is the introduced person a candidate (folded fw, first named at
// start) most probably means, comparing it with every person near it in
// order: nil when none resembles it enough, or when one's surname is a
// prefix of fw or has fw as one (see below).
func (sc *scratch) bestNear(near []int32, fw []byte, start int, minRes float64) *entities.Entity {
	// The keys of w and of a person near it are made on the first
	// pair that needs them (a person's once per document).
	var kw key
	kwMade := false
	var best *entities.Entity
	bestRes := 0.0
	for _, x := range near {
		q := &sc.people[x]
		if q.first > start {
			continue // introduced later
		}
		if !q.isFolded {
			q.fold, q.isFolded = sc.fold(q.Surname), true
		}
		fs := sc.text(q.fold)
		if bytes.HasPrefix(fw, fs) || bytes.HasPrefix(fs, fw) && len(fs) != len(fw)+1 {
			// Brownite, Bryans, the Kelleys: a word made from the
			// name of someone introduced, so no slip for another's
			// (but Patterso for Patterson is the name cut short).
			best = nil
			break
		}
		if len(fw) < 5 && !oneDropped(fs, fw) {
			// A short surname after an honorific only as the
			// surname with one letter dropped (Mr Sina for Sinha).
			continue
		}
		if !kwMade {
			kw, kwMade = keyOf(fw), true
		}
		if !q.hasKey {
			q.key, q.hasKey = keyOf(fs), true
		}
		if least := max(minRes, bestRes); !kw.couldReach(q.key, least) {
			continue // too unlike in length or letters to score least
		}
		r := entities.ResemblanceOfKeys(kw.text, q.key.text)
		if r >= minRes && r > bestRes && sharesEdge(fw, fs) {
			best, bestRes = q.Entity, r
		}
	}
	return best
}

// shortHonoured reports whether a mention is a surname of four letters
// after an honorific (Mr Sina, Mr Blar), shaped like a name: compared only
// with a surname one letter longer (see oneDropped).
func shortHonoured(m entities.Mention) bool {
	w := m.Text
	return m.Honorific != "" && len(w) == 4 && w[0] >= 'A' && w[0] <= 'Z' && strings.IndexByte(w, ' ') < 0 && nameShaped(w+"x")
}

// oneDropped reports whether short is long with one letter left out.
func oneDropped(long, short []byte) bool {
	if len(long) != len(short)+1 {
		return false
	}
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return bytes.Equal(long[i+1:], short[i:])
}

// lone reports whether the first mention of an entity not introduced by
// full name is one name-shaped word.
// nameShaped turns away a space or a full stop (several words, an
// initial, an abbreviation), so lone asks it alone.
func lone(w string) bool {
	return nameShaped(w)
}

func hasFullName(e *entities.Entity) bool {
	for _, mm := range e.Mentions {
		if mm.Form == entities.FullName && strings.IndexByte(mm.Text, ' ') >= 0 {
			return true
		}
	}
	return false
}

func firstFull(e *entities.Entity) entities.Mention {
	for _, mm := range e.Mentions {
		if mm.Form == entities.FullName {
			return mm
		}
	}
	return e.Mentions[0]
}

// A lone word can be an unintroduced surname when it is long enough,
// shaped like a name, and neither an ordinary word, a place, a demonym nor
// a known name (a common surname is more likely somebody else than a
// garbled name): nameShaped and ordinary, asked in that order.

// nameShaped is the shape test: five characters or more, one capital, four
// lower-case letters or more, nothing else but hyphens and apostrophes.
func nameShaped(w string) bool {
	up, low := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return nameShapedRunes(w)
		case 'A' <= c && c <= 'Z':
			up++
		case 'a' <= c && c <= 'z':
			low++
		case c != '-' && c != '\'':
			return false
		}
	}
	return len(w) >= 5 && up == 1 && low >= 4
}

// nameShapedRunes is nameShaped for a word beyond ASCII, by runes: a
// letter beyond ASCII counts as a lower-case one.
func nameShapedRunes(w string) bool {
	if len([]rune(w)) < 5 {
		return false
	}
	up, low := 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			up++
		case r >= 'a' && r <= 'z' || r > 127:
			low++
		default:
			if r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return up == 1 && low >= 4
}

// ordinary is the word-list test.
func ordinary(w string) bool {
	return !lexicon.IsCommonWord(w) && !lexicon.IsPlace(w) && lexicon.CountryOfDemonym(w) == "" && !lexicon.IsKnownName(w)
}

// edgesOf is edges of the fold of s, found for an ASCII s without
// folding it: its first two letters or digits and its last three, lowered.
func (sc *scratch) edgesOf(s string) [2]uint32 {
	var head, tail [3]byte
	nh, nt := 0, 0
	for i := 0; i < len(s) && nh < 2; i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return sc.foldedEdges(s)
		}
		if c = fold.LowerByte(c); 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			head[nh] = c
			nh++
		}
	}
	for i := len(s) - 1; i >= 0 && nt < 3; i-- {
		c := s[i]
		if c >= utf8.RuneSelf {
			return sc.foldedEdges(s)
		}
		if c = fold.LowerByte(c); 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			nt++
			tail[3-nt] = c
		}
	}
	var out [2]uint32
	if nh == 2 {
		out[0] = 1<<24 | uint32(head[0])<<8 | uint32(head[1])
	}
	if nt == 3 {
		out[1] = 2<<24 | uint32(tail[0])<<16 | uint32(tail[1])<<8 | uint32(tail[2])
	}
	return out
}

// foldedEdges is edges of the fold of s, folded the long way (and taken
// back from sc.folds).
func (sc *scratch) foldedEdges(s string) [2]uint32 {
	f := sc.fold(s)
	out := edges(sc.text(f))
	sc.folds = sc.folds[:f.lo]
	return out
}

// edges returns the keys of the edges of a folded surname: its first two
// bytes and its last three, each packed with a tag into a number; 0 when
// the name is too short.
func edges(f []byte) [2]uint32 {
	var out [2]uint32
	if len(f) >= 2 {
		out[0] = 1<<24 | uint32(f[0])<<8 | uint32(f[1])
	}
	if n := len(f); n >= 3 {
		out[1] = 2<<24 | uint32(f[n-3])<<16 | uint32(f[n-2])<<8 | uint32(f[n-1])
	}
	return out
}

// explained reports whether name-variant already explains the word at sp:
// a near miss of the model has it as its word. The near misses' spans are
// sorted once per document, on the first question, so that a long article
// with many of both is not searched once per candidate.
func (sc *scratch) explained(m *entities.Model, sp lint.Span) bool {
	if len(m.NearMisses) <= 8 {
		for _, nm := range m.NearMisses {
			if nm.WordSpan == sp {
				return true
			}
		}
		return false
	}
	if !sc.missesSorted {
		for _, nm := range m.NearMisses {
			sc.misses = append(sc.misses, nm.WordSpan)
		}
		slices.SortFunc(sc.misses, compareSpans)
		sc.missesSorted = true
	}
	_, found := slices.BinarySearchFunc(sc.misses, sp, compareSpans)
	return found
}

// reversed reports whether name-variant takes the pair the other way
// round: a near miss whose reference spelling is a mention of e and whose
// deviant word lies in the introduction intro, reported as the minority
// spelling (Martin Hellewell once, then Mr Helel-well twice). Both
// findings would have --fix --unsafe-fixes swap the two spellings, and
// swap them back on the next run, never done; name-variant's finding
// stands alone. The near misses are sorted by reference span once per
// document, on the first question.
func (sc *scratch) reversed(m *entities.Model, e *entities.Entity, intro lint.Span) bool {
	if !sc.refsSorted {
		for k := range m.NearMisses {
			if !m.NearMisses[k].Lexical {
				sc.refs = append(sc.refs, int32(k))
			}
		}
		slices.SortFunc(sc.refs, func(a, b int32) int {
			return compareSpans(m.NearMisses[a].RefWordSpan, m.NearMisses[b].RefWordSpan)
		})
		sc.refsSorted = true
	}
	for _, x := range e.Mentions {
		i, _ := slices.BinarySearchFunc(sc.refs, x.Span, func(k int32, sp lint.Span) int {
			return compareSpans(m.NearMisses[k].RefWordSpan, sp)
		})
		for ; i < len(sc.refs) && m.NearMisses[sc.refs[i]].RefWordSpan == x.Span; i++ {
			nm := m.NearMisses[sc.refs[i]]
			if intro.Start <= nm.WordSpan.Start && nm.WordSpan.End <= intro.End && variant.Report(nm, false) {
				return true
			}
		}
	}
	return false
}

func compareSpans(a, b lint.Span) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	return a.End - b.End
}

// person is someone introduced by full name, with the folded surname.
type person struct {
	*entities.Entity
	first    int // where the first mention starts
	fold     folded
	key      key  // the surname's resemblance key
	isFolded bool // fold is set (only for people near a candidate)
	hasKey   bool // key is set (only for people compared with one)
}

// key is a name's entities.ResemblanceKey, with its length in runes and
// the set of its runes (bit r%64 for rune r): the key of a surname is made
// once, not once per candidate near it.
type key struct {
	text  string
	runes int
	set   uint64
}

// keyOf makes the key of a name from its fold (sc.fold is entities.Fold).
func keyOf(folded []byte) key {
	k := key{text: entities.ResemblanceKeyOfFold(string(folded))}
	for _, r := range k.text {
		k.runes++
		k.set |= 1 << (uint(r) % 64)
	}
	return k
}

// couldReach reports whether the resemblance of two keys can be above
// least or equal to it, from a lower bound of their edit distance: the
// difference of their lengths in runes, or the number of runes (bits) in
// one and not in the other, each of which must be changed. A pair too
// unlike to score least is turned away before the distance is computed.
// (Two runes sharing a bit only make the bound lower.)
func (a key) couldReach(b key, least float64) bool {
	if a.text == "" || b.text == "" {
		return 0 >= least
	}
	long := max(len(a.text), len(b.text))
	d := max(a.runes-b.runes, b.runes-a.runes, bits.OnesCount64(a.set&^b.set), bits.OnesCount64(b.set&^a.set))
	return 1-float64(d)/float64(long) >= least
}

// folded is a folded name in scratch.folds: [lo, hi).
type folded struct{ lo, hi int32 }

// scratch holds one document's lists; kept between documents.
type scratch struct {
	people []person
	cands  []*entities.Entity
	// byEdge lists the people (indices into people) by the edges of
	// their surnames; edgeTab, a hash table of 2^(32-edgeShift) slots, holds each
	// edge's range of it (see indexEdges). edgeKeys are the people's
	// edges, two a person.
	byEdge    []int32
	edgeTab   []edgeSlot
	edgeShift uint
	edgeKeys  []uint32
	near      []int32
	folds     []byte // the folded names, one after another
	// misses are the spans of the model's near misses, sorted when
	// missesSorted.
	misses       []lint.Span
	missesSorted bool
	// refs indexes the model's near misses (not lexical) by reference
	// span, sorted when refsSorted.
	refs       []int32
	refsSorted bool
	// ix is the index of the people, when ixBuilt (on a page with many
	// people near one candidate); dropped after the document.
	ix      peopleIndex
	ixBuilt bool
	// pairsScanned counts the pairs bestNear compared for candidates
	// with indexFrom people near them or more (see pairBudget).
	pairsScanned int
}

// scratchPool keeps a document's lists for the next, unless a page of
// many names grew them past scratchpkg.MaxPooled (as every rule's pool).
var scratchPool scratchpkg.Pool[scratch]

func (sc *scratch) release() {
	clear(sc.people)
	clear(sc.cands)
	sc.cands, sc.misses, sc.missesSorted = sc.cands[:0], sc.misses[:0], false
	sc.refs, sc.refsSorted = sc.refs[:0], false
	sc.ix, sc.ixBuilt, sc.pairsScanned = peopleIndex{}, false, 0
	sc.people, sc.byEdge, sc.near, sc.folds = sc.people[:0], sc.byEdge[:0], sc.near[:0], sc.folds[:0]
	sc.edgeTab, sc.edgeKeys = sc.edgeTab[:0], sc.edgeKeys[:0]
	scratchPool.Put(sc, max(cap(sc.people), cap(sc.cands), cap(sc.byEdge), cap(sc.near), cap(sc.folds), cap(sc.misses), cap(sc.refs), cap(sc.edgeTab), cap(sc.edgeKeys)))
}

// fold appends entities.Fold(s) to sc.folds, without building a string
// when s is ASCII: letters and digits in lower case, nothing else.
func (sc *scratch) fold(s string) folded {
	lo := len(sc.folds)
	sc.folds = append(sc.folds, s...) // room for the folded bytes, no more than s's
	out := sc.folds[lo:]
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			sc.folds = append(sc.folds[:lo], entities.Fold(s)...)
			return folded{int32(lo), int32(len(sc.folds))}
		}
		if c, ok := entities.FoldASCII(s[i]); ok {
			out[n] = c
			n++
		}
	}
	sc.folds = sc.folds[:lo+n]
	return folded{int32(lo), int32(lo + n)}
}

// text returns the bytes of a folded name (valid until the next fold).
func (sc *scratch) text(f folded) []byte { return sc.folds[f.lo:f.hi:f.hi] }

// withEdge returns where the people whose surname has edge k are in
// sc.byEdge (in their order): [lo, hi).
func (sc *scratch) withEdge(k uint32) (lo, hi int) {
	if k == 0 {
		return 0, 0
	}
	tab := sc.edgeTab
	mask := len(tab) - 1
	for i := int(k*0x9e3779b1>>sc.edgeShift) & mask; ; i = (i + 1) & mask {
		s := &tab[i]
		if s.key == k {
			return int(s.lo), int(s.hi)
		}
		if s.key == 0 {
			return 0, 0
		}
	}
}

// sharesEdge: the two names share their last three letters or first two.
func sharesEdge(a, b []byte) bool {
	n := 3
	if len(a) >= n && len(b) >= n && bytes.Equal(a[len(a)-n:], b[len(b)-n:]) {
		return true
	}
	return len(a) >= 2 && len(b) >= 2 && a[0] == b[0] && a[1] == b[1]
}
