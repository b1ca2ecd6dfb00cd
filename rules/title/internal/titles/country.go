package titles

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

// Evidence is a phrase of the text that points at a country: a name, a
// demonym, a place, an institution or a party.
type Evidence struct {
	Start, End int    // token range [Start, End)
	Code       string // country code (GB-SCT for "Scottish")
	Weight     int
	Modifier   bool // can tie a title after it to the country
}

type signal struct {
	code     string
	weight   int
	modifier bool
}

type signals struct {
	trie  trie
	items []signal
	// lead holds the texts a signal may start with: a key of the trie's
	// root, with or without a possessive ending.
	lead leadSieve
}

var tableSignals = sync.OnceValue(func() *signals {
	s := &signals{}
	t := Default()
	codes := make([]string, 0, len(t.Countries))
	for c := range t.Countries {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	best := map[string]int{} // phrase → index in items
	for _, code := range codes {
		c := t.Countries[code]
		mods := map[string]bool{}
		for _, m := range c.Modifiers {
			mods[m] = true
		}
		phrases := make([]string, 0, len(c.Signals))
		for p := range c.Signals {
			phrases = append(phrases, p)
		}
		sort.Strings(phrases)
		for _, p := range phrases {
			sig := signal{code: code, weight: c.Signals[p], modifier: mods[p]}
			if k, ok := best[p]; ok {
				old := &s.items[k]
				if sig.weight > old.weight {
					old.weight = sig.weight
				}
				if sig.modifier && !old.modifier {
					old.code, old.modifier = sig.code, true
				}
				continue
			}
			best[p] = len(s.items)
			s.trie.add(splitWords(p), len(s.items))
			s.items = append(s.items, sig)
		}
	}
	for _, w := range s.trie.rootKeys {
		s.lead.addPlain(w)
	}
	return s
})

// nextEvidence returns the first word at or after token i that may start
// country evidence (a capitalised word that may start a signal or a name
// of the lexicon, or a signal such as "senator" or "pounds"), or
// len(toks): a loop of its own over the tokens, most of which it passes
// by. ev is evidenceLeads().
func (s *signals) nextEvidence(ev *evidenceLead, toks []lint.Token, i int) int {
	lead := &s.lead // (its address once, not once per token)
	any := &ev.any.folds
	for ; i < len(toks); i++ {
		t := &toks[i]
		// A capital with a byte beyond ASCII, an inner capital, a hyphen
		// or an apostrophe is not sieved by its Fold alone (which lowers
		// only ASCII, and is of the text before its possessive ending is
		// removed): newContext asks mayLeadFlagged. The branch on those
		// flags is rarely taken (one token in thirty).
		f := t.Flags
		if f&(lint.InnerCapOrNonASCII|lint.HyphenOrApostrophe) != 0 && f&(lint.Capitalized|lint.AllCaps) != 0 && t.Kind == lint.Word {
			return i
		}
		// Each of the sieve's two bits lets some 30% of tokens through
		// (punctuation and the commonest words among them), so a branch on
		// the first alone would often go the unpredicted way: both are read
		// and one branch asks for the two (about one token in thirty).
		if any.both(t.Fold) == 0 || t.Kind != lint.Word {
			continue
		}
		if f&(lint.Capitalized|lint.AllCaps) != 0 || lead.hasToken(t) {
			return i
		}
	}
	return len(toks)
}

// evidenceLead sieves the tokens that may start evidence, by Fold.
type evidenceLead struct {
	// any holds the signals' lead (a key of the trie's root, with a
	// possessive ending or none) and every text a capital of ASCII
	// letters and digits with no hyphen or apostrophe (no
	// InnerCapOrNonASCII, no HyphenOrApostrophe) may have when it starts
	// a signal or a name of the lexicon (mayStartPlace): such a text may
	// still end in a grave accent, which StripPossessive removes (Smith`s).
	any FoldFilter
}

// mayLeadFlagged reports whether capital t, flagged InnerCapOrNonASCII or
// HyphenOrApostrophe, may start evidence. newContext passes such a word by
// unless the trie's root or placeStarts holds one of the texts it asks for
// (mayStart, mayStartPlace): the text, the text without its possessive
// ending and, for an upper-case word, that in Title case; each was added
// to any as written, so a text whose FoldHash any lacks is none of them.
// In Title case an ASCII word has the FoldHash it has in upper case
// (FoldHash lowers ASCII letters); another word is not sieved.
func (ev *evidenceLead) mayLeadFlagged(t *lint.Token) bool {
	any := &ev.any.folds
	if any.both(t.Fold) != 0 {
		return true
	}
	w, stripped := StripPossessive(t.Text)
	if stripped && any.both(lint.FoldHash(w)) != 0 {
		return true
	}
	return t.Has(lint.AllCaps) && len(w) > 3 && !fold.IsASCII(w)
}

var evidenceLeads = sync.OnceValue(func() *evidenceLead {
	ev := new(evidenceLead)
	sigs := tableSignals()
	ev.any.folds = sigs.lead.folds
	// Each text as written, then with "`" and "`s" after it, hashed in
	// one buffer (no string is made: this runs at a one-article run's
	// start, over every place of the lexicon).
	var buf []byte
	add := func(w string) {
		buf = append(buf[:0], w...)
		ev.any.folds.addHash(lint.FoldHashBytes(buf))
		buf = append(buf, '`')
		ev.any.folds.addHash(lint.FoldHashBytes(buf))
		buf = append(buf, 's')
		ev.any.folds.addHash(lint.FoldHashBytes(buf))
	}
	for _, w := range sigs.trie.rootKeys {
		add(w)
	}
	for w := range placeStarts().m {
		add(w)
	}
	return ev
})

// Context is what one document says about countries.
type Context struct {
	Doc         *lint.Document
	Evidence    []Evidence
	scores      map[string]int // by Base code
	inst        map[string]int // weight of institutions, authorities and datelines, by Base code
	top, second string
}

// NewContext scans a document for country evidence.
func NewContext(doc *lint.Document) *Context { return NewContextBuf(doc, nil) }

// NewContextBuf is NewContext with the evidence list appended to buf[:0]: a
// caller that keeps the list of the last document (Context.Evidence) spares
// a long article's list its growth by reallocation.
func NewContextBuf(doc *lint.Document, buf []Evidence) *Context {
	return newContext(doc, buf, evidenceLeads())
}

// newContext is NewContextBuf with the tokens that may start evidence
// sieved by leads.
func newContext(doc *lint.Document, buf []Evidence, leads *evidenceLead) *Context {
	c := &Context{Doc: doc, Evidence: buf[:0], scores: map[string]int{}, inst: map[string]int{}}
	sigs := tableSignals()
	toks := doc.Tokens
	exact := func(j int) string { w, _ := StripPossessive(toks[j].Text); return w }
	maxLex := lexicon.MaxPlaceWords()
	places := placeStarts()
	if maxLex > 4 {
		maxLex = 4
	}
	for i := sigs.nextEvidence(leads, toks, 0); i < len(toks); i = sigs.nextEvidence(leads, toks, i) {
		t := &toks[i]
		if t.Flags&(lint.InnerCapOrNonASCII|lint.HyphenOrApostrophe) != 0 && !leads.mayLeadFlagged(t) {
			i++
			continue
		}
		ev := Evidence{Start: i, End: i}
		capital := t.Has(lint.Capitalized) || t.Has(lint.AllCaps)
		w, _ := StripPossessive(t.Text)
		inSigs := sigs.trie.mayStart(w)
		if !capital && !inSigs {
			i++
			continue
		}
		if inSigs {
			if end, n := sigs.trie.longest(toks, i, exact); end > i {
				s := sigs.items[n.vals[0]]
				ev = Evidence{Start: i, End: end, Code: s.code, Weight: s.weight, Modifier: s.modifier}
			}
		}
		if capital && t.Text != "The" {
			if end, code := lexMatch(doc, places, i, maxLex); end > ev.End {
				ev = Evidence{Start: i, End: end, Code: code, Weight: 1, Modifier: true}
			} else if end == ev.End && end > i && !ev.Modifier && Base(code) == Base(ev.Code) {
				ev.Modifier = true
			}
		}
		if ev.End == ev.Start {
			i++
			continue
		}
		c.Evidence = append(c.Evidence, ev)
		i = ev.End
	}
	c.datelineBonus()
	for _, ev := range c.Evidence {
		if ev.Code == "EU" || ev.Code == "UN" {
			continue
		}
		c.scores[Base(ev.Code)] += ev.Weight
		if ev.Weight >= 2 {
			c.inst[Base(ev.Code)] += ev.Weight
		}
	}
	for code, s := range c.scores {
		switch {
		case c.top == "" || s > c.scores[c.top] || s == c.scores[c.top] && code < c.top:
			c.second, c.top = c.top, code
		case c.second == "" || s > c.scores[c.second] || s == c.scores[c.second] && code < c.second:
			c.second = code
		}
	}
	return c
}

// lexMatch finds the longest country name, demonym or place of the lexicon
// starting at token i (words separated by single spaces); ps is
// placeStarts().
func lexMatch(doc *lint.Document, ps *wordSet, i, maxWords int) (int, string) {
	toks := doc.Tokens
	if !mayStartPlace(ps, &toks[i]) {
		return i, ""
	}
	last := i
	for n := 1; n < maxWords && i+n < len(toks); n++ {
		t := &toks[i+n]
		if t.Kind == lint.Punct || t.Block != toks[i].Block || doc.Text[toks[i+n-1].Span.End:t.Span.Start] != " " {
			break
		}
		if !t.Has(lint.Capitalized) && !t.Has(lint.AllCaps) {
			if (t.Text != "and" && t.Text != "of") || i+n+1 >= len(toks) || !toks[i+n+1].Has(lint.Capitalized) {
				break
			}
		}
		last = i + n
	}
	for j := last; j >= i; j-- {
		s := doc.Text[toks[i].Span.Start:toks[j].Span.End]
		s, _ = StripPossessive(s)
		if !startsUpper(s) {
			continue
		}
		if toks[i].Has(lint.AllCaps) && j == i && len(s) > 3 {
			s = lexicon.TitleCase(s) // WASHINGTON (Reuters) -
		}
		if code := placeCode(s); code != "" {
			return j + 1, code
		}
	}
	return i, ""
}

// placeCode is the first of lexicon.CountryByName, CountryOfDemonym and
// PlaceCountry of s that is not "", from one lookup of s (each of the
// three looked it up again: lexMatch asks of up to four phrases at each
// capital that may start a place, and in a long article they were the
// most of its lookups).
func placeCode(s string) string {
	p := lexicon.LookupPlace(s)
	if c := p.CountryCode(); c != 0 {
		return c.String()
	}
	if c := lexicon.CountryAfterThe(s); c != 0 {
		return c.String()
	}
	if c := p.DemonymCode(); c != 0 {
		return c.String()
	}
	return p.PlaceCode().String()
}

// placeStarts holds the first words of the lexicon's country names,
// demonyms and places, as written there, behind a sieve.
var placeStarts = sync.OnceValue(func() *wordSet {
	ws := &wordSet{m: make(map[string]bool, 2048)}
	lexicon.EachPlaceKey(func(k string) {
		// A token holds no white space: a phrase that is a key starts
		// with the key's text up to its first white space.
		w := k
		if i := strings.IndexFunc(k, unicode.IsSpace); i >= 0 {
			w = k[:i]
		}
		ws.add(w)
	})
	return ws
})

// wordSet is a set of words with a Bloom filter in front (a few thousand
// words leave most of its bits clear).
type wordSet struct {
	sieve textSieve
	m     map[string]bool
}

func (ws *wordSet) add(w string) {
	if w != "" {
		ws.m[w] = true
		ws.sieve.add(wordHash(w))
	}
}

func (ws *wordSet) has(w string) bool { return w != "" && ws.sieve.has(wordHash(w)) && ws.m[w] }

// mayStartPlace reports whether a lexicon name (CountryByName,
// CountryOfDemonym, PlaceCountry) may start at token t, in a phrase of one
// or more words as lexMatch and Local build them: the token as written,
// without a possessive ending (a phrase of t alone), or in Title case (an
// upper-case word alone). False turns away most capitalised words with no
// lookup of the phrases. ps is placeStarts().
func mayStartPlace(ps *wordSet, t *lint.Token) bool {
	if ps.has(t.Text) {
		return true
	}
	w, stripped := StripPossessive(t.Text)
	if stripped && ps.has(w) { // (unstripped, w is the text just asked)
		return true
	}
	return t.Has(lint.AllCaps) && len(w) > 3 && ps.has(lexicon.TitleCase(w))
}

func startsUpper(s string) bool {
	return s != "" && 'A' <= s[0] && s[0] <= 'Z' || strings.HasPrefix(s, "É")
}

// datelineBonus weighs a dateline ("WASHINGTON (Reuters) -", "Washington _
// Agencies") as strong evidence of where the article is written from.
func (c *Context) datelineBonus() {
	doc := c.Doc
	seen := 0
	for _, b := range doc.Blocks {
		if b.Kind == lint.BlockHeadline || b.EndToken <= b.FirstToken {
			continue
		}
		if seen++; seen > 3 {
			return
		}
		k, ok := c.startIndex(b.FirstToken)
		if !ok {
			continue
		}
		ev := &c.Evidence[k]
		if ev.End < b.EndToken {
			switch doc.Tokens[ev.End].Text {
			case "-", "—", "–", "_", "(", ",", ":":
				if b.EndToken-b.FirstToken <= 8 || doc.Tokens[ev.Start].Has(lint.AllCaps) {
					ev.Weight += 4
					return
				}
			}
		}
	}
}

// ModifierBefore returns the modifier evidence that ends just before token
// end, if any.
func (c *Context) ModifierBefore(end int) (Evidence, bool) {
	k := sort.Search(len(c.Evidence), func(k int) bool { return c.Evidence[k].End >= end })
	if k == len(c.Evidence) || c.Evidence[k].End != end || !c.Evidence[k].Modifier {
		return Evidence{}, false
	}
	return c.Evidence[k], true
}

// At returns the evidence that starts at token i, if any.
func (c *Context) At(i int) (Evidence, bool) {
	k, ok := c.startIndex(i)
	if !ok {
		return Evidence{}, false
	}
	return c.Evidence[k], true
}

// startIndex finds the evidence that starts at token i (evidence does not
// overlap and is in text order).
func (c *Context) startIndex(i int) (int, bool) {
	k := sort.Search(len(c.Evidence), func(k int) bool { return c.Evidence[k].Start >= i })
	return k, k < len(c.Evidence) && c.Evidence[k].Start == i
}

// Dominant returns the country the article is mostly about, if one clearly
// leads, and whether it leads alone (no other country weighs more than a
// fifth of it). A country leads when it has twice the evidence of any
// other, or when its institutions (Congress, Whitehall, "US authorities", a
// dateline) weigh twice those of any other and its evidence is not less:
// an article names the foreign countries it reports on, and the
// institutions of its own.
func (c *Context) Dominant() (code string, exclusive bool) {
	if c.top == "" {
		return "", false
	}
	top, second := c.scores[c.top], 0
	if c.second != "" {
		second = c.scores[c.second]
	}
	if top >= 4 && top >= 2*second+1 {
		return c.top, second*5 <= top
	}
	// The institutional leader.
	lead, leadW, nextW := "", 0, 0
	for code, w := range c.inst {
		switch {
		case w > leadW || w == leadW && code < lead:
			nextW, lead, leadW = leadW, code, w
		case w > nextW:
			nextW = w
		}
	}
	if lead != "" && leadW >= 4 && leadW >= 2*nextW+1 && c.scores[lead] >= c.maxOther(lead) {
		return lead, false
	}
	return "", false
}

func (c *Context) maxOther(code string) int {
	m := 0
	for k, w := range c.scores {
		if k != code && w > m {
			m = w
		}
	}
	return m
}

// Score is the weight of evidence for a country (its base code).
func (c *Context) Score(code string) int { return c.scores[Base(code)] }

// OtherNear reports whether another country than code is named close
// before token i: in its sentence or the previous sentence of its block the
// nearest country named is another one, or other countries weigh more
// there than code; or other countries weigh more than code in the last
// sentence of the previous block.
func (c *Context) OtherNear(code string, i int) bool {
	toks := c.Doc.Tokens
	sents := c.Doc.Sentences
	sent := int(toks[i].Sentence)
	from := sents[sent].FirstToken
	if sent > 0 && sents[sent-1].Block == sents[sent].Block {
		from = sents[sent-1].FirstToken
	}
	own, other, nearestOther := c.weigh(code, from, i)
	if nearestOther || other > own {
		return true
	}
	// The last sentence of the previous block.
	first := sent
	for first > 0 && sents[first-1].Block == sents[sent].Block {
		first--
	}
	if first > 0 {
		own, other, _ = c.weigh(code, sents[first-1].FirstToken, sents[first-1].EndToken)
		return other > own
	}
	return false
}

func (c *Context) weigh(code string, from, to int) (own, other int, nearestOther bool) {
	k := sort.Search(len(c.Evidence), func(k int) bool { return c.Evidence[k].Start >= from })
	for ; k < len(c.Evidence) && c.Evidence[k].Start < to; k++ {
		b := Base(c.Evidence[k].Code)
		switch {
		case b == "EU" || b == "UN":
		case b == Base(code):
			own += c.Evidence[k].Weight
			nearestOther = false
		default:
			other += c.Evidence[k].Weight
			nearestOther = true
		}
	}
	return own, other, nearestOther
}
