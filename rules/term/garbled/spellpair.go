package garbled

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/spelling/variety"
)

// spellIndex answers spellingPair's question (are a and b one word spelt in
// two varieties of English, defence and defense, as the spelling table that
// spelling-variety read the article with knows? spelling-variety reports
// those) from an index of spelling-variety's Words by their lower-case
// form, built at the first question of a run. Reading all the Words at
// every question made a page of many one-off phrases beside many words of
// the table quadratic (2,500 slips and 220,000 table words in 2 MB: 5.4 s).
type spellIndex struct {
	built bool
	r     *variety.Result
	// byLower holds, per lower-case word, the indexes in r.Words of its
	// occurrences with a distinct non-nil Entry (the first of each).
	byLower map[string][]int32
	// reads counts the Words read, to build the index and to answer
	// (TestSpellIndex bounds it).
	reads int
}

// reset forgets the index of the previous run.
func (x *spellIndex) reset() {
	x.built, x.r, x.reads = false, nil, 0
	clear(x.byLower)
}

// build indexes the Words of spelling-variety's result, if any.
func (x *spellIndex) build(p *lint.Pass) {
	x.built = true
	x.r = lint.ResultOf[*variety.Result](p, variety.Rule)
	if x.r == nil {
		return
	}
	if x.byLower == nil {
		x.byLower = map[string][]int32{}
	}
	ws := x.r.Words
	x.reads += len(ws)
	for i := range ws {
		o := &ws[i]
		if o.Entry == nil {
			continue
		}
		l := x.byLower[o.Lower]
		seen := false
		for _, j := range l {
			if ws[j].Entry == o.Entry {
				seen = true
				break
			}
		}
		if !seen {
			x.byLower[o.Lower] = append(l, int32(i))
		}
	}
}

// pair reports whether a and b are one word in two spellings: whether a
// word of the article that the table knows as a (or b) is replaced by b
// (or a) in some variety.
func (x *spellIndex) pair(p *lint.Pass, a, b string) bool {
	if !x.built {
		x.build(p)
	}
	if x.r == nil {
		return false
	}
	ws := x.r.Words
	for _, j := range x.byLower[a] {
		x.reads++
		if ws[j].Entry.ReplacedBy(b) {
			return true
		}
	}
	if a == b {
		return false
	}
	for _, j := range x.byLower[b] {
		x.reads++
		if ws[j].Entry.ReplacedBy(a) {
			return true
		}
	}
	return false
}
