package variety

import (
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
)

// Result is what spelling-variety computes for other rules: the article's
// spelling variety and the counts of unambiguous markers it found. Rules
// that depend on the variety (capitalization-title) Require Rule and read it
// with lint.ResultOf[*variety.Result](pass, variety.Rule).
type Result struct {
	// Variety is "en-GB", "en-US", "en-CA", "en-AU", or "" when unknown
	// (no config setting and no clear majority of markers).
	Variety string
	// GB and US count the unambiguous British and American spelling
	// markers of the article (proper names and quoted titles left out).
	GB, US int
	// Mixed is CA, AU or IN when the article leans to Canada, Australia or
	// India, whose conventions accept both forms of some words (program,
	// judgment, -ize and -ise): those are not reported. "" otherwise, and
	// when the variety is set in the configuration.
	Mixed string
	// Words are the article's words that the spelling table knows (and
	// the sense-dependent ones, with a zero Entry), in order, as
	// varcon.Scan found them: spelling-ize reads them instead of scanning
	// the article again. Read only, and only while the check runs: lint.Check
	// recycles the Result once every rule has run (Recycle), which empties
	// Words and hands its array to the next document's check.
	Words []varcon.Occurrence

	// words is the pooled list whose array Words is in (or which Words
	// replaces when it outgrew it), for Recycle, and ntoks the number of
	// tokens of the article, by which it goes back (PutFor).
	words *[]varcon.Occurrence
	ntoks int
}

// wordLists recycles the arrays of Result.Words between documents (a
// 10 MB article's 14,000 words took 1.4 MB afresh at each check of it, a
// short one's some 130 KB a megabyte). They grow with the words of the
// spelling table that an article holds, not with its tokens, so they are
// put back by the article's length (scratch.Pool.PutFor): a long
// article's go to the side that only the next article that long takes.
var wordLists scratch.Pool[[]varcon.Occurrence]

// Recycle hands the array of Words back for the next article's Result,
// cleared so that it keeps no text alive, and sets Words to nil: lint.Check
// calls it once every rule of the Check has run (lint.Recycler), after
// which no rule reads the Result. A second call does nothing, and a
// Result nobody recycles (RuleResults' caller keeps it) keeps its Words.
func (r *Result) Recycle() {
	if r.words == nil {
		return
	}
	if cap(r.Words) > cap(*r.words) {
		*r.words = r.Words[:0]
	}
	clear(r.Words)
	wordLists.PutFor(r.words, r.ntoks, cap(*r.words))
	r.words, r.Words = nil, nil
}
