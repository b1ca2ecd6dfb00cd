package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/internal/quality/corpus"
)

// Data are the word lists the mutators consult. They are read at run time
// from ../shared/data; without it the small built-in lists below are used
// (facts, not anyone's text), so the tests run anywhere.
type Data struct {
	Dict      map[string]bool   // lower-case English words
	UKUS      map[string]string // British spelling -> American spelling
	USUK      map[string]string // American spelling -> British (1-1 pairs only)
	Style     string            // the house style of the articles: bbc or us
	Countries map[string]bool   // country names (single words and phrases)
	Male      map[string]bool   // common male first names (Title case)
	Female    map[string]bool   // common female first names (Title case)
	// Hyphenated: lower-case hyphenated words attested in news copy (the
	// shared frequency counts, read at run time, never shipped).
	Hyphenated map[string]bool
}

var builtinUKUS = map[string]string{
	"colour": "color", "colours": "colors", "favour": "favor", "favourite": "favorite", "labour": "labor",
	"centre": "center", "centres": "centers", "theatre": "theater", "metre": "meter", "travelled": "traveled",
	"travelling": "traveling", "cancelled": "canceled", "organise": "organize", "organised": "organized",
	"recognise": "recognize", "recognised": "recognized", "realise": "realize", "realised": "realized",
	"criticised": "criticized", "privatisation": "privatization", "defence": "defense", "licence": "license",
	"catalogue": "catalog", "programme": "program", "programmes": "programs", "behaviour": "behavior",
	"neighbours": "neighbors", "analyse": "analyze", "analysed": "analyzed", "honour": "honor",
}

var builtinHyphenated = []string{"e-mail", "on-line", "take-over", "web-site", "mid-term", "co-operate", "stock-market", "share-holders"}

var builtinMale = []string{"John", "James", "David", "Michael", "Peter", "Paul", "Robert", "Richard", "Thomas", "George", "William", "Charles", "Mark", "Stephen", "Andrew", "Tony", "Gordon", "Kevin", "Daniel", "Martin"}
var builtinFemale = []string{"Mary", "Sarah", "Anne", "Jane", "Susan", "Elizabeth", "Helen", "Margaret", "Patricia", "Linda", "Karen", "Julie", "Emma", "Laura", "Maria", "Tessa", "Hillary", "Ruth", "Claire", "Nicola"}
var builtinCountries = []string{"Britain", "France", "Germany", "China", "Japan", "India", "Russia", "Israel", "Iran", "Iraq", "America", "Spain", "Italy", "Brazil", "Canada", "Australia", "Ireland", "Scotland", "Wales", "England", "Mexico", "Argentina", "Egypt", "Turkey", "Poland", "Ukraine", "the US", "the UK"}

// LoadData reads ../shared/data when it is found, else the built-in lists.
func LoadData() *Data {
	d := &Data{Dict: map[string]bool{}, UKUS: map[string]string{}, Countries: map[string]bool{}, Male: map[string]bool{}, Female: map[string]bool{}, Hyphenated: map[string]bool{}}
	for _, h := range builtinHyphenated {
		d.Hyphenated[h] = true
	}
	for k, v := range builtinUKUS {
		d.UKUS[k] = v
	}
	for _, n := range builtinMale {
		d.Male[n] = true
	}
	for _, n := range builtinFemale {
		d.Female[n] = true
	}
	for _, c := range builtinCountries {
		d.Countries[c] = true
	}
	dir, ok := corpus.Find("data")
	if !ok {
		d.invert()
		return d
	}
	for _, f := range []string{"british-english", "american-english"} {
		eachLine(filepath.Join(dir, "spelling", f), func(l string) {
			// ordinary words only: a capitalised entry is a name
			if !strings.ContainsRune(l, '\'') && l == strings.ToLower(l) {
				d.Dict[l] = true
			}
		})
	}
	if b, err := os.ReadFile(filepath.Join(dir, "spelling", "british_spellings.json")); err == nil {
		var m map[string]string
		if json.Unmarshal(b, &m) == nil {
			for k, v := range m {
				d.UKUS[k] = v
			}
		}
	}
	eachLine(filepath.Join(dir, "countries", "countries_demonyms.tsv"), func(l string) {
		f := strings.Split(l, "\t")
		if len(f) > 2 && f[0] != "alpha2" && !strings.ContainsAny(f[2], ",()") {
			d.Countries[f[2]] = true
		}
	})
	// The 1990 census lists, most frequent first: the first 300 of each sex,
	// a name only in the list where it is the more frequent.
	rank := func(file string) map[string]int {
		m := map[string]int{}
		eachLine(filepath.Join(dir, "names", file), func(l string) {
			if f := strings.Fields(l); len(f) >= 4 {
				m[upperFirst(strings.ToLower(f[0]))] = len(m)
			}
		})
		return m
	}
	male, female := rank("dist.male.first"), rank("dist.female.first")
	for n, r := range male {
		if fr, ok := female[n]; r < 300 && (!ok || fr > r*4) {
			d.Male[n] = true
		}
	}
	for n, r := range female {
		if mr, ok := male[n]; r < 300 && (!ok || mr > r*4) {
			d.Female[n] = true
		}
	}
	d.invert()
	eachLine(filepath.Join(dir, "frequency", "news_corpora_wordfreq_cased.tsv"), func(l string) {
		w, n, ok := strings.Cut(l, "\t")
		if ok && strings.Count(w, "-") == 1 && w == strings.ToLower(w) && n != "1" && n != "2" {
			d.Hyphenated[w] = true
		}
	})
	return d
}

func eachLine(path string, f func(string)) {
	fh, err := os.Open(path)
	if err != nil {
		return
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		f(sc.Text())
	}
}

// word: in the dictionary (when there is one).
func (d *Data) word(s string) bool { return d.Dict[strings.ToLower(s)] }

// invert fills USUK from UKUS, keeping only American words with one
// British form.
func (d *Data) invert() {
	d.USUK = map[string]string{}
	many := map[string]bool{}
	for uk, us := range d.UKUS {
		if prev, ok := d.USUK[us]; ok && prev != uk {
			many[us] = true
		}
		d.USUK[us] = uk
	}
	for us := range many {
		delete(d.USUK, us)
	}
}
