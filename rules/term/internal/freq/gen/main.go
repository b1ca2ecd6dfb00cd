// Command gen derives bands.tsv, the frequency band of common lower-case
// words ("word<TAB>band" lines, sorted), and its hash index bands.idx (see
// rules/internal/keyindex) from the shared word-count file (which is not
// shipped):
//
//	go run ./gen -in ../../../../../shared/data/frequency/news_corpora_wordfreq_cased.tsv -out bands.tsv
//
// A word's band is the bit length of its count summed over its spellings in
// lower case (a count of 5 to 7 is band 3, 1024 to 2047 band 11); words
// counted fewer than five times are left out.
package main

import (
	"flag"
	"fmt"
	"log"
	"math/bits"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factlint/factlint/rules/internal/counts"
	"github.com/factlint/factlint/rules/internal/keyindex"
)

func main() {
	in := flag.String("in", "", "the word-count file (word<TAB>count)")
	out := flag.String("out", "bands.tsv", "the table to write (its index goes beside it, .idx for its extension)")
	flag.Parse()
	byWord, err := counts.Read(*in, func(w string) (string, bool) {
		return w, len(w) >= 3 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == ""
	})
	if err != nil {
		log.Fatal(err)
	}
	list := Bands(byWord)
	idx, err := keyindex.Build(list)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, []byte(list), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(strings.TrimSuffix(*out, filepath.Ext(*out))+".idx", []byte(idx), 0o644); err != nil {
		log.Fatal(err)
	}
}

// Bands returns the table of the words counted at least five times, one
// "word<TAB>band" line each in byte order.
func Bands(byWord map[string]int) string {
	var ws []string
	for w, c := range byWord {
		if c >= 5 {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	var sb strings.Builder
	for _, w := range ws {
		fmt.Fprintf(&sb, "%s\t%d\n", w, bits.Len(uint(byWord[w])))
	}
	return sb.String()
}
