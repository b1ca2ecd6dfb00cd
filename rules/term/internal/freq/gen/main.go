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
	"bufio"
	"flag"
	"fmt"
	"log"
	"math/bits"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/factlint/factlint/rules/internal/keyindex"
)

func main() {
	in := flag.String("in", "", "the word-count file (word<TAB>count)")
	out := flag.String("out", "bands.tsv", "the table to write (its index goes beside it, .idx for its extension)")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w, n, ok := strings.Cut(sc.Text(), "\t")
		c, err := strconv.Atoi(n)
		if !ok || err != nil || len(w) < 3 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		counts[w] += c
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	list := Bands(counts)
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
func Bands(counts map[string]int) string {
	var ws []string
	for w, c := range counts {
		if c >= 5 {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	var sb strings.Builder
	for _, w := range ws {
		fmt.Fprintf(&sb, "%s\t%d\n", w, bits.Len(uint(counts[w])))
	}
	return sb.String()
}
