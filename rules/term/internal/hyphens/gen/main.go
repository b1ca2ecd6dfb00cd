// Command gen derives hyphens.txt, the hyphenated compounds of two words
// that news copy uses (one a line, lower case, sorted), from the shared
// word-count file (which is not shipped):
//
//	go run ./gen -in ../../../../../shared/data/frequency/news_corpora_wordfreq_cased.tsv -out hyphens.txt
//
// A compound is kept when its spellings in lower case are counted three
// times or more; its count is not kept. closed.txt lists those counted 16
// times or more in lower case whose closed-up form the file does not hold
// at all (year-old: yearold), one a line.
package main

import (
	"flag"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/factlint/factlint/rules/internal/counts"
)

func main() {
	in := flag.String("in", "", "the word-count file (word<TAB>count)")
	out := flag.String("out", "hyphens.txt", "the list to write")
	closedOut := flag.String("closed", "closed.txt", "the list of compounds never written closed up to write")
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
	// The compounds counted closedMin times or more whose closed-up form
	// is not in the file at all (counted fewer than twice, in any case).
	closedUp, err := counts.Read(*in, func(w string) (string, bool) {
		w = strings.ToLower(w)
		return w, letters(w)
	})
	if err != nil {
		log.Fatal(err)
	}
	// the compounds written in lower case (not names: Dai-ichi, Coca-Cola)
	lower, err := counts.Read(*in, func(w string) (string, bool) {
		return w, strings.IndexByte(w, '-') > 0 && w == strings.ToLower(w)
	})
	if err != nil {
		log.Fatal(err)
	}
	var cs []string
	for _, w := range ws {
		if lower[w] >= closedMin && closedUp[strings.Replace(w, "-", "", 1)] == 0 {
			cs = append(cs, w)
		}
	}
	if err := os.WriteFile(*closedOut, []byte(strings.Join(cs, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
}

// closedMin is the count from which a compound's closed-up form missing
// from the counts means that news copy does not write it (a compound
// counted a few times says little by the absence of its other forms).
const closedMin = 16

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
