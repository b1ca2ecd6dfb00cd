// Package number implements fact-number: the same counted thing given two
// numbers in one article ("charged 14 people" … "the 13 people charged").
package number

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/foldset"
)

//go:embed doc.md
var doc string

// Rule is fact-number.
var Rule = &lint.Rule{
	Name:     "fact-number",
	Summary:  "The same counted thing given two numbers (charged 14 people … the 13 people charged).",
	Doc:      doc,
	Severity: lint.Warning,
	Run:      run,
}

// count is one "VERB N NOUN" or "N NOUN (were) VERB" of the article.
type count struct {
	key   string // verb stem + noun
	verb  string
	noun  string
	n     int
	span  lint.Span // the number
	sent  int
	order int
}

var numberWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}

// countedNouns are the plural nouns of people and things whose count a
// report repeats.
var countedNouns = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "persons": true, "suspects": true,
	"workers": true, "employees": true, "staff": true, "jobs": true, "soldiers": true, "civilians": true,
	"passengers": true, "pupils": true, "students": true, "teenagers": true, "youths": true, "officers": true,
	"prisoners": true, "detainees": true, "miners": true, "patients": true, "victims": true, "protesters": true,
	"demonstrators": true, "migrants": true, "refugees": true, "crew": true, "individuals": true,
	"nationals": true, "executives": true, "directors": true, "bankers": true, "traders": true,
	"journalists": true, "players": true, "fans": true, "residents": true, "homes": true, "houses": true,
	"police": true, "troops": true, "militants": true, "rebels": true, "hostages": true, "sailors": true,
	"firefighters": true, "doctors": true, "nurses": true, "teachers": true, "companies": true, "firms": true,
	"banks": true, "accounts": true, "websites": true, "sites": true, "schools": true, "hospitals": true,
	"stores": true, "shops": true, "branches": true, "plants": true, "factories": true, "mines": true,
}

// countVerbs are the verbs of reported counts (past tense / participle).
var countVerbs = map[string]string{
	"charged": "charge", "arrested": "arrest", "killed": "kill", "injured": "injure", "hurt": "hurt",
	"detained": "detain", "held": "hold", "convicted": "convict", "sentenced": "sentence", "jailed": "jail",
	"indicted": "indict", "accused": "accuse", "questioned": "question", "freed": "free", "released": "release",
	"rescued": "rescue", "evacuated": "evacuate", "sacked": "sack", "fired": "fire", "dismissed": "dismiss",
	"suspended": "suspend", "fined": "fine", "banned": "ban", "expelled": "expel", "deported": "deport",
	"employed": "employ", "hired": "hire", "axed": "axe", "cut": "cut", "shed": "shed", "closed": "close",
	"shut": "shut", "kidnapped": "kidnap", "abducted": "abduct", "wounded": "wound", "shot": "shoot",
	"executed": "execute", "elected": "elect", "nominated": "nominate", "interviewed": "interview",
	"sued": "sue", "named": "name", "identified": "identify", "tested": "test", "infected": "infect",
	"treated": "treat", "admitted": "admit", "hospitalised": "hospitalise", "hospitalized": "hospitalise",
	"drowned": "drown", "trapped": "trap", "stranded": "strand", "displaced": "displace", "cleared": "clear",
	"acquitted": "acquit", "extradited": "extradite", "recruited": "recruit", "quit": "quit",
	"charging": "charge", "arresting": "arrest", "killing": "kill", "injuring": "injure", "detaining": "detain",
	"indicting": "indict", "sacking": "sack", "cutting": "cut", "axing": "axe", "closing": "close",
}

// vague words before a number make it an estimate or a part, not the count.
var vague = map[string]bool{
	"least": true, "than": true, "over": true, "about": true, "around": true, "nearly": true, "almost": true,
	"some": true, "to": true, "another": true, "further": true, "estimated": true, "roughly": true,
	"approximately": true, "only": true, "all": true, "additional": true, "extra": true, "other": true,
	"first": true, "last": true, "latest": true, "remaining": true, "up": true, "under": true, "between": true,
	"and": true, "or": true, "of": true, "perhaps": true, "possibly": true, "maybe": true, "likely": true,
	"those": true, "these": true, "new": true, "more": true, "fewer": true, "just": true, "barely": true,
}

// updateWords in a sentence say that its count is a different or changed
// one: the toll rose, more were held, in all.
var updateWords = map[string]bool{
	"another": true, "other": true, "others": true, "more": true, "further": true, "additional": true,
	"also": true, "total": true, "toll": true, "rose": true, "risen": true, "rising": true, "increased": true,
	"now": true, "second": true, "earlier": true, "previously": true, "already": true, "bringing": true,
	"brings": true, "including": true, "among": true, "except": true, "each": true, "per": true,
	"last": true, "ago": true,
	"separately": true, "separate": true, "similar": true, "both": true, "respectively": true,
	"while": true, "whereas": true, "compared": true, "than": true,
}

// The word lists as tables that turn most words away without hashing them.
var (
	numberTable = fold.NewTable(numberWords)
	nounTable   = fold.NewTable(countedNouns)
	verbTable   = fold.NewTable(countVerbs)
	vagueTable  = fold.NewTable(vague)
	updateTable = fold.NewTable(updateWords)

	numberSieve = numberTable.Sieve()
	nounSieve   = nounTable.Sieve()
)

// numberFolds is the Set of the number words' Folds (23 words: 128 bytes);
// countFolds is the Wide set of the number words' and counted nouns'
// Folds (mayBe's set for the nouns), a value so that nextCount reads it at
// a fixed address.
var (
	numberFolds = foldset.Of(numberWords)
	countFolds  = func() (s foldset.Wide) {
		for w := range numberWords {
			s.Add(w)
		}
		for w := range countedNouns {
			s.Add(w)
		}
		return s
	}()
)

// mayBe is false when strings.ToLower of token t's text is certainly not a
// word of the table of folds and sv: an ASCII word (neither an inner
// capital nor a byte beyond ASCII) by one bit of folds read from its Fold,
// another by the table's sieve of its length and end bytes.
func mayBe[S interface{ Has(fold uint32) bool }](t *lint.Token, folds S, sv *fold.Sieve) bool {
	if t.Flags&lint.InnerCapOrNonASCII == 0 {
		return folds.Has(t.Fold)
	}
	return sieveMay(sv, t.Text)
}

// sieveMay is sv.May kept out of line: nextCount's walk over every token
// asks it only of the few words with an inner capital or a byte beyond
// ASCII, and keeps its own variables in registers.
//
//go:noinline
func sieveMay(sv *fold.Sieve, s string) bool { return sv.May(s) }

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	toks := d.Tokens
	var counts []count
	for i := nextCount(toks, 0); i >= 0; i = nextCount(toks, i+1) {
		t := &toks[i]
		si := int(t.Sentence)
		s := &d.Sentences[si]
		n, ok := value(&toks[i])
		if !ok || toks[i+1].Kind != lint.Word || !nounTable.Has(toks[i+1].Text) {
			continue
		}
		noun := strings.ToLower(toks[i+1].Text)
		if i > s.FirstToken && (vagueTable.Has(toks[i-1].Text) || toks[i-1].Kind == lint.Number || toks[i-1].Text == "-" || toks[i-1].Text == "–") {
			continue
		}
		verb := ""
		// VERB N NOUN: "charged 14 people".
		if i > s.FirstToken {
			verb = verbTable.Get(toks[i-1].Text)
		}
		// N NOUN (were|have been|had been|who were) VERB: "the 13 people charged".
		if verb == "" {
			k := i + 2
			for k < s.EndToken && k < i+5 {
				switch strings.ToLower(toks[k].Text) {
				case "were", "have", "had", "been", "who", "being":
					k++
					continue
				}
				break
			}
			if k < s.EndToken {
				verb = verbTable.Get(toks[k].Text)
			}
		}
		if verb == "" || hasUpdate(d, s, i) {
			continue
		}
		counts = append(counts, count{key: verb + " " + noun, verb: verb, noun: noun, n: n, span: toks[i].Span, sent: si, order: len(counts)})
	}
	if len(counts) < 2 {
		return nil, nil // no two counts to compare
	}
	byKey := map[string][]int{}
	var keys []string
	for k, c := range counts {
		if _, ok := byKey[c.key]; !ok {
			keys = append(keys, c.key)
		}
		byKey[c.key] = append(byKey[c.key], k)
	}
	for _, key := range keys {
		g := byKey[key]
		freq := map[int]int{}
		for _, k := range g {
			freq[counts[k].n]++
		}
		if len(freq) != 2 {
			continue // one number, or too many to tell which is the count
		}
		ref := counts[g[0]]
		for _, k := range g {
			if freq[counts[k].n] > freq[ref.n] {
				ref = counts[k]
			}
		}
		for _, k := range g {
			c := counts[k]
			if c.n == ref.n || c.sent == ref.sent {
				continue
			}
			line := d.LineOf(ref.span.Start)
			p.Report(lint.Diagnostic{
				Span:    c.span,
				Message: fmt.Sprintf("%s %s here, but %s on line %d", d.Phrase(c.span), c.noun, d.Phrase(ref.span), line),
				Related: []lint.Related{{Span: ref.span, Message: fmt.Sprintf("%s %s here", d.Phrase(ref.span), c.noun)}},
			})
		}
	}
	return nil, nil
}

// nextCount returns the index of the first token from i on that may start a
// count (countAt), or -1. A count is two tokens, so the walk reads every
// second token only, the odd ones: each is the first or the second of any
// pair that holds it, and is turned away, with both pairs, when it can be
// neither a number nor a counted noun: an ASCII word or a mark whose Fold
// is in neither list (countFolds, one bit read) and no number.
func nextCount(toks []lint.Token, i int) int {
	for m := i | 1; m < len(toks); m += 2 {
		t := &toks[m]
		if !countFolds.Has(t.Fold) && t.Kind != lint.Number && t.Flags&lint.InnerCapOrNonASCII == 0 {
			continue
		}
		if m-1 >= i && countAt(toks, m-1) {
			return m - 1
		}
		if countAt(toks, m) {
			return m
		}
	}
	return -1
}

// countAt reports whether token k may start a count: a number or number
// word and a counted noun after it in the same sentence (by mayBe, so
// without reading the text of most words).
func countAt(toks []lint.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	t := &toks[k]
	switch t.Kind {
	case lint.Number:
	case lint.Word:
		if !mayBe(t, numberFolds, numberSieve) {
			return false
		}
	default:
		return false
	}
	next := &toks[k+1]
	return next.Kind == lint.Word && next.Sentence == t.Sentence && mayBe(next, &countFolds, nounSieve)
}

// value reads a whole number written in digits or words (two … fifty).
func value(t *lint.Token) (int, bool) {
	switch t.Kind {
	case lint.Number:
		if strings.ContainsAny(t.Text, ".,") {
			return 0, false
		}
		n, err := strconv.Atoi(t.Text)
		if err != nil || n < 2 || n >= 1900 && n <= 2100 {
			return 0, false
		}
		return n, true
	case lint.Word:
		return numberTable.Lookup(t.Text)
	}
	return 0, false
}

// hasUpdate reports whether the sentence says its count is a further,
// changed or partial one.
func hasUpdate(d *lint.Document, s *lint.Sentence, at int) bool {
	toks := d.Tokens
	for i := s.FirstToken; i < s.EndToken; i++ {
		if updateTable.Has(toks[i].Text) {
			return true
		}
		if i != at {
			if _, ok := value(&toks[i]); ok && i+1 < s.EndToken && nounTable.Has(toks[i+1].Text) {
				return true // two counts in one sentence: a breakdown
			}
		}
	}
	return false
}
