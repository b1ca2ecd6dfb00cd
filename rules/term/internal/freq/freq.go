// Package freq tells how common a lower-case English word is in news copy,
// as a band: the bit length of its count in about 21,000 news articles
// (band 10 is a word counted 512 to 1023 times), 0 for a word counted
// fewer than five times. term-garbled reads it to tell which of two words
// used once each is the slip. The table is derived by gen (see NOTICE).
package freq

import (
	_ "embed"
	"strings"

	"github.com/factlint/factlint/rules/internal/keyindex"
)

//go:generate go run ./gen -in ../../../../../shared/data/frequency/news_corpora_wordfreq_cased.tsv -out bands.tsv

// The table ("word<TAB>band" lines) and its hash index, both written by gen
// and read in place: nothing is parsed or allocated when the program starts.
var (
	//go:embed bands.tsv
	list string
	//go:embed bands.idx
	index string

	table = keyindex.New(list, index)
)

// Band is the frequency band of w, a word in lower case: 0 for a rare or
// unknown word.
func Band(w string) int {
	v, ok := table.Find(w)
	if !ok {
		return 0
	}
	band := 0
	for _, c := range []byte(v) {
		band = band*10 + int(c-'0')
	}
	return band
}

// prefixes are those that form new words from others freely (premarket,
// midcap, nonbank): such a word can be rare in the counts and yet be meant.
var prefixes = []string{"pre", "post", "mid", "non", "anti", "over", "under", "multi", "inter", "sub",
	"super", "cross", "semi", "counter", "self", "micro", "mega", "ultra", "re", "co", "out", "up"}

// Compound reports whether w is a rare word (band 4 or less) formed of a
// free prefix and a word of band 6 or more (premarket, midcap): its own
// band says nothing of whether it is meant.
func Compound(w string) bool {
	if Band(w) > 4 {
		return false
	}
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 3 && Band(strings.TrimPrefix(rest, "-")) >= 6 {
			return true
		}
	}
	return false
}
