// Command gen derives bands.txt, the frequency band of common lower-case
// words, from the shared word-count file (which is not shipped):
//
//	go run ./gen -in ../../../../../shared/data/frequency/news_corpora_wordfreq_cased.tsv -out bands.txt
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
	"sort"
	"strconv"
	"strings"
)

func main() {
	in := flag.String("in", "", "the word-count file (word<TAB>count)")
	out := flag.String("out", "bands.txt", "the table to write")
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
	byBand := map[int][]string{}
	for w, c := range counts {
		if c >= 5 {
			b := bits.Len(uint(c))
			byBand[b] = append(byBand[b], w)
		}
	}
	var bands []int
	for b := range byBand {
		bands = append(bands, b)
	}
	sort.Ints(bands)
	var sb strings.Builder
	for _, b := range bands {
		ws := byBand[b]
		sort.Strings(ws)
		fmt.Fprintf(&sb, "%d %s\n", b, strings.Join(ws, " "))
	}
	if err := os.WriteFile(*out, []byte(sb.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}
