// Command gen derives the compact spelling table of package varcon from
// VarCon (varcon.txt, by Kevin Atkinson and Benjamin Titze; see NOTICE).
//
//	go run ./gen -varcon /path/to/varcon.txt -out table.tsv -go table_gen.go
//
// It then writes the table as Go source (table_gen.go, by package
// internal/tablegen), which is what the program reads; with -varcon ""
// it only rewrites table_gen.go from table.tsv.
//
// Each output line is
//
//	word TAB levels TAB repl-A TAB repl-B TAB repl-Z TAB repl-C TAB repl-D
//
// where levels holds one digit per spelling category A (American), B
// (British -ise), Z (British -ize/Oxford), C (Canadian), D (Australian):
// 0 preferred or equal, 1 variant (v), 2 seldom-used variant (V), 3 possible
// variant (-), 4 improper (x), 5 not listed. A level is the most accepting
// over every line (sense) the word appears on. repl-X is the preferred
// spelling in category X on a line where the word is not preferred in X
// (empty when the word is preferred in X or no preferred form exists).
// Only lower-case single words of clusters at SCOWL level 70 or below, not
// marked archaic, and not equally accepted everywhere, are kept.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/factlint/factlint/rules/spelling/internal/varcon/internal/tablegen"
)

const cats = "ABZCD"

type info struct {
	level [5]int
	repl  [5]string
}

var header = regexp.MustCompile(`^# (\S+).*\(level (\d+)\)`)

func main() {
	in := flag.String("varcon", "varcon.txt", `VarCon data file ("": keep the table, write only its Go form)`)
	out := flag.String("out", "table.tsv", "output table")
	goOut := flag.String("go", "table_gen.go", "the table as Go source, which the program reads")
	maxLevel := flag.Int("level", 70, "highest SCOWL level of a cluster to keep")
	flag.Parse()
	if *in != "" {
		derive(*in, *out, *maxLevel)
	}
	tsv, err := os.ReadFile(*out)
	if err != nil {
		log.Fatal(err)
	}
	src, err := tablegen.Go(string(tsv))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*goOut, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// derive writes the table of the VarCon file in to out, keeping clusters
// of SCOWL level maxLevel or below.
func derive(in, out string, maxLevel int) {
	f, err := os.Open(in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	words := map[string]*info{}
	get := func(w string) *info {
		if x := words[w]; x != nil {
			return x
		}
		x := &info{level: [5]int{5, 5, 5, 5, 5}}
		words[w] = x
		return x
	}
	keep := false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			if m := header.FindStringSubmatch(line); m != nil {
				lv, _ := strconv.Atoi(m[2])
				keep = lv <= maxLevel
			}
			continue
		}
		if !keep || strings.TrimSpace(line) == "" {
			continue
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		body, usage, _ := strings.Cut(line, " | ")
		if strings.Contains(usage, "(-)") {
			continue
		}
		type entry struct {
			word  string
			level [5]int
		}
		var ents []entry
		has := [5]bool{}
		for _, part := range strings.Split(body, " / ") {
			tags, word, ok := strings.Cut(part, ": ")
			if !ok {
				continue
			}
			e := entry{word: strings.TrimSpace(word), level: [5]int{5, 5, 5, 5, 5}}
			for _, tag := range strings.Fields(tags) {
				k := strings.IndexByte(cats, tag[0])
				if k < 0 {
					continue // "_" (other) or a column number
				}
				lv := 0
				if len(tag) > 1 {
					switch tag[1] {
					case '.':
						lv = 0
					case 'v':
						lv = 1
					case 'V':
						lv = 2
					case '-':
						lv = 3
					case 'x':
						lv = 4
					}
				}
				if lv < e.level[k] {
					e.level[k] = lv
				}
				has[k] = true
			}
			ents = append(ents, e)
		}
		// Implications of the file format: no Z tags → B implies Z; no C
		// tags → Z implies C; no D tags → B implies D.
		const A, B, Z, C, D = 0, 1, 2, 3, 4
		for i := range ents {
			l := &ents[i].level
			if !has[Z] {
				l[Z] = l[B]
			}
			if !has[C] {
				l[C] = l[Z]
			}
			if !has[D] {
				l[D] = l[B]
			}
		}
		for _, e := range ents {
			if !plain(e.word) {
				continue
			}
			x := get(e.word)
			for k := 0; k < 5; k++ {
				if e.level[k] < x.level[k] {
					x.level[k] = e.level[k]
				}
				if e.level[k] > 0 && x.repl[k] == "" {
					for _, o := range ents {
						if o.level[k] == 0 && o.word != e.word && plain(o.word) {
							x.repl[k] = o.word
							break
						}
					}
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	keys := make([]string, 0, len(words))
	for w, x := range words {
		useful := false
		for k := 0; k < 5; k++ {
			if x.level[k] > 0 && x.repl[k] != "" {
				useful = true
			}
			if x.level[k] == 0 {
				x.repl[k] = ""
			}
		}
		if useful {
			keys = append(keys, w)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, w := range keys {
		x := words[w]
		b.WriteString(w)
		b.WriteByte('\t')
		for _, l := range x.level {
			b.WriteByte(byte('0' + l))
		}
		for _, r := range x.repl {
			b.WriteByte('\t')
			b.WriteString(r)
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gen: %d words\n", len(keys))
}

// plain reports whether w is a lower-case word (letters, inner apostrophe
// or hyphen): names and phrases are left out.
func plain(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' || c == '\'' || c == '-' {
			continue
		}
		return false
	}
	return true
}
