// Package counts reads the shared word-count file (word<TAB>count lines)
// for the generators of derived tables (term's frequency bands and
// hyphens list, the model's proper words); the file itself is never
// shipped.
package counts

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Read returns the counts of the file at path summed by key: key maps a
// word of the file to the word it is counted as, or says to leave it out.
// Lines without a tab or a count are skipped.
func Read(path string, key func(w string) (string, bool)) (map[string]int, error) {
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
		c, err := strconv.Atoi(n)
		if err != nil {
			continue
		}
		if k, ok := key(w); ok {
			counts[k] += c
		}
	}
	return counts, sc.Err()
}
