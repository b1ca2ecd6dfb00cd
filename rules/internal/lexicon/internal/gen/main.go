// Command gen derives the lexicon's compact tables from the reference data in
// ../shared/data (see that folder's README.md for sources and licences):
//
//	go run ./internal/gen -data ../../../../shared/data -out data
//
// It writes sorted newline lists that the lexicon package embeds and
// searches in place (no parsing at start-up):
//
//   - firstnames.tsv: first names from the SSA list (1880–2023, total count
//     at least -min-name) and the 1990 census lists, each with a gender code:
//     F when at least 95% of bearers are female, M when at most 5% are, U
//     otherwise; in lower case when the name is rare (fewer than 5,000
//     bearers).
//   - surnames.txt: the 1990 census surnames down to rank -max-surname-rank.
//   - words.txt: the lower-case entries of the SCOWL American and British
//     lists (common English words), without possessive forms.
//   - propernames.txt: the capitalised entries of the same lists (proper
//     names), without possessive forms.
//   - countries.tsv: country names, short names and demonyms with their
//     ISO 3166 alpha-2 code and a kind (n name, d demonym, p plural demonym).
//
// Beside each list that the lexicon looks keys up in it writes the list's
// hash index (NAME.idx, see rules/internal/keyindex), which the lexicon embeds
// and reads in place, and it writes the country and place tables as Go
// source (places_gen.go, see internal/placetab); -index-only writes only
// these.
//
// The word-frequency file is not read: it may not be shipped.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/factlint/factlint/rules/internal/keyindex"
	"github.com/factlint/factlint/rules/internal/lexicon/internal/placetab"
)

func main() {
	data := flag.String("data", "../../../../shared/data", "the shared data folder")
	out := flag.String("out", "data", "output folder")
	minName := flag.Int("min-name", 200, "least SSA count for a first name")
	maxSurnameRank := flag.Int("max-surname-rank", 20000, "rarest census surname rank kept")
	goOut := flag.String("go", "places_gen.go", "the country and place tables as Go source")
	indexOnly := flag.Bool("index-only", false, "only write the indexes and tables of the lists in -out")
	flag.Parse()
	if !*indexOnly {
		names(*data, *out, *minName)
		surnames(*data, *out, *maxSurnameRank)
		words(*data, *out)
		countries(*data, *out)
	}
	for _, list := range indexedLists {
		indexList(filepath.Join(*out, list))
	}
	placeTables(*out, *goOut)
}

// placeTables writes the country and place tables of the lists in dir as
// Go source to path (see internal/placetab).
func placeTables(dir, path string) {
	var lists [2]string
	for i, name := range []string{"countries.tsv", "places.tsv"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			log.Fatal(err)
		}
		lists[i] = string(b)
	}
	src, err := placetab.Go(placetab.Parse(lists[0], lists[1]))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// indexedLists are the lists that the lexicon looks keys up in, each with
// its index (keyindex) beside it: the list's name with .idx for its
// extension.
var indexedLists = []string{"firstnames.tsv", "surnames.txt", "words.txt", "propernames.txt"}

// indexList writes the index of the list at path.
func indexList(path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	idx, err := keyindex.Build(string(b))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(strings.TrimSuffix(path, filepath.Ext(path))+".idx", []byte(idx), 0o644); err != nil {
		log.Fatal(err)
	}
}

func lines(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return strings.Split(strings.TrimRight(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n"), "\n")
}

func write(path string, rows []string) {
	sort.Strings(rows)
	var out []string
	for i, r := range rows {
		if i > 0 && r == rows[i-1] {
			continue
		}
		out = append(out, r)
	}
	var b strings.Builder
	for _, r := range out {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d lines\n", path, len(out))
}

// titleCase turns JAMES into James.
func titleCase(s string) string {
	r := []rune(strings.ToLower(s))
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

func code(pf float64) string {
	switch {
	case pf >= 0.95:
		return "F"
	case pf <= 0.05:
		return "M"
	}
	return "U"
}

func names(data, out string, min int) {
	type counts struct{ f, m float64 }
	all := map[string]*counts{}
	for i, l := range lines(filepath.Join(data, "names", "ssa_first_names.tsv")) {
		if i == 0 {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			continue
		}
		fc, _ := strconv.ParseFloat(f[1], 64)
		mc, _ := strconv.ParseFloat(f[2], 64)
		if fc+mc < float64(min) {
			continue
		}
		all[f[0]] = &counts{fc, mc}
	}
	// The census lists give frequencies in percent of the sex; a name only
	// in one list is of that sex. Names already in the SSA list keep its
	// counts, which are larger.
	census := map[string]*counts{}
	for _, sex := range []string{"female", "male"} {
		for _, l := range lines(filepath.Join(data, "names", "dist."+sex+".first")) {
			f := strings.Fields(l)
			if len(f) < 2 {
				continue
			}
			n := titleCase(f[0])
			p, _ := strconv.ParseFloat(f[1], 64)
			c := census[n]
			if c == nil {
				c = &counts{}
				census[n] = c
			}
			if sex == "female" {
				c.f += p
			} else {
				c.m += p
			}
		}
	}
	for n, c := range census {
		if _, ok := all[n]; !ok {
			all[n] = c
		}
	}
	var rows []string
	for n, c := range all {
		g := code(c.f / (c.f + c.m))
		// Lower case marks a rare name (fewer than 5,000 SSA bearers; the
		// census lists give percentages, and those names are all common).
		if _, inCensus := census[n]; c.f+c.m < 5000 && !(inCensus && c.f+c.m < 100) {
			g = strings.ToLower(g)
		}
		rows = append(rows, n+"\t"+g)
	}
	write(filepath.Join(out, "firstnames.tsv"), rows)
}

// surnames writes the 1990 census surnames down to the given rank, in
// title case (SMITH → Smith).
func surnames(data, out string, maxRank int) {
	var rows []string
	for _, l := range lines(filepath.Join(data, "names", "dist.all.last")) {
		f := strings.Fields(l)
		if len(f) < 4 {
			continue
		}
		rank, _ := strconv.Atoi(f[3])
		if rank > maxRank {
			continue
		}
		rows = append(rows, titleCase(f[0]))
	}
	write(filepath.Join(out, "surnames.txt"), rows)
}

func words(data, out string) {
	var lower, proper []string
	for _, f := range []string{"american-english", "british-english"} {
		for _, w := range lines(filepath.Join(data, "spelling", f)) {
			if w == "" || strings.HasSuffix(w, "'s") || strings.ContainsAny(w, " \t") {
				continue
			}
			r := []rune(w)
			switch {
			case unicode.IsLower(r[0]):
				lower = append(lower, w)
			case unicode.IsUpper(r[0]):
				proper = append(proper, w)
			}
		}
	}
	write(filepath.Join(out, "words.txt"), lower)
	write(filepath.Join(out, "propernames.txt"), proper)
}

// extra country names and demonyms that news copy uses and the data lacks.
var extra = []string{
	"GB\tn\tBritain", "GB\tn\tUK", "GB\tn\tU.K.", "GB\tn\tEngland", "GB\tn\tScotland", "GB\tn\tWales",
	"GB\tn\tNorthern Ireland", "GB\td\tEnglish", "GB\td\tScottish", "GB\td\tWelsh", "GB\td\tScots",
	"GB\tp\tBritons", "GB\tp\tBrits", "GB\td\tBriton",
	"US\tn\tUS", "US\tn\tU.S.", "US\tn\tUSA", "US\tn\tU.S.A.", "US\tn\tAmerica", "US\tn\tUnited States",
	"RU\tn\tRussia", "KR\tn\tSouth Korea", "KP\tn\tNorth Korea", "NL\tn\tHolland", "CI\tn\tIvory Coast",
	"CZ\tn\tCzech Republic", "IR\tn\tIran", "SY\tn\tSyria", "VN\tn\tVietnam", "LA\tn\tLaos",
	"TW\tn\tTaiwan", "VE\tn\tVenezuela", "BO\tn\tBolivia", "TZ\tn\tTanzania", "MD\tn\tMoldova",
	"MK\tn\tMacedonia", "PS\tn\tPalestine", "PS\td\tPalestinian", "CD\tn\tCongo", "VA\tn\tVatican",
	"EU\tn\tEU", "EU\tn\tEuropean Union", "EU\td\tEuropean",
	"NL\tp\tDutchmen", "FR\tp\tFrenchmen", "FR\td\tFrenchman", "FR\td\tFrenchwoman",
	"PH\td\tFilipino", "PH\tp\tFilipinos", "IL\td\tIsraeli", "IL\tp\tIsraelis",
	"IE\tn\tEire", "IE\td\tIrish", "AE\tn\tUAE", "SA\tn\tSaudi Arabia", "SA\td\tSaudi", "SA\tp\tSaudis",
}

// preferred are the states that win a demonym shared with their territories.
var preferred = []string{"US", "GB", "CN", "NL", "FR", "IN", "IT", "NG", "NO", "SE", "CD", "DO"}

func countries(data, out string) {
	lowerWords := map[string]bool{}
	for _, f := range []string{"american-english", "british-english"} {
		for _, w := range lines(filepath.Join(data, "spelling", f)) {
			lowerWords[w] = true
		}
	}
	var rows []string
	add := func(code, kind, name string, official bool) {
		name = strings.TrimSpace(name)
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		if name == "" || strings.ContainsAny(name, "()\t") || lowerWords[strings.ToLower(name)] && !official {
			return
		}
		rows = append(rows, name+"\t"+code+"\t"+kind)
	}
	for i, l := range lines(filepath.Join(data, "countries", "countries_demonyms.tsv")) {
		if i == 0 {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 8 {
			continue
		}
		cc := f[0]
		add(cc, "n", f[2], true)
		for _, dcol := range []string{f[3], f[4]} {
			for _, d := range strings.Split(dcol, ",") {
				d = strings.TrimSpace(d)
				if d == "" {
					continue
				}
				add(cc, "d", d, true)
				if !strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "sh") && !strings.HasSuffix(d, "ch") && !strings.HasSuffix(d, "ese") {
					add(cc, "p", d+"s", true)
				}
			}
		}
		for _, u := range strings.Split(f[7], "|") {
			// Only unofficial names written in plain ASCII letters; the data
			// mixes in German, French, Spanish and Dutch forms, kept because
			// they are names of the same country.
			ok := true
			for _, r := range u {
				if r > 127 {
					ok = false
				}
			}
			if ok {
				add(cc, "n", u, false)
			}
		}
	}
	for _, e := range extra {
		f := strings.Split(e, "\t")
		add(f[0], f[1], f[2], true)
	}
	// A demonym shared by a state and its territories (American: US, MP,
	// UM) belongs to the state.
	codesOf := map[string]map[string]bool{}
	for _, r := range rows {
		f := strings.Split(r, "\t")
		if f[2] != "n" {
			if codesOf[f[0]] == nil {
				codesOf[f[0]] = map[string]bool{}
			}
			codesOf[f[0]][f[1]] = true
		}
	}
	kept := rows[:0]
	for _, r := range rows {
		f := strings.Split(r, "\t")
		if cs := codesOf[f[0]]; f[2] != "n" && len(cs) > 1 {
			keep := f[1]
			for _, pc := range preferred {
				if cs[pc] {
					keep = pc
					break
				}
			}
			if f[1] != keep {
				continue
			}
		}
		kept = append(kept, r)
	}
	write(filepath.Join(out, "countries.tsv"), kept)
}
