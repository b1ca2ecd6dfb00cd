package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Plant is one planted error: the bytes [Start, End) of the original are
// replaced by New; the gold span is New[GoldFrom:GoldTo] (all of New when
// GoldTo is 0).
type Plant struct {
	Class, Kind, Note string
	Start, End        int
	New               string
	GoldFrom, GoldTo  int
}

// Apply returns the mutated text and the byte span of the gold text in it.
func (p Plant) Apply(src string) (string, int, int) {
	out := src[:p.Start] + p.New + src[p.End:]
	to := p.GoldTo
	if to == 0 {
		to = len(p.New)
	}
	return out, p.Start + p.GoldFrom, p.Start + to
}

// A Mutator lists every error of its class it could plant in a document,
// in a deterministic order.
type Mutator func(d *Doc, data *Data) []Plant

// Mutators by class.
var Mutators = map[string]Mutator{
	"name":           plantName,
	"pronoun":        plantPronoun,
	"title":          plantTitle,
	"term":           plantTerm,
	"spelling":       plantSpelling,
	"capitalization": plantCapitalization,
	"abbreviation":   plantAbbreviation,
	"typography":     plantTypography,
	"repetition":     plantRepetition,
}

// Classes are the classes in a fixed order.
var Classes = []string{"name", "title", "pronoun", "term", "spelling", "capitalization", "abbreviation", "typography", "repetition"}

func plant(class, kind string, start, end int, repl, note string) Plant {
	return Plant{Class: class, Kind: kind, Start: start, End: end, New: repl, Note: note}
}

// ---- name ----

type mutant struct{ s, kind string }

var translit = [][2]string{{"ph", "f"}, {"f", "ph"}, {"ck", "k"}, {"c", "k"}, {"k", "c"}, {"ks", "x"}, {"x", "ks"}, {"y", "i"}, {"i", "y"}, {"sch", "sh"}, {"sh", "sch"}, {"ou", "u"}, {"ie", "ei"}, {"ei", "ie"}, {"w", "v"}, {"v", "w"}, {"z", "s"}, {"s", "z"}, {"j", "y"}, {"dj", "j"}}

// initialTranslit: the pairs that may change a name's first letters.
var initialTranslit = map[string]bool{"c": true, "k": true, "ph": true, "f": true, "sch": true, "sh": true}

// nameMutants are the slips a surname may suffer, by kind.
func nameMutants(s string) []mutant {
	low := strings.ToLower(s)
	rs := []rune(low)
	var out []mutant
	add := func(m, kind string) {
		if m != low && utf8.RuneCountInString(m) >= 4 {
			out = append(out, mutant{upperFirst(m), kind})
		}
	}
	for _, p := range translit {
		for from := 0; ; {
			i := strings.Index(low[from:], p[0])
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if i == 0 && !initialTranslit[p[0]] {
				continue
			}
			add(low[:i]+p[1]+low[i+len(p[0]):], "translit")
		}
	}
	vowels := "aeiou"
	for i := 1; i < len(rs); i++ {
		if strings.ContainsRune(vowels, rs[i]) {
			for _, v := range vowels {
				if v != rs[i] {
					add(string(rs[:i])+string(v)+string(rs[i+1:]), "vowel")
				}
			}
		}
	}
	for i := 1; i < len(rs); i++ {
		if rs[i] != rs[i-1] {
			add(string(rs[:i])+string(rs[i+1:]), "drop")
		}
		if !strings.ContainsRune(vowels, rs[i]) && rs[i] != rs[i-1] && (i+1 == len(rs) || rs[i+1] != rs[i]) {
			add(string(rs[:i+1])+string(rs[i:]), "double")
		}
		if i+1 < len(rs) && rs[i] != rs[i+1] {
			add(string(rs[:i])+string(rs[i+1])+string(rs[i])+string(rs[i+2:]), "swap")
		}
	}
	return out
}

func plantName(d *Doc, data *Data) []Plant {
	surname := map[string]bool{}
	for i, w := range d.Words {
		if i > 0 && !w.Head && isTitleCase(w.S) && utf8.RuneCountInString(w.S) >= 4 && !data.word(w.S) &&
			d.Count(w.S) >= 2 && d.Joined(i-1, " ") && isCap(d.Words[i-1].S) {
			surname[w.S] = true
		}
	}
	var out []Plant
	seen := map[string]bool{}
	for _, w := range d.Words {
		if !surname[w.S] || w.Head {
			continue
		}
		if !seen[w.S] {
			seen[w.S] = true
			continue
		}
		done := map[string]bool{}
		for _, m := range nameMutants(w.S) {
			if done[m.s] || d.CountFold(m.s) > 0 || data.word(m.s) {
				continue
			}
			done[m.s] = true
			out = append(out, plant("name", m.kind, w.Start, w.End, m.s, fmt.Sprintf("%s misspelt as %s", w.S, m.s)))
		}
	}
	// A first name changed in a later full-name mention.
	full := map[string]int{}
	for i := 0; i+1 < len(d.Words); i++ {
		f, l := d.Words[i], d.Words[i+1]
		if f.Head || !d.Joined(i, " ") || !isTitleCase(l.S) || d.Count(l.S) < 2 {
			continue
		}
		names := builtinMale
		if data.Female[f.S] && !data.Male[f.S] {
			names = builtinFemale
		} else if !data.Male[f.S] {
			continue
		}
		key := f.S + " " + l.S
		full[key]++
		if full[key] < 2 {
			continue
		}
		for _, n := range names {
			if n[0] != f.S[0] && d.Count(n) == 0 {
				out = append(out, plant("name", "first-name", f.Start, f.End, n, fmt.Sprintf("%s is %s %s here", key, n, l.S)))
			}
		}
	}
	return out
}

// ---- pronoun ----

var malePron = map[string]string{"he": "she", "He": "She", "him": "her", "his": "her", "His": "Her", "himself": "herself"}
var femalePron = map[string]string{"she": "he", "She": "He", "herself": "himself"}

func plantPronoun(d *Doc, data *Data) []Plant {
	var out []Plant
	male, female, maleNamed, femaleNamed := 0, 0, false, false
	for _, w := range d.Words {
		switch {
		case malePron[w.S] != "":
			male++
		case femalePron[w.S] != "" || w.S == "her" || w.S == "Her" || w.S == "hers":
			female++
		}
		switch {
		case w.S == "Mr" || data.Male[w.S]:
			maleNamed = true
		case w.S == "Mrs" || w.S == "Ms" || w.S == "Miss" || data.Female[w.S]:
			femaleNamed = true
		}
	}
	// Each pronoun of the one sex the article has is a candidate, but the
	// first (it stays to show who is meant) and those in the headline.
	flip := func(to func(i int, w Word) string) {
		first := true
		for i, w := range d.Words {
			t := to(i, w)
			if t == "" || w.Head {
				continue
			}
			if first {
				first = false
				continue
			}
			out = append(out, plant("pronoun", strings.ToLower(w.S)+"-"+strings.ToLower(t), w.Start, w.End, t, fmt.Sprintf("%s flipped to %s", w.S, t)))
		}
	}
	if female == 0 && male >= 3 && maleNamed {
		flip(func(_ int, w Word) string { return malePron[w.S] })
	}
	if male == 0 && female >= 3 && femaleNamed {
		flip(func(i int, w Word) string {
			if w.S == "her" && i+1 < len(d.Words) {
				// her before a noun is a possessive (his), else an object (him).
				next := d.Words[i+1].S
				if d.Joined(i, " ") && isLower(next) && !objectFollower[next] {
					return "his"
				}
				return "him"
			}
			return femalePron[w.S]
		})
	}
	// A country or company called she/her.
	for i, w := range d.Words {
		if w.Head || w.SentStart || (w.S != "it" && w.S != "its") {
			continue
		}
		if w.S == "it" && (i+1 >= len(d.Words) || !subjectVerb[d.Words[i+1].S]) {
			continue
		}
		ante := ""
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			v := d.Words[j].S
			if malePron[v] != "" || femalePron[v] != "" || v == "her" || v == "Mr" || v == "Mrs" || v == "they" || v == "it" || v == "its" {
				break
			}
			if data.Countries[v] && isCap(v) {
				ante = "country"
				break
			}
			if j > 0 && d.Words[j-1].S == "the" && orgNoun[v] {
				ante = "company"
				if v == "government" {
					ante = "government"
				}
				break
			}
			if d.Words[j].SentStart {
				break
			}
		}
		if ante == "" {
			continue
		}
		to := "she"
		if w.S == "its" {
			to = "her"
		}
		out = append(out, plant("pronoun", ante+"-"+to, w.Start, w.End, to, fmt.Sprintf("%s ... %s written %s", ante, w.S, to)))
	}
	return out
}

var objectFollower = map[string]bool{"to": true, "and": true, "in": true, "on": true, "that": true, "as": true, "at": true, "for": true, "with": true, "from": true, "by": true, "of": true, "the": true, "a": true, "an": true, "up": true, "out": true, "down": true, "back": true, "off": true, "into": true, "about": true, "after": true, "before": true, "but": true, "or": true, "when": true, "if": true, "because": true, "was": true, "is": true, "had": true, "has": true, "would": true, "will": true}

var subjectVerb = map[string]bool{"would": true, "will": true, "had": true, "has": true, "was": true, "is": true, "could": true, "should": true, "may": true, "might": true, "must": true, "can": true, "expects": true, "plans": true, "wants": true, "said": true, "added": true, "did": true, "does": true, "hopes": true, "needs": true}

var orgNoun = map[string]bool{"company": true, "firm": true, "group": true, "government": true, "club": true, "bank": true, "council": true, "airline": true, "carrier": true, "retailer": true}

// ---- title ----

type swap struct{ from, to, kind, note string }

var titleSwaps = []swap{
	{"Home Secretary", "Interior Minister", "uk-post", "Home Secretary (the UK form) written Interior Minister"},
	{"Home Office", "Interior Ministry", "uk-body", "Home Office (the UK form) written Interior Ministry"},
	{"Foreign Secretary", "Foreign Minister", "uk-post", "Foreign Secretary (the UK form) written Foreign Minister"},
	{"Foreign Office", "Foreign Ministry", "uk-body", "Foreign Office (the UK form) written Foreign Ministry"},
	{"Defence Secretary", "Defence Minister", "uk-post", "Defence Secretary (the UK form) written Defence Minister"},
	{"Health Secretary", "Health Minister", "uk-post", "Health Secretary (the UK form) written Health Minister"},
	{"Culture Secretary", "Culture Minister", "uk-post", "Culture Secretary (the UK form) written Culture Minister"},
	{"Education Secretary", "Education Minister", "uk-post", "Education Secretary (the UK form) written Education Minister"},
	{"Trade Secretary", "Commerce Secretary", "uk-post", "Trade Secretary (the UK form) written Commerce Secretary"},
	{"Department of Health", "Ministry of Health", "uk-body", "Department of Health (the UK form) written Ministry of Health"},
	{"Chancellor Gordon Brown", "Treasury Secretary Gordon Brown", "uk-post", "Chancellor (the UK form) written Treasury Secretary"},
	{"Treasury Secretary", "Chancellor of the Exchequer", "us-post", "Treasury Secretary (the US form) written Chancellor of the Exchequer"},
	{"Secretary of State", "Foreign Minister", "us-post", "Secretary of State (the US form) written Foreign Minister"},
	{"Defense Secretary", "Defence Minister", "us-post", "Defense Secretary (the US form) written Defence Minister"},
	{"Attorney General John Ashcroft", "Justice Minister John Ashcroft", "us-post", "Attorney General (the US form) written Justice Minister"},
	{"Commerce Department", "Ministry of Commerce", "us-body", "Commerce Department (the US form) written Ministry of Commerce"},
	{"State Department", "Foreign Ministry", "us-body", "State Department (the US form) written Foreign Ministry"},
	{"Congress", "Parliament", "us-body", "Congress (the US body) written Parliament"},
	{"Senator", "MP", "us-post", "Senator (the US post) written MP"},
}

var politicalTitles = []string{"Prime Minister", "Chancellor", "Foreign Secretary", "Home Secretary", "Health Secretary", "Education Secretary", "Defence Secretary", "Culture Secretary", "Trade Secretary"}
var businessTitles = []string{"chief executive", "chairman", "finance director", "managing director", "chief operating officer"}

func plantTitle(d *Doc, data *Data) []Plant {
	var out []Plant
	headEnd := strings.IndexByte(d.Text, '\n')
	for _, s := range titleSwaps {
		for _, at := range findAll(d.Text, s.from) {
			if at < headEnd {
				continue
			}
			gt := len(s.to)
			for _, person := range []string{" Gordon Brown", " John Ashcroft"} {
				if strings.HasSuffix(s.to, person) {
					gt -= len(person)
				}
			}
			out = append(out, Plant{Class: "title", Kind: s.kind, Start: at, End: at + len(s.from), New: s.to, GoldTo: gt, Note: s.note})
		}
	}
	// A second, conflicting title: Title First Last ... Mr Last -> Other Last.
	for gi, group := range [][]string{politicalTitles, businessTitles} {
		for _, t := range group {
			for _, at := range findAll(d.Text, t) {
				if at < headEnd {
					continue
				}
				rest := d.Text[at+len(t):]
				f := strings.Fields(strings.TrimPrefix(rest, " "))
				if !strings.HasPrefix(rest, " ") || len(f) < 2 || !isTitleCase(f[0]) {
					continue
				}
				last := strings.TrimRight(f[1], ".,;:'\"")
				if !isTitleCase(last) {
					continue
				}
				for _, mr := range findAll(d.Text[at:], "Mr "+last) {
					pos := at + mr
					for _, other := range group {
						if other == t {
							continue
						}
						nt := other
						if gi == 1 {
							// lower-case business titles go after the name: Mr Last, the chairman,
							if strings.HasPrefix(d.Text[pos+len("Mr "+last):], " said") {
								out = append(out, Plant{Class: "title", Kind: "second-title-apposition", Start: pos, End: pos + len("Mr "+last),
									New: "Mr " + last + ", the " + nt + ",", GoldFrom: len("Mr " + last + ", the "), GoldTo: len("Mr " + last + ", the " + nt),
									Note: fmt.Sprintf("%s is %s earlier, %s here", last, t, nt)})
							}
							continue
						}
						out = append(out, Plant{Class: "title", Kind: "second-title", Start: pos, End: pos + 2, New: nt,
							Note: fmt.Sprintf("%s is %s earlier, %s here", last, t, nt)})
					}
				}
			}
		}
	}
	return out
}

// ---- term ----

var termStop = map[string]bool{"would": true, "could": true, "should": true, "have": true, "been": true, "that": true, "this": true, "with": true, "from": true, "they": true, "their": true, "there": true, "were": true, "which": true, "will": true, "also": true, "said": true, "more": true, "than": true, "about": true, "after": true, "into": true, "over": true, "some": true, "such": true, "when": true, "what": true, "where": true, "said.": true, "being": true, "these": true, "those": true, "other": true, "only": true, "most": true, "last": true, "next": true, "first": true, "says": true, "many": true, "much": true, "very": true, "just": true, "even": true, "still": true, "well": true, "them": true, "your": true, "make": true, "made": true, "take": true, "like": true, "know": true, "want": true, "think": true, "going": true, "million": true, "billion": true, "cent": true, "each": true, "both": true, "does": true, "then": true, "here": true, "while": true, "since": true, "because": true, "before": true, "under": true, "until": true, "against": true, "through": true, "between": true, "during": true, "without": true, "within": true, "among": true, "again": true, "back": true, "down": true, "away": true, "time": true, "year": true, "years": true}

func plantTerm(d *Doc, data *Data) []Plant {
	var out []Plant
	ws := d.Words
	phrase := func(i int, sep string) string { return ws[i].S + sep + ws[i+1].S }
	count := map[string]int{}
	for i := 0; i+1 < len(ws); i++ {
		for _, sep := range []string{"-", " "} {
			if d.Joined(i, sep) && isLower(ws[i].S) && isLower(ws[i+1].S) {
				count[phrase(i, sep)]++
			}
		}
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].Head || !isLower(ws[i].S) || !isLower(ws[i+1].S) {
			continue
		}
		a, b := ws[i].S, ws[i+1].S
		switch {
		case d.Joined(i, "-") && count[phrase(i, "-")] >= 2:
			k := phrase(i, "-")
			if !seen[k] {
				seen[k] = true
				continue
			}
			if count[a+" "+b] == 0 {
				out = append(out, plant("term", "hyphen-to-space", ws[i].Start, ws[i+1].End, a+" "+b, fmt.Sprintf("%s written %s %s", k, a, b)))
			}
		case d.Joined(i, " ") && count[phrase(i, " ")] >= 2 && len(a) >= 4 && len(b) >= 4 && !termStop[a] && !termStop[b] && !(i > 0 && d.Joined(i-1, "-")) && !d.Joined(i+1, "-"):
			k := phrase(i, " ")
			if !seen[k] {
				seen[k] = true
				continue
			}
			if count[a+"-"+b] == 0 {
				out = append(out, plant("term", "space-to-hyphen", ws[i].Start, ws[i+1].End, a+"-"+b, fmt.Sprintf("%s written %s-%s", k, a, b)))
			}
			// garbled: one word of the repeated phrase becomes a real word one letter off
			for wi, w := range []Word{ws[i], ws[i+1]} {
				for _, g := range oneOff(w.S, data) {
					if d.CountFold(g) > 0 {
						continue
					}
					np := a + " " + g
					if wi == 0 {
						np = g + " " + b
					}
					out = append(out, plant("term", "garbled-one-letter", w.Start, w.End, g, fmt.Sprintf("'%s' garbled as '%s'", k, np)))
					break
				}
			}
		}
	}
	// A closed compound used twice, split once.
	seenClosed := map[string]bool{}
	for i, w := range ws {
		if w.Head || !isLower(w.S) || len(w.S) < 7 || d.Count(w.S) < 2 || (i > 0 && d.Joined(i-1, "-")) || d.Joined(i, "-") {
			continue
		}
		if !seenClosed[w.S] {
			seenClosed[w.S] = true
			continue
		}
		for k := 2; k <= len(w.S)-2; k++ {
			a, b := w.S[:k], w.S[k:]
			if !data.Hyphenated[a+"-"+b] {
				continue
			}
			out = append(out, plant("term", "closed-to-hyphen", w.Start, w.End, a+"-"+b, fmt.Sprintf("%s written %s-%s", w.S, a, b)))
			if data.Dict[a] && data.Dict[b] {
				out = append(out, plant("term", "closed-to-space", w.Start, w.End, a+" "+b, fmt.Sprintf("%s written %s %s", w.S, a, b)))
			}
		}
	}
	return out
}

// oneOff lists dictionary words made by changing one letter after the
// first (same length), in order.
func oneOff(s string, data *Data) []string {
	var out []string
	b := []byte(s)
	for i := 1; i < len(b); i++ {
		orig := b[i]
		for c := byte('a'); c <= 'z'; c++ {
			if c == orig {
				continue
			}
			b[i] = c
			if data.Dict[string(b)] {
				out = append(out, string(b))
			}
		}
		b[i] = orig
	}
	return out
}

// ---- spelling ----

func plantSpelling(d *Doc, data *Data) []Plant {
	if data.Style == "us" {
		return usSpelling(d, data)
	}
	var out []Plant
	for _, w := range d.Words {
		if w.Head {
			continue
		}
		low := strings.ToLower(w.S)
		us, ok := data.UKUS[low]
		if !ok || us == low || d.CountFold(us) > 0 {
			continue
		}
		repl := us
		switch {
		case isLower(w.S):
		case w.SentStart && isTitleCase(w.S):
			repl = upperFirst(us)
		default:
			continue
		}
		out = append(out, plant("spelling", spellingKind(low, us), w.Start, w.End, repl, "US spelling in a UK-spelled article"))
	}
	return out
}

func spellingKind(uk, us string) string {
	switch {
	case strings.Contains(uk, "is") && strings.Contains(us, "iz"):
		return "ise-ize"
	case strings.Contains(uk, "yse") && strings.Contains(us, "yze"):
		return "yse-yze"
	case strings.Contains(uk, "our") && !strings.Contains(us, "our"):
		return "our-or"
	case strings.Contains(uk, "tre") && strings.Contains(us, "ter"):
		return "re-er"
	case strings.Contains(uk, "ll") && len(us) == len(uk)-1:
		return "ll-l"
	case strings.Contains(uk, "ence") && strings.Contains(us, "ense"):
		return "ence-ense"
	case strings.HasSuffix(uk, "ogue") || strings.Contains(uk, "ogues"):
		return "ogue-og"
	case strings.Contains(uk, "amme"):
		return "amme-am"
	case strings.Contains(uk, "ae") || strings.Contains(uk, "oe"):
		return "ae-e"
	}
	return "other"
}

// ---- capitalization ----

var capConnector = map[string]bool{"of": true, "for": true, "the": true, "de": true, "on": true}
var capStopLast = map[string]bool{"Party": true, "Government": true, "Minister": true, "Secretary": true, "President": true, "Chairman": true, "Executive": true, "Officer": true, "Director": true, "Manager": true, "Coach": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true}

func plantCapitalization(d *Doc, data *Data) []Plant {
	var out []Plant
	ws := d.Words
	for i := 0; i < len(ws); i++ {
		if ws[i].Head || ws[i].SentStart || !isTitleCase(ws[i].S) || (i > 0 && isCap(ws[i-1].S) && d.Joined(i-1, " ")) {
			continue
		}
		// the run of capitalised words (with lower-case connectors inside)
		j := i
		for j+1 < len(ws) && d.Joined(j, " ") && (isTitleCase(ws[j+1].S) || (capConnector[ws[j+1].S] && j+2 < len(ws) && d.Joined(j+1, " ") && isTitleCase(ws[j+2].S))) {
			j++
		}
		if j == i {
			// a single name word used more than once: lower-cased once
			w := ws[i]
			if d.Count(w.S) >= 2 && utf8.RuneCountInString(w.S) >= 4 && !data.word(w.S) && !data.Male[w.S] && !data.Female[w.S] && d.Count(lowerFirst(w.S)) == 0 && !data.Countries[w.S] {
				out = append(out, plant("capitalization", "lower-single", w.Start, w.End, lowerFirst(w.S), fmt.Sprintf("'%s' written '%s'", w.S, lowerFirst(w.S))))
			}
			continue
		}
		if data.Male[ws[i].S] || data.Female[ws[i].S] || ws[i].S == "Mr" || ws[i].S == "Mrs" {
			i = j
			continue // a person's name
		}
		start, end := ws[i].Start, ws[j].End
		orig := d.Text[start:end]
		// A name written correctly elsewhere in the article gives a
		// reference; a name used once does not (kind ...-once).
		once := ""
		if len(findAll(d.Text, orig)) < 2 {
			once = "-once"
		}
		low := func(k int, kind string) {
			kind += once
			w := ws[k]
			if !isTitleCase(w.S) || capStopLast[w.S] || data.Countries[w.S] || w.S == "The" || w.S == "A" {
				return
			}
			repl := d.Text[start:w.Start] + lowerFirst(w.S) + d.Text[w.End:end]
			out = append(out, plant("capitalization", kind, start, end, repl, fmt.Sprintf("'%s' written '%s'", orig, repl)))
		}
		low(j, "lower-last")
		if data.word(ws[i].S) {
			low(i, "lower-first")
		}
		for k := i + 1; k < j; k++ {
			if capConnector[ws[k-1].S] {
				low(k, "lower-after-of")
			} else if isTitleCase(ws[k].S) {
				low(k, "lower-middle")
			}
		}
		i = j
	}
	return out
}

// ---- abbreviation ----

func plantAbbreviation(d *Doc, data *Data) []Plant {
	if data.Style == "us" {
		return usAbbreviation(d, data)
	}
	var out []Plant
	seen := map[string]bool{}
	for i, w := range d.Words {
		if w.Head {
			continue
		}
		next := ""
		if w.End < len(d.Text) {
			next = d.Text[w.End : w.End+1]
		}
		switch {
		case w.S == "US" || w.S == "UK":
			if next != "." {
				// with another US beside it, or alone (a lone U.S. in copy
				// that otherwise follows UK style)
				kind := w.S + "-dots"
				if d.Count(w.S) < 2 {
					kind += "-lone"
				}
				dotted := w.S[:1] + "." + w.S[1:] + "."
				out = append(out, plant("abbreviation", kind, w.Start, w.End, dotted, fmt.Sprintf("%s written %s", w.S, dotted)))
			}
		case isAllCaps(w.S) && len(w.S) >= 2 && len(w.S) <= 5 && d.Count(w.S) >= 2 && next != "." && next != "-":
			if !seen[w.S] {
				seen[w.S] = true
				// defined at its first use? "Long Name (ACR)": the definition dropped
				if w.Start > 2 && d.Text[w.Start-1] == '(' && next == ")" && d.Text[w.Start-2] == ' ' {
					k := i - 1
					for k >= 0 && !d.Words[k].SentStart && (isCap(d.Words[k].S) || capConnector[d.Words[k].S]) && d.Words[k].End <= w.Start {
						k--
					}
					k++
					for k < i && capConnector[d.Words[k].S] {
						k++
					}
					if k < i && i-k >= 2 && isCap(d.Words[k].S) {
						out = append(out, Plant{Class: "abbreviation", Kind: "acronym-undefined", Start: d.Words[k].Start, End: w.End + 1, New: w.S,
							Note: fmt.Sprintf("%s used without its definition (%s)", w.S, d.Text[d.Words[k].Start:w.Start-2])})
					}
				}
				continue
			}
			var b strings.Builder
			for _, r := range w.S {
				b.WriteRune(r)
				b.WriteByte('.')
			}
			out = append(out, plant("abbreviation", "acronym-dots", w.Start, w.End, b.String(), fmt.Sprintf("%s written %s", w.S, b.String())))
		case (w.S == "Mr" || w.S == "Mrs" || w.S == "Dr") && next == " " && d.Count(w.S) >= 2:
			if !seen[w.S] {
				seen[w.S] = true
				continue
			}
			out = append(out, plant("abbreviation", "honorific-dot", w.Start, w.End, w.S+".", fmt.Sprintf("%s written %s.", w.S, w.S)))
		}
	}
	return out
}

// ---- typography ----

func plantTypography(d *Doc, data *Data) []Plant {
	var out []Plant
	t := d.Text
	headEnd := strings.IndexByte(t, '\n')
	curly := strings.ContainsAny(t, "\u2019\u201c\u201d")
	straightApos := 0
	for i := 1; i+1 < len(t); i++ {
		if t[i] == '\'' && isLowerRune(rune(t[i+1])) && isWordRune(rune(t[i-1])) {
			straightApos++
		}
	}
	for i := 0; i < len(t); i++ {
		if i <= headEnd || i == 0 || i+1 >= len(t) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		next, _ := utf8.DecodeRuneInString(t[i+1:])
		switch t[i] {
		case '\'':
			if isWordRune(prev) && isWordRune(next) {
				for _, a := range []struct{ s, kind string }{{"`", "apos-backtick"}, {"\u2032", "apos-prime"}, {"\u00b4", "apos-acute"}, {"\u2018", "apos-left-quote"}} {
					out = append(out, plant("typography", a.kind, i, i+1, a.s, "wrong character used as apostrophe"))
				}
				if !curly && straightApos >= 3 { // two straight ones stay: the article's style
					out = append(out, plant("typography", "apos-curly-mixed", i, i+1, "\u2019", "curly apostrophe in copy with straight ones"))
				}
			}
		case '"':
			if !curly && strings.Count(t, "\"") >= 4 && (prev == ' ' || prev == '\n') && isWordRune(next) {
				out = append(out, plant("typography", "quote-curly-mixed", i, i+1, "\u201c", "curly quote in copy with straight ones"))
			}
		case ' ':
			if isLowerRune(prev) && isLowerRune(next) && t[i-1] != ' ' && t[i+1] != ' ' {
				out = append(out, plant("typography", "double-space", i, i+1, "  ", "double space"))
			}
			if strings.HasPrefix(t[i:], " - ") && isWordRune(prev) && i+3 < len(t) {
				n3, _ := utf8.DecodeRuneInString(t[i+3:])
				if isWordRune(n3) {
					if strings.Count(t, " - ") >= 3 { // two spaced hyphens stay: a clear house style
						out = append(out, plant("typography", "dash-en-mixed", i+1, i+2, "\u2013", "en dash among spaced hyphens"))
					}
					out = append(out, Plant{Class: "typography", Kind: "dash-unspaced", Start: i, End: i + 3, New: "-", Note: "a dash written as an unspaced hyphen"})
				}
			}
		case ',':
			if isWordRune(prev) && next == ' ' {
				out = append(out, plant("typography", "space-before-comma", i, i+1, " ,", "space before a comma"))
				if isLowerRune(prev) && i+2 < len(t) && isLowerRune(rune(t[i+2])) {
					out = append(out, Plant{Class: "typography", Kind: "missing-space-comma", Start: i, End: i + 2, New: ",", GoldTo: 1, Note: "no space after a comma"})
				}
			}
		case '.':
			if next == ' ' && i+2 < len(t) && isUpperRune(t[i+2]) {
				k := i
				for k > 0 && isLowerRune(rune(t[k-1])) {
					k--
				}
				if i-k >= 3 {
					out = append(out, Plant{Class: "typography", Kind: "missing-space", Start: i, End: i + 2, New: ".", Note: "no space after a full stop"})
					p := &out[len(out)-1]
					p.GoldFrom, p.GoldTo = 0, 1
				}
			}
		}
	}
	return out
}

func isLowerRune(r rune) bool { return r >= 'a' && r <= 'z' }
func isUpperRune(b byte) bool { return b >= 'A' && b <= 'Z' }

// ---- repetition ----

var functionWords = map[string]bool{"of": true, "to": true, "in": true, "is": true, "for": true, "on": true, "at": true, "with": true, "by": true, "from": true, "was": true, "has": true, "be": true, "as": true, "an": true, "will": true, "are": true, "have": true}
var devDoubled = map[string]bool{"the": true, "a": true, "and": true}
var legitDouble = map[string]bool{"that": true, "had": true, "is": true}
var months = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true, "August": true, "September": true, "October": true, "November": true, "December": true}

func plantRepetition(d *Doc, data *Data) []Plant {
	var out []Plant
	ws := d.Words
	for i, w := range ws {
		if w.Head {
			continue
		}
		// not a piece of a compound or a possessive (co-operate, company's)
		if w.Start > 0 && (d.Text[w.Start-1] == '-' || d.Text[w.Start-1] == '\'') || w.End < len(d.Text) && (d.Text[w.End] == '-' || d.Text[w.End] == '\'') {
			continue
		}
		dbl := func(kind string) {
			out = append(out, plant("repetition", kind, w.Start, w.End, w.S+" "+w.S, "word repeated"))
		}
		switch {
		case isLower(w.S) && functionWords[w.S] && !legitDouble[w.S]:
			dbl("doubled-function")
		case isLower(w.S) && devDoubled[w.S]:
			dbl("doubled-the-a-and")
		case isLower(w.S) && len(w.S) >= 4 && !legitDouble[w.S] && !termStop[w.S]:
			dbl("doubled-content")
		case w.SentStart && (w.S == "The" || w.S == "In" || w.S == "But" || w.S == "It"):
			out = append(out, plant("repetition", "doubled-capital", w.Start, w.End, w.S+" "+strings.ToLower(w.S), "word repeated"))
		case months[w.S] && i > 0 && d.Joined(i-1, " ") && isDigits(ws[i-1].S):
			out = append(out, Plant{Class: "repetition", Kind: "month-bracket", Start: w.Start, End: w.End, New: w.S + " (" + w.S + ")", GoldFrom: len(w.S) + 2, GoldTo: 2*len(w.S) + 2, Note: "month repeated in brackets"})
			out = append(out, plant("repetition", "month-doubled", w.Start, w.End, w.S+" "+w.S, "month repeated"))
		}
		if i+1 < len(ws) && d.Joined(i, " ") && !strings.HasPrefix(d.Text[ws[i+1].End:], "'") && !strings.HasPrefix(d.Text[ws[i+1].End:], "-") && isLower(w.S) && isLower(ws[i+1].S) && (functionWords[w.S] || devDoubled[w.S]) && (devDoubled[ws[i+1].S] || len(ws[i+1].S) >= 4) {
			ph := d.Text[w.Start:ws[i+1].End]
			out = append(out, plant("repetition", "doubled-phrase", w.Start, ws[i+1].End, ph+" "+ph, "phrase repeated"))
		}
	}
	// the headline repeated
	if nl := strings.IndexByte(d.Text, '\n'); nl > 0 {
		head := headlineText(d.Text[:nl])
		if head != "" {
			body := strings.TrimRight(d.Text, "\n")
			open, closing := "", ""
			if strings.HasPrefix(d.Text, "<") { // HTML: a paragraph of its own
				open, closing = "<p>", "</p>"
			}
			out = append(out, Plant{Class: "repetition", Kind: "headline-at-end", Start: len(body), End: len(body),
				New: "\n\n" + open + head + closing, GoldFrom: 2 + len(open), GoldTo: 2 + len(open) + len(head), Note: "headline repeated"})
			// as the first words of the first paragraph
			if p := strings.Index(d.Text, "\n\n"); p > 0 && p+2 < len(d.Text) {
				at := p + 2 + len(open)
				if open == "" || strings.HasPrefix(d.Text[p+2:], open) {
					out = append(out, Plant{Class: "repetition", Kind: "headline-into-body", Start: at, End: at, New: head + " ", GoldTo: len(head), Note: "headline repeated"})
				}
			}
		}
	}
	return out
}

// headlineText is the text of the headline line without Markdown or HTML
// markup (# Title, <h1>Title</h1>), entities left as they are.
func headlineText(line string) string {
	line = strings.TrimSpace(line)
	line = strings.TrimSpace(strings.TrimLeft(line, "#"))
	if strings.HasPrefix(line, "<") {
		if i := strings.IndexByte(line, '>'); i >= 0 {
			line = line[i+1:]
		}
		if i := strings.LastIndexByte(line, '<'); i >= 0 {
			line = line[:i]
		}
	}
	return strings.TrimSpace(line)
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// kinds returns the kinds of plants, sorted.
func kinds(ps []Plant) []string {
	m := map[string]bool{}
	for _, p := range ps {
		m[p.Kind] = true
	}
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
