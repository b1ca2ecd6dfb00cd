// Package variety implements spelling-variety: British and American (and
// Canadian, Australian) spellings mixed in one article.
package variety

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
)

//go:embed doc.md
var doc string

// Rule is spelling-variety. Its result is a *Result, which rules that
// depend on the article's variety read.
var Rule = &lint.Rule{
	Name:     "spelling-variety",
	Summary:  "A word spelt in another variety of English than the rest of the article (canceled in British copy).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

// Varieties and their VarCon categories.
const (
	GB = "en-GB"
	US = "en-US"
	CA = "en-CA"
	AU = "en-AU"
	// IN is Indian English: British spelling with some American forms
	// (program). It is never an article's Variety, only its Mixed.
	IN = "en-IN"
)

func category(v string) (varcon.Category, bool) {
	if v == "" {
		return 0, false // (most articles and configurations declare none)
	}
	switch strings.ToLower(v) {
	case "en-us", "us", "american":
		return varcon.American, true
	case "en-gb", "gb", "uk", "en-uk", "british", "en-gb-oxendict", "en-gb-oed":
		return varcon.British, true
	case "en-ca", "ca", "canadian":
		return varcon.Canadian, true
	case "en-au", "au", "australian":
		return varcon.Australian, true
	}
	return 0, false
}

func canonical(v string) string {
	c, ok := category(v)
	if !ok {
		return ""
	}
	switch c {
	case varcon.American:
		return US
	case varcon.Canadian:
		return CA
	case varcon.Australian:
		return AU
	}
	return GB
}

// level is the acceptance of e in category c; British accepts both -ise
// and -ize (their mixing is spelling-ize's business).
func level(e varcon.Entry, c varcon.Category) uint8 {
	if c == varcon.British && e.Level[varcon.BritishIZE] < e.Level[varcon.British] {
		return e.Level[varcon.BritishIZE]
	}
	return e.Level[c]
}

func repl(e varcon.Entry, c varcon.Category) string {
	if c == varcon.British && e.Repl(varcon.British) == "" {
		return e.Repl(varcon.BritishIZE)
	}
	return e.Repl(c)
}

// marker says which variety an occurrence is an unambiguous sign of:
// preferred there and not preferred in the other.
func marker(e varcon.Entry) string {
	us := e.Level[varcon.American] == varcon.Preferred
	gb := level(e, varcon.British) == varcon.Preferred
	switch {
	case us && !gb:
		return US
	case gb && !us:
		return GB
	}
	return ""
}

func run(p *lint.Pass) (any, error) {
	doc := p.Doc
	stops := stopLists.GetFor(len(doc.Tokens))
	words := wordLists.GetFor(len(doc.Tokens))
	occ, list := varcon.ScanStops(doc, factStops, (*stops)[:0], (*words)[:0])
	*stops = list
	defer stopLists.PutFor(stops, len(doc.Tokens), cap(list))
	res := &Result{Words: occ, words: words, ntoks: len(doc.Tokens)}
	// Count the markers outside names and sense-dependent words.
	for i := range occ {
		o := &occ[i]
		if o.Name {
			continue
		}
		if britishOnly[o.Lower] {
			res.GB++
			continue
		}
		if senseDependent[o.Lower] {
			continue
		}
		switch marker(*o.Entry) {
		case US:
			res.US++
		case GB:
			res.GB++
		}
	}
	j := judgement{stops: list}
	decided, _ := j.judge(p, occ, res, false)
	why := "" // made for the first message
	res.Variety = decided
	cat, ok := category(decided)
	if !ok {
		return res, nil
	}
	reportNames(p, occ, cat, p.Config != nil && strings.Contains(strings.ToLower(p.Config.Variety), "oxendict"))
	memo := newSenseMemo(doc, occ)
	for i := range occ {
		o := &occ[i]
		if o.Name && !translatedName(doc, o) {
			continue
		}
		if res.Mixed != "" && mixedByDesign(o, res.Mixed) {
			continue
		}
		want, ok := expected(memo, o, cat)
		if !ok {
			continue
		}
		if (decided == US && res.GB == 1 && res.US <= 1 || decided == GB && res.US == 1 && res.GB <= 1) && QuotedFragment(doc, o.Span.Start) {
			// The other side's only spelling, in words quoted into the
			// sentence, where the writer's own words spell at most one
			// word of the article's side (a "long-term partnership
			// programme", as a British museum's statement put it, in AP
			// copy judged by its conventions): the source's own spelling.
			continue
		}
		want = varcon.MatchCase(o.Text, want)
		if why == "" {
			_, why = j.judge(p, occ, res, true)
		}
		p.Report(lint.Diagnostic{
			Span:    o.Span,
			Message: fmt.Sprintf("%q is %s spelling; this article is %s (%s): write %q", o.Text, otherName(*o.Entry, cat), countryName[decided], why, want),
			Fixes:   fixes.One(fmt.Sprintf("Use %q", want), o.Span, want, true),
		})
	}
	return res, nil
}

// judgement is what judge reads once and may need twice: the facts of the
// article besides its spellings (once read), from the tokens of stops.
type judgement struct {
	stops []int32 // the tokens varcon.ScanStops listed for factStops
	facts facts
	read  bool // facts is read
}

// stopLists holds the lists of tokens that run has varcon.ScanStops fill.
// A list has a few tokens in a hundred, so it is put back by the
// document's length (scratch.Pool.PutFor): a long document's goes to the
// side that only the next document that long takes, on any processor.
var stopLists scratch.Pool[[]int32]

// judge decides the variety of the article whose words are occ, with the
// markers counted in res, and sets res.Mixed; with explain, it also says
// why, for the messages (most articles report nothing, so run judges
// without and asks again for the first message).
func (j *judgement) judge(p *lint.Pass, occ []varcon.Occurrence, res *Result, explain bool) (decided, why string) {
	doc := p.Doc
	if p.Config != nil {
		decided = canonical(p.Config.Variety)
	}
	if explain {
		why = "set in the configuration"
	}
	// The language the page declares (<html lang="en-AU">) is a content
	// system's setting, often its default (en-US on British sites): it
	// only says which words a regional variety spells both ways, and
	// decides an article its spellings and conventions leave open.
	declared := canonical(doc.Lang)
	if decided == "" {
		// Spelling markers count one each; the house conventions (Mr or
		// Mr., per cent or percent) add one and a half to the side they
		// clearly favour; the country the article is about breaks a tie.
		if res.GB+res.US > 0 || houseDecides(occ) {
			if !j.read {
				j.facts, j.read = factsAt(doc.Tokens, j.stops), true
				j.facts.wordConventions(occ)
			}
			f := j.facts // a copy: quotes adds to it
			// In copy that leans to Canada, Australia or India the words
			// whose both forms its convention accepts are no markers.
			res.Mixed = f.lean()
			if res.Mixed == "" && (declared == AU || declared == CA) {
				res.Mixed = declared
			}
			nGB, nUS := res.GB, res.US
			if res.Mixed != "" {
				nGB, nUS = markers(occ, res.Mixed)
			}
			gb, us := 2*nGB, 2*nUS
			conv := f.conventions()
			if conv == "" && gb-us <= 2 && us-gb <= 2 {
				// a close call the other conventions leave open: the
				// punctuation of quoted fragments tells too (read only
				// then, being a walk over every token)
				f.quotes(doc)
				conv = f.conventions()
			}
			switch conv {
			case GB:
				gb += 3
			case US:
				us += 3
			}
			if res.Mixed == IN || res.Mixed == AU {
				gb += 3 // Indian and Australian spelling is British at heart
			}
			note := ""
			if conv != "" && explain {
				// (the conventions the article shows: "Mr, per cent, £3bn"
				// as examples read as if it had them)
				note = fmt.Sprintf(" and %s conventions (%s)", countryName[conv], f.conventionNames(conv))
			}
			if explain && (res.Mixed == IN || res.Mixed == AU && f.regionContext() != AU) {
				note += "; the article is about " + aboutName[res.Mixed]
			}
			switch {
			case nGB+nUS == 0 && res.GB+res.US == 0 && conv != "" && res.Mixed == "" && f.regionContext() == "" && f.conventionsOf(!hasMixedWord(occ)) == conv:
				// No spelling marks the variety, but the house conventions
				// do, and the article has words whose spelling they decide
				// (a lone program for a broadcast, apologized).
				decided = conv
				if explain {
					why = fmt.Sprintf("no other spelling tells, but its %s", strings.TrimPrefix(note, " and "))
				}
			case nGB+nUS == 0:
				// only words the article's convention spells both ways
			case gb > us:
				decided = GB
				if explain {
					why = fmt.Sprintf("%d British against %d American spellings%s", nGB, nUS, note)
				}
			case us > gb:
				decided = US
				if explain {
					why = fmt.Sprintf("%d American against %d British spellings%s", nUS, nGB, note)
				}
			case conv == "" && f.undotted >= 2 && f.convUS == 0:
				// A tie no convention decides, in copy that writes the US
				// without points (American papers write U.S. in the text):
				// British copy about America, whatever the country it is
				// about.
				decided = GB
				if explain {
					why = fmt.Sprintf("%d British and %d American spellings; the article writes US, not U.S.", nGB, nUS)
				}
			default:
				decided = f.countryContext()
				if explain {
					why = fmt.Sprintf("%d British and %d American spellings; the article is about %s", nGB, nUS, aboutName[decided])
				}
			}
			// An article about Australia or Canada, or leaning to Canada,
			// is written in its spelling, unless it is American wire copy
			// filed from there: American spellings only, and American
			// conventions (SYDNEY (AP) — the harbor, a.m.; TORONTO (AP) —
			// traveled).
			wire := decided == US && nGB == 0 && nUS >= 2 && conv == US
			if r := f.regionContext(); r != "" && decided != "" && !wire {
				decided = r
				if explain {
					why += "; the article is about " + map[string]string{AU: "Australia", CA: "Canada"}[r]
				}
			} else if res.Mixed != CA && decided != "" && !wire && f.ca >= 3 && f.ca > f.gb+f.au+f.in && canadianFit(occ, nGB, nUS) {
				// Copy about Canada, without a dateline and with more American
				// mentions than Canadian ones, that spells the Canadian mix
				// (labour and colour beside analyze): Canadian spelling
				// explains its markers better than either other variety.
				decided, res.Mixed = CA, CA
				if explain {
					why = fmt.Sprintf("%d British and %d American spellings, most of them as Canada spells them; the article is about Canada", nGB, nUS)
				}
			} else if res.Mixed == CA && decided != "" && !wire {
				// Canadian copy leaning to Canada that still has markers once
				// the spellings Canada prefers are left out: those are not
				// Canadian (traveled, catalog).
				decided = CA
				if explain {
					why += "; the article leans to Canada (its datelines and places)"
				}
			}
		}
		switch {
		case decided == "" && declared != "" && res.GB+res.US > 0:
			decided = declared
			if explain {
				why = fmt.Sprintf("%d British and %d American spellings; the page declares lang=%q", res.GB, res.US, doc.Lang)
			}
		case decided == GB && declared == AU:
			decided = AU
			if explain {
				why += fmt.Sprintf("; the page declares lang=%q", doc.Lang)
			}
		}
	}
	return decided, why
}

// wordConventions counts the conventionWords of occ.
func (f *facts) wordConventions(occ []varcon.Occurrence) {
	for i := range occ {
		switch conventionWords[occ[i].Lower] {
		case "":
			continue
		case US:
			f.convUS++
			f.wordUS++
			f.seenUS |= convWord
		case GB:
			f.convGB++
			f.wordGB++
			f.seenGB |= convWord
		}
		for k, w := range conventionWordList {
			if w == occ[i].Lower {
				f.seenWords |= 1 << k
			}
		}
	}
}

// houseDecides reports whether occ, an article's words without a
// spelling marker, has a word whose spelling the house conventions alone
// would decide: an -ize or -ise word (spelling-ize reads the variety) or a
// sense-dependent word that senseSlip may find (program, license, meter,
// judgment).
func houseDecides(occ []varcon.Occurrence) bool {
	for i := range occ {
		o := &occ[i]
		if o.Name {
			continue
		}
		switch o.Lower {
		case "program", "programs", "license", "licenses", "meter", "meters", "judgment", "judgments":
			return true
		}
		if e := o.Entry; e.Level[varcon.British] != e.Level[varcon.BritishIZE] {
			return true
		}
	}
	return false
}

// hasMixedWord reports whether occ has one of the mixedWords outside a
// name (a program, which Australian copy writes in every sense: its US
// without points does not make such copy British).
func hasMixedWord(occ []varcon.Occurrence) bool {
	for i := range occ {
		if !occ[i].Name && mixedWords[occ[i].Lower] {
			return true
		}
	}
	return false
}

// mixedWords are words whose both spellings Canadian, Australian and
// Indian copy accept (program for a plan or a broadcast, judgment,
// enrol and enroll).
var mixedWords = setOf("program", "programs", "programmed", "programming", "programme", "programmes",
	"judgment", "judgments", "judgement", "judgements", "enrol", "enrols", "enroll", "enrolls",
	"enrolled", "enrolling", "enrolment", "enrolments", "enrollment", "enrollments")

// canadianColor is color, which Canadian copy writes beside colour.
var canadianColor = setOf("color", "colors", "colored", "coloring", "colour", "colours", "coloured", "colouring")

// mixedByDesign reports whether o is a spelling that the convention of
// region (CA, AU or IN), which mixes British and American forms, accepts
// besides the other: the mixedWords everywhere; -ize and -ise (analyze,
// analyse) in Canadian and Indian copy; and the spellings Canadian
// dictionaries prefer (analyze, centre) and color in Canadian copy.
func mixedByDesign(o *varcon.Occurrence, region string) bool {
	if mixedWords[o.Lower] {
		return true
	}
	if o.Entry == nil || region == AU {
		return false
	}
	e := o.Entry
	if region == CA && (e.Level[varcon.Canadian] == varcon.Preferred || canadianColor[o.Lower]) {
		return true
	}
	// -ise beside -ize: the two British columns differ.
	return e.Level[varcon.British] != e.Level[varcon.BritishIZE] &&
		(e.Level[varcon.British] == varcon.Preferred || e.Level[varcon.BritishIZE] == varcon.Preferred)
}

// aboutName names the country an article is about, for the message.
var aboutName = map[string]string{GB: "Britain", US: "the United States", IN: "India", AU: "Australia", "": "no one country"}

// markers counts the British and American markers of occ as run does,
// leaving out the words whose both forms the convention of region accepts.
func markers(occ []varcon.Occurrence, region string) (gb, us int) {
	for i := range occ {
		o := &occ[i]
		if o.Name || mixedByDesign(o, region) {
			continue
		}
		if britishOnly[o.Lower] {
			gb++
			continue
		}
		if senseDependent[o.Lower] {
			continue
		}
		switch marker(*o.Entry) {
		case US:
			us++
		case GB:
			gb++
		}
	}
	return gb, us
}

// canadianFit reports whether Canadian spelling explains the markers of occ
// (nGB British and nUS American ones) better than British or American
// spelling: Canada prefers spellings of both sides of them (labour and
// analyze), and fewer of them are not Canadian than are not British, or not
// American.
func canadianFit(occ []varcon.Occurrence, nGB, nUS int) bool {
	gbSide, usSide, misfit := 0, 0, 0
	for i := range occ {
		o := &occ[i]
		if o.Name || britishOnly[o.Lower] || senseDependent[o.Lower] {
			continue
		}
		m := marker(*o.Entry)
		if m == "" {
			continue
		}
		switch {
		case o.Entry.Level[varcon.Canadian] != varcon.Preferred && !canadianColor[o.Lower]:
			misfit++
		case m == GB:
			gbSide++
		default:
			usSide++
		}
	}
	return gbSide > 0 && usSide > 0 && misfit < nGB && misfit < nUS
}

var countryName = map[string]string{GB: "British", US: "American", CA: "Canadian", AU: "Australian", "": "undecided"}

// otherName names the variety a word belongs to, for the message.
func otherName(e varcon.Entry, c varcon.Category) string {
	if c != varcon.American && e.Level[varcon.American] == varcon.Preferred {
		return "American"
	}
	if c != varcon.British && level(e, varcon.British) == varcon.Preferred {
		return "British"
	}
	if otherOnly(e, c) {
		if c == varcon.British {
			return "American"
		}
		return "British"
	}
	return "a variant"
}

// expected returns the spelling that category c wants instead of o, if o
// is a clear slip in c.
func expected(m *senseMemo, o *varcon.Occurrence, c varcon.Category) (string, bool) {
	if c == varcon.Australian && strings.HasPrefix(o.Text, "Labor") {
		// the Australian Labor Party, spelt so in Australian copy
		return "", false
	}
	if s, ok := senseSlip(m, o, c); ok || senseDependent[o.Lower] {
		return s, ok
	}
	e := *o.Entry
	switch lv := level(e, c); {
	case lv == varcon.Preferred:
		return "", false
	case lv == varcon.Variant && !doubledL(o.Lower, repl(e, c)):
		// A variant the category's dictionaries accept (British aging,
		// judgment, advisor) is no slip; but American copy does not double
		// the l of canceled, traveled.
		return "", false
	}
	// Only words preferred in another of the main varieties: a word that
	// is a mere variant everywhere is not a variety slip, unless it is a
	// spelling of the other main variety that this one does not have at
	// all (archeology, cancelation in British copy; connexion, foetal in
	// American copy).
	if e.Level[varcon.American] != varcon.Preferred && level(e, varcon.British) != varcon.Preferred && !otherOnly(e, c) {
		return "", false
	}
	r := repl(e, c)
	return r, r != ""
}

// otherOnly reports whether e is absent from c, American or British, and
// used (if seldom) in the other of the two.
func otherOnly(e varcon.Entry, c varcon.Category) bool {
	switch c {
	case varcon.British:
		return level(e, c) == varcon.Absent && e.Level[varcon.American] <= varcon.Seldom
	case varcon.American:
		return e.Level[c] == varcon.Absent && level(e, varcon.British) <= varcon.Seldom
	}
	return false
}

// reportNames reports a name written two ways in the article, once in the
// article's spelling and once in another ("Food and Agriculture
// Organisation" … "Food and Agriculture Organization"): the same word
// between the same capitalised neighbours. Names written only one way keep
// their spelling.
func reportNames(p *lint.Pass, occ []varcon.Occurrence, c varcon.Category, oxford bool) {
	strict := c
	if c == varcon.British && oxford {
		strict = varcon.BritishIZE
	}
	own := map[nameKey]int{} // → the first occurrence in the article's spelling
	for i := range occ {
		o := &occ[i]
		if !o.Name || o.Entry.Level[strict] != varcon.Preferred || senseDependent[o.Lower] {
			continue
		}
		for _, k := range nameKeys(o) {
			if _, ok := own[k]; !ok {
				own[k] = i
			}
		}
	}
	if len(own) == 0 {
		return
	}
	for i := range occ {
		o := &occ[i]
		if !o.Name || o.Entry.Level[strict] == varcon.Preferred || senseDependent[o.Lower] {
			continue
		}
		for _, k := range nameKeys(o) {
			j, ok := own[k]
			if !ok || occ[j].Lower == o.Lower {
				continue
			}
			mine := &occ[j]
			want := varcon.MatchCase(o.Text, mine.Text)
			line := p.Doc.LineOf(mine.Span.Start)
			p.Report(lint.Diagnostic{
				Span:    o.Span,
				Message: fmt.Sprintf("the name is written with %q on line %d; %q here is another spelling", mine.Text, line, o.Text),
				Related: []lint.Related{{Span: mine.Span, Message: "the article's spelling of the name"}},
				Fixes:   fixes.One(fmt.Sprintf("Use %q as on line %d", want, line), o.Span, want, true),
			})
			break
		}
	}
}

type nameKey = struct{ lemma, side, word string }

func nameKeys(o *varcon.Occurrence) []nameKey {
	l := lemma(o)
	var ks []nameKey
	if o.Prev != "" {
		ks = append(ks, nameKey{l, "prev", o.Prev})
	}
	if o.Next != "" {
		ks = append(ks, nameKey{l, "next", o.Next})
	}
	return ks
}

// lemma identifies a word across varieties: its American spelling.
func lemma(o *varcon.Occurrence) string {
	if o.Entry.Level[varcon.American] != varcon.Preferred && o.Entry.Repl(varcon.American) != "" {
		return o.Entry.Repl(varcon.American)
	}
	return o.Lower
}

// doubledL reports whether w is r with one l doubled (cancelled/canceled).
func doubledL(w, r string) bool {
	if len(w) != len(r)+1 {
		return false
	}
	i := strings.Index(w, "ll")
	return i >= 0 && w[:i]+w[i+1:] == r
}

// QuotedFragment reports whether the word at off stands in a short quoted
// fragment that is part of the writer's sentence: quotation marks of at
// most eight words right after a word of the sentence (called it "a
// center of excellence"; under a "partnership programme"), not a quotation
// introduced by a comma or colon or opening a sentence, which the writer
// transcribes in the house spelling.
func QuotedFragment(doc *lint.Document, off int) bool {
	toks := doc.Tokens
	k := doc.TokenAt(off)
	if k < 0 || k >= len(toks) || !toks[k].Has(lint.InQuote) {
		return false
	}
	b := toks[k].Block
	j := k
	for j > 0 && toks[j-1].Has(lint.InQuote) && toks[j-1].Block == b {
		j--
	}
	e := k
	for e+1 < len(toks) && toks[e+1].Has(lint.InQuote) && toks[e+1].Block == b {
		e++
	}
	words := 0
	for i := j; i <= e; i++ {
		if toks[i].Kind == lint.Word {
			words++
		}
	}
	if words > 8 {
		return false
	}
	// j-1 is the opening mark; the token before it must be a word of the
	// same sentence.
	if j < 2 || toks[j-1].Kind != lint.Punct || toks[j-2].Block != b {
		return false
	}
	w := &toks[j-2]
	return w.Kind == lint.Word && doc.SentenceOf(w.Span.Start) == doc.SentenceOf(toks[k].Span.Start)
}
