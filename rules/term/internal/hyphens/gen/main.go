// Command gen derives hyphens.txt, the hyphenated compounds of two words
// that news copy uses (one a line, lower case, sorted), from the shared
// word-count file (which is not shipped):
//
//	go run ./gen -in ../../../../../shared/data/frequency/news_corpora_wordfreq_cased.tsv -out hyphens.txt
//
// A compound is kept when its spellings in lower case are counted three
// times or more; its count is not kept.
package main

import (
	"flag"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/factlint/factlint/rules/term/internal/counts"
)

func main() {
	in := flag.String("in", "", "the word-count file (word<TAB>count)")
	out := flag.String("out", "hyphens.txt", "the list to write")
	flag.Parse()
	byWord, err := counts.Read(*in, func(w string) (string, bool) {
		w = strings.ToLower(w)
		a, b, ok := strings.Cut(w, "-")
		return w, ok && letters(a) && letters(b)
	})
	if err != nil {
		log.Fatal(err)
	}
	var ws []string
	for w, c := range byWord {
		if c >= 3 {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	if err := os.WriteFile(*out, []byte(strings.Join(ws, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
}

// letters reports whether w is one or more ASCII letters.
func letters(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
