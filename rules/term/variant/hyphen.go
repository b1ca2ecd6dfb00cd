package variant

import (
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/term/internal/hyphens"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// markHyphenPairs marks the cells of the keys of the hyphenated pairs of
// the article (every two neighbouring parts of a compound, as addCompound
// listed them in sc.marks) and keeps their Sums, so that openForms also
// finds the open pairs of words with their keys: a cell that holds no
// closed word gets a sentinel word after plains (which no key matches), so
// that pairHits takes its pairs as it takes those of a closed word's cell.
func (sc *buffers) markHyphenPairs(plains []plain) {
	if len(sc.marks) == 0 {
		return
	}
	sc.hyphenSums.Reset(words.Presize(len(sc.marks)))
	for k := range sc.marks {
		m := &sc.marks[k]
		if !m.ok {
			continue
		}
		cell := m.cell
		sc.setHyphenBit(&sc.hyphenBits[cell/64], uint32(cell%64))
		// the parts of a pair (a whole compound of three parts or more has
		// no open form of two words, nor parts in m)
		for k, pc := range m.parts {
			if pc != noPart {
				sc.setHyphenBit(&sc.partBits[k][pc/64], pc%64)
			}
		}
		sc.hyphenSums.Add(words.Sum{H: m.sum})
		sc.anyHyphen = true
		if sc.bucket[cell] < sc.base {
			sc.bucket[cell] = sc.base + int32(len(plains))
		}
	}
	if sc.anyHyphen {
		plains[:len(plains)+1][len(plains)] = plain{next: 0, facts: packFacts(-1, 0, 0, 0, compound)}
	}
}

// hyphenMark is what markHyphenPairs reads of a hyphenated form (a pair of
// neighbouring parts, or a whole compound of three parts or more), in the
// order of cands: addCompound reads it from the parts it splits, so that
// markHyphenPairs splits no compound again.
type hyphenMark struct {
	sum   uint64    // the form's Sum
	cell  uint16    // the cell of its key (when ok: the key is not empty)
	ok    bool      // its key is not empty
	parts [2]uint32 // the partCells of a pair's parts' keys, or noPart
}

// noPart is a hyphenMark's part with no partCell: an empty key, or no pair.
const noPart = ^uint32(0)

// markOf is the hyphenMark of the form w with the Sum sum, whose parts are
// ps; parts are the partCells of a pair's parts.
func (sc *buffers) markOf(w string, ps []words.Part, ascii bool, sum uint64, parts [2]uint32) hyphenMark {
	klen, first, last, ok := sc.pairKeyEnds(w, ps, ascii)
	return hyphenMark{sum: sum, cell: cellOf(klen, first, last), ok: ok, parts: parts}
}

// asciiPairMark is markOf of an ASCII pair of the parts a and b, which
// hold a letter each: its key is theirs lower-cased, read from their ends.
func asciiPairMark(a, b string, sum uint64, parts [2]uint32) hyphenMark {
	return hyphenMark{sum: sum, cell: cellOf(int32(len(a)+len(b)), a[0]|0x20, b[len(b)-1]|0x20), ok: true, parts: parts}
}

// asciiPartCell is the partCell of the key of an ASCII part w of a
// compound that holds a letter: its bytes lower-cased, read from its ends
// as pairKeyEnds reads them.
func asciiPartCell(w string) uint32 {
	return partCell(int32(len(w)), w[0]|0x20, w[len(w)-1]|0x20)
}

// partCellOf is the partCell of the key of the part p of a compound (made
// in sc.key unless ascii), or noPart for an empty key.
func (sc *buffers) partCellOf(p []words.Part, ascii bool) uint32 {
	if klen, first, last, ok := sc.pairKeyEnds(p[0].Text, p, ascii); ok {
		return partCell(klen, first, last)
	}
	return noPart
}

// pairKeyEnds is the length of Key(w) and its first and last bytes ORed
// with 0x20, as the filters read them, and false for an empty key; ps are
// w's parts. The key of an ASCII w is its parts lower-cased, read in place
// (a lower-cased byte ORed with 0x20 is the byte ORed with 0x20); another
// one's is made in sc.key.
func (sc *buffers) pairKeyEnds(w string, ps []words.Part, ascii bool) (klen int32, first, last byte, ok bool) {
	if !ascii {
		sc.key = words.AppendKey(sc.key[:0], w)
		if k := sc.key; len(k) > 0 {
			return int32(len(k)), k[0] | 0x20, k[len(k)-1] | 0x20, true
		}
		return 0, 0, 0, false
	}
	for _, p := range ps {
		if p.Text == "" {
			continue
		}
		if klen == 0 {
			first = p.Text[0] | 0x20
		}
		klen += int32(len(p.Text))
		last = p.Text[len(p.Text)-1] | 0x20
	}
	return klen, first, last, klen > 0
}

// setHyphenBit sets bit b of *w, a word of hyphenBits or partBits, and
// lists the word for clearing.
func (sc *buffers) setHyphenBit(w *uint64, b uint32) {
	if *w == 0 {
		sc.hyphenSet = append(sc.hyphenSet, w)
	}
	*w |= 1 << b
}

// partBits is the size of the part filters: 16384 bits.
const partBits = 14

// partCell hashes a part's key length and end bytes.
func partCell(klen int32, first, last byte) uint32 {
	x := uint64(klen)<<16 | uint64(first)<<8 | uint64(last)
	return uint32(x * 0xff51afd7ed558ccd >> (64 - partBits))
}

// joinsHyphen reports whether the keys of a and b written together are the
// key of a hyphenated pair of the article (long term beside long-term).
func (sc *buffers) joinsHyphen(toks []lint.Token, plains []plain, k int) bool {
	pa, pb := &plains[k-1], &plains[k]
	if !sc.anyHyphen || pa.poss() != 0 {
		return false
	}
	if c := cellOf(pa.klen()+pb.klen(), pa.first(), pb.last()); sc.hyphenBits[c/64]&(1<<(c%64)) == 0 {
		return false
	}
	if c := partCell(pa.klen(), pa.first(), pa.last()); sc.partBits[0][c/64]&(1<<(c%64)) == 0 {
		return false
	}
	if c := partCell(pb.klen(), pb.first(), pb.last()); sc.partBits[1][c/64]&(1<<(c%64)) == 0 {
		return false
	}
	sa, _ := words.KeySum(toks[k-1].Text)
	sb, _ := words.KeySum(words.StripPossessive(toks[k].Text))
	return sc.hyphenSums.Has(words.Join(sa, sb))
}

// role is the place of a two-word form in its sentence.
type role int

const (
	unknownRole role = iota
	modifier         // directly before a word in lower case that is no function word: a long-term plan
	headRole         // before punctuation or a function word, or at the end: in the long term.
)

// roleOf tells the role of form f from the token after it.
func roleOf(doc *lint.Document, f form) role {
	toks := doc.Tokens
	last := f.token
	if f.kind == open {
		last++
	}
	t := &toks[last]
	if f.span.End < t.Span.End {
		// a possessive (the prime-minister's hand) is a noun; a part of a
		// longer compound (year-old in 24-year-old) has the compound's
		// role, not the pair's
		if rest := doc.Text[f.span.End:t.Span.End]; rest == "'s" || rest == "’s" || rest == "'" || rest == "’" {
			return headRole
		}
		return unknownRole
	}
	next := last + 1
	if next >= len(toks) || toks[next].Sentence != t.Sentence {
		return headRole
	}
	u := &toks[next]
	switch {
	case u.Kind == lint.Punct:
		if u.Text == "-" || u.Text == "‐" || u.Text == "'" || u.Text == "’" {
			return unknownRole
		}
		return headRole
	case u.Kind != lint.Word || u.Has(lint.Capitalized) || u.Has(lint.AllCaps):
		return unknownRole
	case u.Text == "and" || u.Text == "or" || u.Text == "but":
		return unknownRole // the hi-tech and the arts worlds: a modifier, coordinated
	case words.Function[u.Text]:
		return headRole
	}
	return modifier
}

// boundPrefixes are prefixes that are no words of their own: an open form
// of a hyphenated compound of one (non financial beside non-financial,
// anti retroviral) is always a slip.
var boundPrefixes = map[string]bool{"non": true, "anti": true, "re": true, "co": true, "pre": true,
	"post": true, "multi": true, "semi": true, "sub": true, "mid": true, "ex": true, "inter": true,
	"counter": true, "ultra": true, "mega": true, "micro": true, "macro": true, "neo": true,
	"quasi": true, "pseudo": true, "self": true, "super": true, "e": true}

// numberWords open compounds of a number (three-months, first-half),
// whose hyphen house styles treat in many ways.
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "last": true, "half": true}

// ageUnit reports whether w is the unit of an age compound (year in a
// five year old boy), which ageCompounds reports whole.
func ageUnit(w string) bool { return w == "year" || w == "month" || w == "week" || w == "day" }

// cardinals are the number words whose compound modifiers every house
// hyphenates (a five-year plan, a seven-match ban); ordinals and half
// (second-half, first-half) are written open and hyphenated by turns.
var cardinals = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true}

// afterPreposition reports whether form f follows a preposition, with or
// without the: then it may be a noun ending an adverbial phrase and the
// word after it the start of the clause (in the long term interest rates
// will rise, at full time the fans), no noun it modifies.
func afterPreposition(doc *lint.Document, f form) bool {
	toks := doc.Tokens
	i := f.token - 1
	for k := 0; k < 2 && i >= 0 && toks[i].Kind == lint.Word && toks[i].Sentence == toks[f.token].Sentence; k++ {
		w := strings.ToLower(toks[i].Text)
		if k == 0 && w == "the" {
			i--
			continue
		}
		return introducers[w] && !nounDeterminers[w] && w != "that" && w != "these" && w != "those" && w != "no" && w != "some" && w != "each"
	}
	return false
}

// introducers are the words after which a noun phrase starts: determiners,
// possessives and prepositions (its lowest-level since, the central-bank,).
var introducers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true,
	"these": true, "those": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"your": true, "my": true, "no": true, "any": true, "each": true, "every": true, "some": true,
	"another": true, "of": true, "in": true, "on": true, "at": true, "for": true, "from": true,
	"with": true, "by": true, "into": true, "about": true, "after": true, "before": true,
	"between": true, "through": true, "during": true, "without": true, "against": true,
	"until": true, "since": true, "over": true, "under": true, "among": true, "via": true, "whose": true,
	"to": true}

// introduced reports whether the word before form f opens a noun phrase.
func introduced(doc *lint.Document, f form) bool {
	i := f.token - 1
	toks := doc.Tokens
	if i < 0 || toks[i].Kind != lint.Word || toks[i].Sentence != toks[f.token].Sentence {
		return false
	}
	w := strings.ToLower(toks[i].Text)
	return introducers[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// hyphenOpen reports the forms of a term written hyphenated and open (and
// never closed up) that cannot both be right, and returns reported with
// them. A hyphenated and an open form differ by role as often as not (a
// long-term plan, in the long term), so only these are reported:
//   - an open form of a compound of a bound prefix (non financial);
//   - a hyphenated pair that is no word closed up nor a hyphenated word of
//     news copy (interest-rates, unlike team-mates or dressing-room), of
//     two parts, used as a noun after a
//     determiner, possessive or preposition and before punctuation or a
//     function word (its lowest-level since), when the article writes it
//     open at least as often;
//   - a pair that is a word closed up (team-mates, half-time) written both
//     ways as a noun: the fewer, or the open ones on a tie.
func hyphenOpen(p *lint.Pass, key string, fs []form, reported map[lint.Span]bool) map[lint.Span]bool {
	doc := p.Doc
	var n [3]int
	for _, f := range fs {
		n[f.kind]++
	}
	if n[hyphen] == 0 || n[open] == 0 || n[closed] != 0 {
		return reported
	}
	var first string // the first part, from a hyphenated form
	for _, f := range fs {
		if f.kind == hyphen {
			first, _, _ = strings.Cut(f.text, "-")
			first = strings.ToLower(first)
			break
		}
	}
	roles := make([]role, len(fs))
	var head, mod [3]int
	for i, f := range fs {
		roles[i] = roleOf(doc, f)
		if nounBeforeClause(doc, f, roles[i]) {
			roles[i] = headRole // the central-bank told, a hamstring-injury and he
		}
		switch roles[i] {
		case headRole:
			head[f.kind]++
		case modifier:
			mod[f.kind]++
		}
	}
	// a word closed up (teammates), hyphenated or closed even as a noun;
	// a hyphenated compound of news copy (dressing-room, hat-trick) is no
	// phrase hyphenated by a slip either
	word := lexicon.IsCommonWord(key)
	known := knownCompound(fs)
	pick := func(i int) string {
		f := fs[i]
		switch {
		case boundPrefixes[first] && f.kind == open:
			return "prefix"
		case roles[i] == headRole && word && head[hyphen] > 0 && head[open] > 0:
			if f.kind == open && head[open] <= head[hyphen] || f.kind == hyphen && head[hyphen] < head[open] {
				return "noun"
			}
		case !word && !known && f.kind == hyphen && !boundPrefixes[first] && strings.Count(f.text, "-") == 1 &&
			fs[i].span == wholeWord(doc, f) && !digitStart(f.text) && !numberWords[first] && n[open] >= n[hyphen] &&
			(roles[i] == headRole && introduced(doc, f) ||
				(n[open] > n[hyphen] || head[open] > 0) && roles[i] == headRole && !predicative(doc, f)):
			return "phrase"
		case f.kind == open && roles[i] == modifier && known && !word && mod[hyphen] > 0 && n[hyphen] > n[open] &&
			(!numberWords[first] || cardinals[first]) && !afterPreposition(doc, f) && !ageUnit(first):
			return "modifier"
		}
		return ""
	}
	for i, f := range fs {
		why := pick(i)
		if why == "" || reported[f.span] {
			continue
		}
		// the nearest form of the other kind, for the message
		ref := -1
		for j, g := range fs {
			if g.kind != f.kind && (ref < 0 || abs(g.span.Start-f.span.Start) < abs(fs[ref].span.Start-f.span.Start)) {
				ref = j
			}
		}
		other := fs[ref]
		line := doc.LineOf(other.span.Start)
		var want, msg string
		if f.kind == open {
			want = joinOpen(f.text, "-")
			switch why {
			case "prefix":
				msg = fmt.Sprintf("%q is written open here but %q (hyphenated) elsewhere, first near line %d: %q is no word of its own", f.text, other.text, line, first)
			case "modifier":
				msg = fmt.Sprintf("%q is written open here, before a noun, but hyphenated as a modifier (%q) on line %d", f.text, other.text, line)
			default:
				msg = fmt.Sprintf("%q is written open here but %q (hyphenated) in the same place in the sentence on line %d", f.text, other.text, line)
			}
		} else {
			want = strings.Replace(f.text, "-", " ", 1)
			switch why {
			case "phrase":
				msg = fmt.Sprintf("%q is hyphenated here, where it is a noun, but written %q (open) on line %d", f.text, other.text, line)
			default:
				msg = fmt.Sprintf("%q is hyphenated here but written %q (open) in the same place in the sentence on line %d", f.text, other.text, line)
			}
		}
		if reported == nil {
			reported = map[lint.Span]bool{}
		}
		reported[f.span] = true
		p.Report(lint.Diagnostic{
			Span:    f.span,
			Message: msg,
			Related: []lint.Related{{Span: other.span, Message: fmt.Sprintf("%q here", other.text)}},
			Fixes:   fixes.One(fmt.Sprintf("Use %q", want), f.span, want, false),
		})
	}
	return reported
}

// knownCompound reports whether the hyphenated form of fs is a compound
// news copy uses (hyphens.Known).
func knownCompound(fs []form) bool {
	for _, f := range fs {
		if f.kind == hyphen {
			return hyphens.Known(strings.ToLower(f.text))
		}
	}
	return false
}

// wholeWord is the span of the token of f without its possessive.
func wholeWord(doc *lint.Document, f form) lint.Span {
	t := &doc.Tokens[f.token]
	w := words.StripPossessive(t.Text)
	return lint.Span{Start: t.Span.Start, End: t.Span.Start + len(w)}
}

func digitStart(w string) bool { return w != "" && '0' <= w[0] && w[0] <= '9' }

// joinOpen joins the words of an open form (which may be broken over a
// line) with sep.
func joinOpen(text, sep string) string {
	return strings.Join(strings.Fields(text), sep)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// predicative reports whether the word before form f is one after which a
// compound may stand as an adjective or adverb, not a noun: a copula, an
// adverb of degree (the damage is long-term, became more high-profile), or
// any other function word that opens no noun phrase (cheap and long-term,
// what long-term means). To opens a noun phrase as often as a verb (calls
// to call-centres); the verbs hyphenated after it (to follow-up, to
// fast-track) are compounds of news copy, which are not compared.
func predicative(doc *lint.Document, f form) bool {
	i := f.token - 1
	toks := doc.Tokens
	if i < 0 || toks[i].Sentence != toks[f.token].Sentence {
		return false
	}
	if toks[i].Kind != lint.Word {
		return false
	}
	w := strings.ToLower(toks[i].Text)
	if introducers[w] {
		return false
	}
	// a function word that opens no noun phrase (and, what, whether) may
	// go on with a predicate as well: cheap and long-term.
	return predicatives[w] || words.Function[w] || len(w) >= 6 && strings.HasSuffix(w, "ly") && !lyAdjectives[w]
}

// lyAdjectives end in -ly but are adjectives or nouns, no adverbs of degree
// (the monthly audience-share).
var lyAdjectives = map[string]bool{"family": true, "weekly": true, "monthly": true, "yearly": true,
	"quarterly": true, "elderly": true, "friendly": true, "costly": true, "deadly": true, "lonely": true,
	"lively": true, "orderly": true, "hourly": true, "nightly": true, "italy": true, "assembly": true,
	"supply": true, "butterfly": true, "poly": true, "anomaly": true, "monopoly": true, "rally": true}

// predicatives are the words after which a compound is an adjective or an
// adverb: copulas, adverbs of degree, modals, negation.
var predicatives = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "being": true, "am": true, "become": true, "becomes": true, "became": true,
	"becoming": true, "seem": true, "seems": true, "seemed": true, "remain": true, "remains": true,
	"remained": true, "look": true, "looks": true, "looked": true, "feel": true, "feels": true,
	"felt": true, "get": true, "gets": true, "got": true, "go": true, "goes": true, "went": true,
	"going": true, "gone": true, "work": true, "works": true, "worked": true, "working": true,
	"very": true, "more": true, "most": true, "so": true, "too": true, "as": true, "less": true,
	"least": true, "how": true, "quite": true, "rather": true, "pretty": true, "than": true,
	"not": true, "will": true, "would": true, "can": true, "could": true, "should": true,
	"may": true, "might": true, "must": true, "shall": true, "it": true, "stay": true, "stays": true,
	"stayed": true, "turn": true, "turned": true, "turns": true, "fully": true}

// nounBeforeClause reports whether the compound of form f, in role r, is
// followed by what can only follow a noun: a conjunction that goes on with
// a clause (a hamstring-injury and he will undergo a test, the legal-action
// and could not comment; not the hi-tech and the arts worlds, where the
// compound modifies), or a verb (the central-bank told Reuters, the
// home-crowd breathed a sigh; not a high-profile televised debate).
func nounBeforeClause(doc *lint.Document, f form, r role) bool {
	if r == headRole {
		return false
	}
	toks := doc.Tokens
	last := f.token
	if f.kind == open {
		last++
	}
	if last >= len(toks) || f.span.End != toks[last].Span.End {
		return false // a part of a longer compound
	}
	next := last + 1
	if next+1 >= len(toks) || toks[next].Sentence != toks[f.token].Sentence || toks[next].Kind != lint.Word ||
		toks[next+1].Sentence != toks[next].Sentence || toks[next+1].Kind != lint.Word {
		return false
	}
	if r == modifier && !predicative(doc, f) {
		// a verb after the compound, and the verb no participle before a noun
		v := strings.ToLower(toks[next].Text)
		after := strings.ToLower(toks[next+1].Text)
		return clauseVerbs[v] || len(v) >= 6 && strings.HasSuffix(v, "ed") && words.Function[after] ||
			len(v) >= 5 && strings.HasSuffix(v, "es") && objectOpeners[after]
	}
	if r != unknownRole || predicative(doc, f) {
		return false
	}
	switch toks[next].Text {
	case "and", "or", "but":
		return clauseOpeners[strings.ToLower(toks[next+1].Text)]
	}
	return false
}

// objectOpeners open the object of a verb in -es after a compound (the
// base-station processes the information).
var objectOpeners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true}

// clauseVerbs are verb forms that are no nouns nor adjectives: after a
// compound, the compound is their subject (the central-bank told Reuters).
var clauseVerbs = map[string]bool{"told": true, "tells": true, "added": true, "came": true, "comes": true,
	"went": true, "goes": true, "found": true, "finds": true, "took": true, "takes": true, "gave": true,
	"gives": true, "became": true, "becomes": true, "began": true, "begins": true, "remained": true,
	"remains": true, "warned": true, "warns": true, "announced": true, "announces": true,
	"claimed": true, "claims": true, "insisted": true, "insists": true, "argued": true, "argues": true,
	"admitted": true, "admits": true, "refused": true, "refuses": true, "decided": true, "decides": true,
	"agreed": true, "agrees": true, "wanted": true, "wants": true, "needs": true, "seemed": true,
	"seems": true, "appeared": true, "appears": true, "rose": true, "fell": true, "grew": true,
	"saw": true, "sees": true, "knew": true, "knows": true, "thought": true, "thinks": true,
	"believes": true, "believed": true, "expects": true, "expected": true, "hopes": true, "hoped": true}

// clauseOpeners open a clause after and, or or but: pronouns, modals and
// auxiliaries, to, not (a hamstring-injury and he will, the legal-action
// and could not comment); a determiner or an adjective may start a noun
// phrase the compound modifies too (the hi-tech and the arts worlds).
var clauseOpeners = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "you": true, "who": true, "which": true, "to": true, "will": true, "would": true,
	"could": true, "can": true, "should": true, "may": true, "might": true, "must": true, "has": true,
	"have": true, "had": true, "is": true, "are": true, "was": true, "were": true, "then": true,
	"also": true, "not": true, "said": true, "says": true}
