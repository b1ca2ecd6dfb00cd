// Command lexgen writes the entity model's list of proper words
// (data/properwords.txt): the one-word proper names of the lexicon that
// are unlikely to be a person's name (lexicon.ProperWords), five letters
// or more, that the shared news word counts hold at least -min times as
// written (European, Tuesday, Heathrow; not Castries, Serbie, Woodhull).
// The counts file itself is never shipped; the list holds no counts.
//
//	go run ./internal/lexgen -freq ../../../../shared/data/frequency/news_corpora_wordfreq_cased.tsv -out data/properwords.txt
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/factlint/factlint/rules/internal/counts"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

func main() {
	freq := flag.String("freq", "", "the shared word-count file (word<TAB>count lines, case-sensitive)")
	out := flag.String("out", "data/properwords.txt", "the list to write")
	minCount := flag.Int("min", 10, "the least count a word needs")
	flag.Parse()
	freqs, err := counts.Read(*freq, func(w string) (string, bool) { return w, true })
	if err != nil {
		log.Fatal(err)
	}
	words := Select(freqs, *minCount)
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "lexgen: %d words\n", len(words))
}

// Select returns, sorted and once each, the proper words of the lexicon of
// five letters or more counted at least min times.
func Select(counts map[string]int, min int) []string {
	var words []string
	lexicon.ProperWords(func(w string) bool {
		if len(w) >= 5 && counts[w] >= min {
			words = append(words, w)
		}
		return true
	})
	slices.Sort(words)
	return slices.Compact(words)
}
