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
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/rules/internal/lexicon"
)

func main() {
	freq := flag.String("freq", "", "the shared word-count file (word<TAB>count lines, case-sensitive)")
	out := flag.String("out", "data/properwords.txt", "the list to write")
	minCount := flag.Int("min", 10, "the least count a word needs")
	flag.Parse()
	counts, err := readCounts(*freq)
	if err != nil {
		log.Fatal(err)
	}
	words := Select(counts, *minCount)
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

// readCounts reads word<TAB>count lines; others are skipped.
func readCounts(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w, n, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		if c, err := strconv.Atoi(n); err == nil {
			counts[w] += c
		}
	}
	return counts, sc.Err()
}
