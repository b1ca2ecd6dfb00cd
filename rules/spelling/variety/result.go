package variety

import "github.com/factlint/factlint/rules/spelling/internal/varcon"

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
	// the article again. Read only.
	Words []varcon.Occurrence
}
