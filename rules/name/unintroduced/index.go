package unintroduced

import (
	"slices"

	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/model/entities"
)

// A page of many people who share the edges of their surnames (Hanson,
// Harrison, Hobson: "ha", "son") puts each candidate near most of them,
// and bestNear's comparison of every pair grows with the square of the
// page. When a candidate has at least indexFrom people near it, bestIndexed
// answers from an index of the people instead, comparing it only with those
// whose key is within one edit of its own; it gives up (and bestNear
// answers) when someone further off might still score as well.
var indexFrom = 64

// pairBudget bounds the pairs compared in one document for the
// candidates with indexFrom people near them or more that the index cannot
// answer: on a made-up page of thousands of people whom thousands of lone
// surnames each resemble at two edits or more, those candidates are left
// alone past it (the candidates of a 1 MB article compare under 4,000
// pairs in all).
var pairBudget = 1 << 20

// scannedPairs, nil but in a test, is told the pairs compared past the
// index.
var scannedPairs func(int)

// indexAnswered, nil but in a test, is called when bestIndexed answers.
var indexAnswered func()

// peopleIndex is built once per document, on the first candidate with many
// people near it.
type peopleIndex struct {
	// prefixes holds, for each prefix (two to maxPrefix bytes) of a folded
	// surname, the first places where a person is named whose folded
	// surname is that prefix (exact) or is at least two bytes longer
	// (longer). Its keys are substrings of one string of the folds.
	prefixes map[string]prefixFirst
	// near1 holds a hash of each ASCII key and of each of its one-byte
	// deletions in its high bits and the person's index in its low
	// indexBits, sorted: two keys within one edit share one of these.
	near1 []uint64
	// odd are the people whose key is beyond ASCII (its length in bytes
	// is not in runes) or too many to index: compared one by one.
	odd []int32
}

type prefixFirst struct{ exact, longer int }

// maxPrefix bounds the prefixes kept of each surname, so that a very long
// one costs no more than its length; bestIndexed declines a candidate
// longer than that (its own prefixes would be needed), and the prefixes of
// a longer surname that a shorter candidate may be are all kept.
const maxPrefix = 64

const indexBits = 24

// bestIndexed is bestNear from the index: ok is false when it cannot
// tell (fewer than indexFrom people near, a short or non-ASCII candidate, or a best match
// that someone two edits away might equal).
func (sc *scratch) bestIndexed(near int, fw []byte, start int, minRes float64) (best *entities.Entity, ok bool) {
	if near < indexFrom || len(fw) < 5 || len(fw) > maxPrefix || len(sc.people) >= 1<<indexBits {
		return nil, false
	}
	ix := sc.index()
	// Anyone named before whose surname is a prefix of fw, or has fw as
	// one (but not fw and one letter), turns the candidate away, as in
	// bestNear. Both share fw's first two bytes, so they are near it.
	for n := 2; n <= len(fw); n++ {
		if pf, found := ix.prefixes[string(fw[:n])]; found && pf.exact <= start {
			return nil, answered()
		}
	}
	if pf, found := ix.prefixes[string(fw)]; found && pf.longer <= start {
		return nil, answered()
	}
	kw := keyOf(fw)
	if !fold.IsASCII(kw.text) {
		return nil, false
	}
	head := edges(fw)[0]
	bestRes, bestRank := 0.0, 0
	consider := func(x int32) {
		q := &sc.people[x]
		if q.first > start {
			return
		}
		fs := sc.text(q.fold)
		if !kw.couldReach(q.key, minRes) || !sharesEdge(fw, fs) {
			return
		}
		r := entities.ResemblanceOfKeys(kw.text, q.key.text)
		// Ties go to whom bestNear meets first: the people sharing fw's
		// first two bytes, in order, then those sharing its last three.
		rank := int(x)
		if edges(fs)[0] != head {
			rank += len(sc.people)
		}
		if r >= minRes && (r > bestRes || r == bestRes && rank < bestRank) {
			best, bestRes, bestRank = q.Entity, r, rank
		}
	}
	for _, x := range ix.odd {
		consider(x)
	}
	forDeletions(kw.text, func(h uint64) {
		i, _ := slices.BinarySearch(ix.near1, h<<indexBits)
		for ; i < len(ix.near1) && ix.near1[i]>>indexBits == h&(1<<(64-indexBits)-1); i++ {
			consider(int32(ix.near1[i] & (1<<indexBits - 1)))
		}
	})
	// Everyone else is two edits or more from kw: at best 1-2/(n+2) for
	// a key of n bytes (a key two bytes longer). The answer stands when
	// the best found is above that.
	if best == nil || bestRes <= 1-2/float64(len(kw.text)+2)+1e-9 {
		return nil, false
	}
	return best, answered()
}

// answered calls the test's hook, if any, and returns true.
func answered() bool {
	if indexAnswered != nil {
		indexAnswered()
	}
	return true
}

// index builds the people index on its first call in a document.
func (sc *scratch) index() *peopleIndex {
	ix := &sc.ix
	if sc.ixBuilt {
		return ix
	}
	sc.ixBuilt = true
	for x := range sc.people {
		q := &sc.people[x]
		if !q.isFolded {
			q.fold, q.isFolded = sc.fold(q.Surname), true
		}
		if !q.hasKey {
			q.key, q.hasKey = keyOf(sc.text(q.fold)), true
		}
	}
	folds := string(sc.folds)
	if ix.prefixes == nil {
		ix.prefixes = make(map[string]prefixFirst)
	}
	for x := range sc.people {
		q := &sc.people[x]
		fs := folds[q.fold.lo:q.fold.hi]
		for n := 2; n <= min(len(fs), maxPrefix); n++ {
			pf, found := ix.prefixes[fs[:n]]
			if !found {
				pf = prefixFirst{exact: maxInt, longer: maxInt}
			}
			if n == len(fs) {
				pf.exact = min(pf.exact, q.first)
			}
			if n+2 <= len(fs) {
				pf.longer = min(pf.longer, q.first)
			}
			ix.prefixes[fs[:n]] = pf
		}
		if !fold.IsASCII(q.key.text) {
			ix.odd = append(ix.odd, int32(x))
			continue
		}
		forDeletions(q.key.text, func(h uint64) {
			ix.near1 = append(ix.near1, h<<indexBits|uint64(x))
		})
	}
	slices.Sort(ix.near1)
	return ix
}

const maxInt = int(^uint(0) >> 1)

// forDeletions calls f with a hash of s and of each string made by
// deleting one byte of s (repeated hashes included), in time linear in
// s: a polynomial hash, whose value for s without byte i is the hash of
// s[:i] shifted past s[i+1:] plus the hash of s[i+1:].
func forDeletions(s string, f func(uint64)) {
	const base = 0x100000001b3
	n := len(s)
	var suffix [65]uint64 // hash of s[i:], for short keys on the stack
	var pow [65]uint64    // base to the power n-1-i
	suf, pw := suffix[:], pow[:]
	if n+1 > len(suf) {
		suf, pw = make([]uint64, n+1), make([]uint64, n+1)
	}
	p := uint64(1)
	for i := n - 1; i >= 0; i-- {
		pw[i] = p
		suf[i] = uint64(s[i])*p + suf[i+1]
		p *= base
	}
	f(suf[0] + uint64(n))
	prefix := uint64(0) // hash of s[:i]
	for i := 0; i < n; i++ {
		f(prefix*pw[i] + suf[i+1] + uint64(n-1))
		prefix = prefix*base + uint64(s[i])
	}
}
