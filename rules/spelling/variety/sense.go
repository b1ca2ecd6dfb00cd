package variety

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
)

// senseDependent lists words whose spelling follows their sense or that
// both varieties accept in some sense: they never count as markers and are
// reported only where senseSlip recognises the sense.
var senseDependent = setOf(
	// practice is the noun in both varieties, practise the British verb:
	// the verb's forms practised and practising (practiced, practicing in
	// American copy) are markers, not sense-dependent.
	"practice", "practices", "practise", "practises",
	"licence", "licences", "licenced", "licencing", "license", "licenses", "licensed", "licensing",
	"draft", "drafts", "drafted", "drafting", "draught", "draughts",
	"curb", "curbs", "curbed", "curbing", "kerb", "kerbs",
	"check", "checks", "checked", "checking", "cheque", "cheques",
	"tire", "tires", "tired", "tyre", "tyres",
	"story", "stories", "storey", "storeys", "storeyed", "storied",
	"meter", "meters", "metre", "metres",
	"inquiry", "inquiries", "enquiry", "enquiries", "inquire", "inquired", "inquiring", "enquire", "enquired", "enquiring",
	"among", "amongst", "while", "whilst",
	"dependent", "dependents", "dependant", "dependants", "dependence", "dependance",
	"judgment", "judgments", "judgement", "judgements", "judgmental", "judgemental",
	"program", "programs", "programme", "programmes", "programmed", "programming", "programmer", "programmers",
	"whisky", "whiskey", "whiskies", "whiskeys",
	"disc", "discs", "disk", "disks",
	"prise", "prised", "prize", "prized", "annex", "annexe", "annexes",
	"analog", "analogue", "dialog", "dialogue", "dialogs", "dialogues",
	"ton", "tons", "tonne", "tonnes", "gram", "grams", "gramme", "grammes",
	"adapter", "adapters", "adaptor", "adaptors", "adviser", "advisers", "advisor", "advisors",
	"axe", "ax", "artefact", "artifact", "artefacts", "artifacts",
)

// senseSet is senseDependent and conventionWords for varcon.Scan.
var senseSet = func() *varcon.Set {
	m := map[string]bool{}
	for w := range senseDependent {
		m[w] = true
	}
	for w := range conventionWords {
		m[w] = true
	}
	return varcon.NewSet(m)
}()

// conventionWords are words both varieties spell alike but choose between
// by house: American copy writes toward, afterward and gotten, British copy
// towards, afterwards, whilst and amongst. They count as conventions, not
// as spelling markers, and are never reported.
var conventionWords = map[string]string{"toward": US, "afterward": US, "gotten": US,
	"towards": GB, "afterwards": GB, "whilst": GB, "amongst": GB}

// britishOnly are sense-dependent spellings that only British (and
// Commonwealth) copy uses: evidence of the variety, never reported there.
var britishOnly = setOf("programme", "programmes", "licence", "licences", "metre", "metres",
	"cheque", "cheques", "tyre", "tyres", "storey", "storeys", "kerb", "kerbs", "judgement", "judgements",
	"practise", "practises", "licenced", "licencing")

// americanFor is the American spelling of each britishOnly word: American
// copy writes it in every sense (a program, a license, a check, practice
// for the verb too).
var americanFor = map[string]string{"programme": "program", "programmes": "programs",
	"licence": "license", "licences": "licenses", "metre": "meter", "metres": "meters",
	"cheque": "check", "cheques": "checks", "tyre": "tire", "tyres": "tires", "storey": "story",
	"storeys": "stories", "kerb": "curb", "kerbs": "curbs", "judgement": "judgment",
	"judgements": "judgments", "practise": "practice", "practises": "practices",
	"licenced": "licensed", "licencing": "licensing"}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// senseSlip recognises the few sense-dependent words whose sense the
// context shows, in copy of category c: the britishOnly words in American copy,
// "program" for a broadcast or plan in British copy, "license" as a noun and
// "meter" as a unit in British copy, "judgment" outside legal copy (or in
// copy that writes judgement for a court's).
func senseSlip(m *senseMemo, o *varcon.Occurrence, c varcon.Category) (string, bool) {
	doc := m.doc
	switch c {
	case varcon.American:
		w, ok := americanFor[o.Lower]
		return w, ok
	case varcon.British, varcon.Australian:
	default:
		return "", false
	}
	toks := doc.Tokens
	i := o.Token
	switch o.Lower {
	case "program", "programs":
		// A broadcast or a plan is a programme; software is a program.
		// Australian copy writes program for all of them (Macquarie).
		if c == varcon.Australian || verbContext(toks, i) {
			return "", false
		}
		if !m.sentenceHas(i, broadcastSet) && (m.sentenceHas(i, computerSet) || m.computerCount() >= 2) {
			return "", false
		}
		return "programme" + strings.TrimPrefix(o.Lower, "program"), true
	case "license", "licenses":
		if nounContext(toks, i) {
			return "licence" + strings.TrimPrefix(o.Lower, "license"), true
		}
	case "meter", "meters":
		if unitContext(doc, o) {
			return "metre" + strings.TrimPrefix(o.Lower, "meter"), true
		}
	case "judgment", "judgments":
		// A court's judgment is spelt so in British copy too, unless the
		// article itself writes judgement for a court's.
		if !m.courts(i) || m.legalJudgement() {
			return "judgement" + strings.TrimPrefix(o.Lower, "judgment"), true
		}
	}
	return "", false
}

var computerWords = setOf("computer", "computers", "software", "hacker", "hackers", "virus", "viruses",
	"malicious", "code", "coding", "install", "installed", "installing", "download", "downloaded",
	"downloading", "app", "apps", "application", "applications", "pc", "pcs", "windows", "spyware",
	"malware", "trojan", "worm", "programmer", "programmers", "programming", "algorithm", "chip",
	"processor", "anti-virus", "antivirus", "file-sharing", "browser", "linux", "os", "macro", "server",
	"servers", "machine", "machines", "microsoft", "apple", "robot", "graphics", "rendering", "3d",
	"maliciously", "hackers", "hacking", "spam", "phishing", "dialler", "diallers", "internet", "online",
	"web", "website", "net", "email", "e-mail", "digital", "gaming", "games", "console", "consoles",
	"laptop", "laptops", "operating", "network", "networks", "peer-to-peer", "p2p", "search", "google")

var broadcastWords = setOf("bbc", "radio", "tv", "television", "channel", "broadcast", "broadcaster",
	"broadcasters", "viewers", "listeners", "presenter", "presenters", "documentary", "show", "series",
	"itv", "abc", "nbc", "cbs", "cnn", "sky", "episode", "aired", "screened", "today")

var legalWords = setOf("court", "courts", "tribunal", "tribunals", "judge", "judges", "appeal", "appeals",
	"lords", "justice", "justices", "ruling", "ruled", "verdict", "lawyer", "lawyers", "legal", "law",
	"case", "hearing", "claimant", "defendant", "plaintiff", "barrister", "solicitor", "sued", "lawsuit")

// determiners, for nounContext and courts: a word before "license" or
// "judgment" that makes it a noun (a license, his coaching license, the
// judgment). Not shared with the
// determiner lists of pronoun-agreement, capitalization and term-variant:
// each is fitted to its own rule and they differ (this one takes "new", a
// new license, and "whose"), so one list would change findings.
var determiners = setOf("a", "an", "the", "his", "her", "its", "their", "our", "your", "my", "this",
	"that", "no", "any", "each", "every", "whose", "new")

var modals = setOf("to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not")

func word(toks []lint.Token, i int) string {
	if i < 0 || i >= len(toks) || toks[i].Kind != lint.Word {
		return ""
	}
	return strings.ToLower(toks[i].Text)
}

// inSet reports whether set holds the lower-case form of token i, a word:
// set[word(toks, i)] without lower-casing.
func inSet(toks []lint.Token, i int, set *fold.Table[bool]) bool {
	return toks[i].Kind == lint.Word && set.Has(toks[i].Text)
}

func verbContext(toks []lint.Token, i int) bool { return modals[word(toks, i-1)] }

// nounContext: a determiner (or possessive) directly before, or before one
// modifier ("his coaching license"), or a noun that follows it ("licence fee").
func nounContext(toks []lint.Token, i int) bool {
	prev := word(toks, i-1)
	if modals[prev] {
		return false
	}
	if determiners[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
		return true
	}
	if prev != "" && determiners[word(toks, i-2)] {
		return true
	}
	switch word(toks, i+1) {
	case "fee", "fees", "holder", "holders", "payer", "payers", "plate", "plates":
		return true
	}
	return false
}

var numberWords = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"hundred", "hundreds", "thousand", "thousands", "square", "cubic", "per", "few", "several")

// unitContext: a number before the word ("2.6 meter", "100-meter").
func unitContext(doc *lint.Document, o *varcon.Occurrence) bool {
	t := &doc.Tokens[o.Token]
	if o.Span.Start > t.Span.Start { // a part of a compound: "100-meter"
		before := doc.Text[t.Span.Start:o.Span.Start]
		before = strings.TrimRight(before, "-‐‑")
		return before != "" && (before[len(before)-1] >= '0' && before[len(before)-1] <= '9' || numberWords[strings.ToLower(before)])
	}
	i := o.Token
	if i > 0 && doc.Tokens[i-1].Kind == lint.Number {
		return true
	}
	return numberWords[word(doc.Tokens, i-1)]
}

// senseMemo remembers the scans senseSlip makes in one article, so that an
// article full of sense-dependent words still reads each sentence, block
// and the whole article once per word set (linear, however long).
type senseMemo struct {
	doc       *lint.Document
	occ       []varcon.Occurrence
	computer  int               // articleCount of computerWords up to 2; -1 until counted
	judgement int               // 1 when legalJudgement, 0 when not; -1 until known
	sentences map[[2]int32]bool // (sentence, set) → the sentence holds a word of the set
	blocks    map[int32]bool    // block → it holds a legal word
}

// Word sets senseMemo.sentenceHas knows.
const (
	broadcastSet = iota
	computerSet
)

// The word sets the scans look up in every word of a sentence, block or
// article, with a sieve in front and no lower-casing.
var (
	broadcastTable = fold.NewTable(broadcastWords)
	computerTable  = fold.NewTable(computerWords)
	legalTable     = fold.NewTable(legalWords)
)

var memoSets = [...]*fold.Table[bool]{broadcastSet: broadcastTable, computerSet: computerTable}

func newSenseMemo(doc *lint.Document, occ []varcon.Occurrence) *senseMemo {
	return &senseMemo{doc: doc, occ: occ, computer: -1, judgement: -1}
}

// legal reports whether token i is in legal copy: its paragraph or the
// one before has a legal word (court, judge, appeal).
func (m *senseMemo) legal(i int) bool {
	if m.legalBlock(i) {
		return true
	}
	b := m.doc.Blocks[m.doc.Tokens[i].Block]
	return b.FirstToken > 0 && m.legalBlock(b.FirstToken-1)
}

// courts reports whether the judgment or judgement at token i is a
// court's: a decision (the, today's, her judgment; judgments) in legal copy,
// not the faculty (exercise judgment, an error of judgement).
func (m *senseMemo) courts(i int) bool {
	toks := m.doc.Tokens
	prev := word(toks, i-1)
	decision := determiners[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") ||
		strings.HasSuffix(toks[i].Text, "s")
	return decision && m.legal(i)
}

// legalJudgement reports whether the article writes judgement for a
// court's (in legal copy, as legal tells) more often than judgment.
func (m *senseMemo) legalJudgement() bool {
	if m.judgement < 0 {
		n := 0
		for k := range m.occ {
			o := &m.occ[k]
			switch o.Lower {
			case "judgement", "judgements":
				if m.courts(o.Token) {
					n++
				}
			case "judgment", "judgments":
				if m.courts(o.Token) {
					n--
				}
			}
		}
		m.judgement = 0
		if n > 0 {
			m.judgement = 1
		}
	}
	return m.judgement == 1
}

func (m *senseMemo) sentenceHas(i int, set int) bool {
	k := [2]int32{m.doc.Tokens[i].Sentence, int32(set)}
	if v, ok := m.sentences[k]; ok {
		return v
	}
	if m.sentences == nil {
		m.sentences = map[[2]int32]bool{}
	}
	v := sentenceHas(m.doc, i, memoSets[set])
	m.sentences[k] = v
	return v
}

func (m *senseMemo) computerCount() int {
	if m.computer < 0 {
		m.computer = articleCount(m.doc, computerTable, 2)
	}
	return m.computer
}

func (m *senseMemo) legalBlock(i int) bool {
	b := m.doc.Tokens[i].Block
	if v, ok := m.blocks[b]; ok {
		return v
	}
	if m.blocks == nil {
		m.blocks = map[int32]bool{}
	}
	v := blockHas(m.doc, i, legalTable)
	m.blocks[b] = v
	return v
}

func sentenceHas(doc *lint.Document, i int, set *fold.Table[bool]) bool {
	s := doc.Sentences[doc.Tokens[i].Sentence]
	for k := s.FirstToken; k < s.EndToken; k++ {
		if inSet(doc.Tokens, k, set) {
			return true
		}
	}
	return false
}

// articleCount counts the article's words in set, up to max (the count
// is only compared with max).
func articleCount(doc *lint.Document, set *fold.Table[bool], max int) int {
	n := 0
	for k := range doc.Tokens {
		if inSet(doc.Tokens, k, set) {
			if n++; n >= max {
				break
			}
		}
	}
	return n
}

func blockHas(doc *lint.Document, i int, set *fold.Table[bool]) bool {
	b := doc.Blocks[doc.Tokens[i].Block]
	for k := b.FirstToken; k < b.EndToken; k++ {
		if inSet(doc.Tokens, k, set) {
			return true
		}
	}
	return false
}

// currencyShort reports whether toks[i] is an amount in m or bn right after
// a currency sign (£3.4bn, $600m), as British papers write it; American copy
// writes $600 million.
func currencyShort(toks []lint.Token, i int) bool {
	w := toks[i].Text
	switch {
	case strings.HasSuffix(w, "bn"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "m"):
		w = w[:len(w)-1]
	default:
		return false
	}
	if w == "" || i == 0 || toks[i].Has(lint.SpaceBefore) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if (w[k] < '0' || w[k] > '9') && w[k] != '.' {
			return false
		}
	}
	switch toks[i-1].Text {
	case "£", "$", "€":
		return true
	}
	return false
}
