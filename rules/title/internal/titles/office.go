package titles

import (
	"sort"
	"strings"
	"sync"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

// Category is the kind of post a title names.
type Category int

const (
	NoCategory Category = iota
	Government          // ministers, secretaries, heads of state and government
	Party               // party leaders
	Company             // chairman, chief executive, finance director…
)

// Office is a personal title given before a name, classified.
type Office struct {
	Cat Category
	// Key identifies the post within its category: "prime", "president",
	// "home", "trade+industry", "conservative", "ceo". "*" is any post of
	// the category (a bare "minister", a "Home Office minister").
	Key   string
	Words []string // the portfolio words, for the shortened-form test
	Org   string   // the organisation named before a company post
	// Modifier is set when a word makes the post not a current one, or a
	// different one: former, shadow, acting, deputy, then…
	Modifier string
	Country  string    // an explicit country before the title
	Span     lint.Span // the title as written (portfolio and head), in Text
	Start    int       // first token of Span
}

type head struct {
	words []string // in text order, lower case
	cat   Category
	key   string // fixed key, or "" to take the portfolio
}

var heads = func() []head {
	hs := []head{
		{[]string{"prime", "minister"}, Government, "prime"},
		{[]string{"premier"}, Government, "prime"},
		{[]string{"taoiseach"}, Government, "prime"},
		{[]string{"tánaiste"}, Government, "tanaiste"},
		{[]string{"tanaiste"}, Government, "tanaiste"},
		{[]string{"pm"}, Government, "prime"},
		{[]string{"first", "minister"}, Government, "first"},
		{[]string{"chief", "minister"}, Government, "chief"},
		{[]string{"president"}, Government, "president"},
		{[]string{"chancellor", "of", "the", "exchequer"}, Government, "finance"},
		{[]string{"lord", "chancellor"}, Government, "lord chancellor"},
		{[]string{"chancellor"}, Government, "finance"},
		{[]string{"attorney", "general"}, Government, "attorney general"},
		{[]string{"attorney-general"}, Government, "attorney general"},
		{[]string{"secretary", "of", "state"}, Government, "foreign"},
		{[]string{"senator"}, Government, "senate"},
		{[]string{"state", "senator"}, Government, "state senate"},
		{[]string{"state", "sen", "."}, Government, "state senate"},
		{[]string{"state", "representative"}, Government, "state house"},
		{[]string{"state", "rep", "."}, Government, "state house"},
		{[]string{"assemblyman"}, Government, "assembly"},
		{[]string{"assemblywoman"}, Government, "assembly"},
		{[]string{"assemblymember"}, Government, "assembly"},
		{[]string{"assembly", "member"}, Government, "assembly"},
		{[]string{"sen", "."}, Government, "senate"},
		{[]string{"congressman"}, Government, "house"},
		{[]string{"congresswoman"}, Government, "house"},
		{[]string{"representative"}, Government, "house"},
		{[]string{"rep", "."}, Government, "house"},
		{[]string{"lieutenant", "governor"}, Government, "lieutenant governor"},
		{[]string{"lieutenant-governor"}, Government, "lieutenant governor"},
		{[]string{"lt", ".", "governor"}, Government, "lieutenant governor"},
		{[]string{"lt", ".", "gov", "."}, Government, "lieutenant governor"},
		{[]string{"governor"}, Government, "governor"},
		{[]string{"gov", "."}, Government, "governor"},
		{[]string{"mayor"}, Government, "mayor"},
		{[]string{"minister", "of", "state"}, Government, "*"},
		{[]string{"treasury", "secretary"}, Government, "finance"},
		{[]string{"secretary"}, Government, ""},
		{[]string{"minister"}, Government, ""},
		{[]string{"leader"}, Party, ""},
		{[]string{"chairman"}, Company, "chair"},
		{[]string{"chairwoman"}, Company, "chair"},
		{[]string{"co-chairman"}, Company, "chair"},
		{[]string{"cochairman"}, Company, "chair"},
		{[]string{"chief", "executive"}, Company, "ceo"},
		{[]string{"chief", "executive", "officer"}, Company, "ceo"},
		{[]string{"ceo"}, Company, "ceo"},
		{[]string{"managing", "director"}, Company, "md"},
		{[]string{"finance", "director"}, Company, "cfo"},
		{[]string{"financial", "director"}, Company, "cfo"},
		{[]string{"chief", "financial", "officer"}, Company, "cfo"},
		{[]string{"cfo"}, Company, "cfo"},
		{[]string{"chief", "operating", "officer"}, Company, "coo"},
		{[]string{"coo"}, Company, "coo"},
	}
	sort.SliceStable(hs, func(i, j int) bool { return len(hs[i].words) > len(hs[j].words) })
	return hs
}()

// headsByLast lists the heads by their last word, as indexes into heads in
// its order: a head can only end at a token that is its last word.
var headsByLast = sync.OnceValue(func() map[string][]int {
	m := map[string][]int{}
	for k, h := range heads {
		w := h.words[len(h.words)-1]
		m[w] = append(m[w], k)
	}
	return m
})

// portfolio words of government posts, folded to one spelling.
var portfolio = map[string]string{
	"home": "home", "interior": "home", "foreign": "foreign", "external": "foreign", "defence": "defence",
	"defense": "defence", "education": "education", "skills": "skills", "health": "health", "trade": "trade",
	"industry": "industry", "culture": "culture", "media": "media", "sport": "sport", "sports": "sport",
	"environment": "environment", "food": "food", "rural": "rural", "transport": "transport",
	"transportation": "transport", "work": "work", "pensions": "pensions", "welsh": "wales", "wales": "wales",
	"scottish": "scotland", "scotland": "scotland", "northern": "northern ireland", "ireland": "northern ireland",
	"international": "international", "development": "development", "constitutional": "constitutional",
	"justice": "justice", "energy": "energy", "homeland": "homeland", "security": "security",
	"agriculture": "agriculture", "commerce": "commerce", "housing": "housing", "veterans": "veterans",
	"communities": "communities", "local": "local", "business": "business", "enterprise": "enterprise",
	"exchequer": "finance", "finance": "finance", "treasury": "finance", "economy": "economy",
	"employment": "employment", "immigration": "immigration", "schools": "schools", "europe": "europe",
	"european": "europe", "arts": "arts", "tourism": "tourism", "science": "science", "technology": "technology",
	"children": "children", "families": "families", "women": "women", "equality": "equality",
	"equalities": "equality", "disability": "disability", "disabled": "disability", "prisons": "prisons",
	"police": "police", "policing": "police", "universities": "universities", "higher": "higher",
	"fisheries": "fisheries", "planning": "planning", "regeneration": "regeneration", "armed": "armed",
	"forces": "forces", "consumer": "consumer", "public": "public", "safety": "safety", "labor": "labor",
	"heritage": "heritage", "digital": "digital", "climate": "climate", "change": "change", "water": "water",
	"lifelong": "lifelong", "learning": "learning", "competitiveness": "competitiveness", "trade-industry": "trade",
}

// filler words inside a portfolio that carry no meaning of their own.
var filler = map[string]bool{"and": true, "affairs": true, "of": true, "the": true, "for": true, "&": true, "department": true}

// parties, folded to one name.
var parties = map[string]string{
	"labour": "labour", "conservative": "conservative", "conservatives": "conservative", "tory": "conservative",
	"tories": "conservative", "lib": "libdem", "dem": "libdem", "dems": "libdem", "liberal": "libdem",
	"democrat": "libdem", "democrats": "libdem", "snp": "snp", "plaid": "plaid", "cymru": "plaid",
	"ukip": "ukip", "green": "green", "greens": "green", "bnp": "bnp", "republican": "republican",
	"dup": "dup", "uup": "uup", "sdlp": "sdlp", "sinn": "sinnfein", "fein": "sinnfein", "féin": "sinnfein",
	"democratic": "democratic", "respect": "respect", "veritas": "veritas", "unionist": "unionist",
	"nationalist": "nationalist", "socialist": "socialist", "liberal-democrat": "libdem",
}

// notCurrent words make a title not (or not simply) the person's present post.
var notCurrent = map[string]bool{
	"former": true, "ex": true, "acting": true, "shadow": true, "deputy": true, "then": true, "interim": true,
	"outgoing": true, "incoming": true, "would-be": true, "future": true, "late": true, "one-time": true,
	"erstwhile": true, "vice": true, "assistant": true, "junior": true, "caretaker": true, "designate": true,
	"prospective": true, "aspiring": true, "putative": true, "sometime": true, "past": true, "previous": true,
	"honorary": true, "under": true, "parliamentary": true, "permanent": true, "private": true, "press": true,
	"general": true, "cabinet": true, "principal": true,
}

// company qualifiers that keep the post.
var companyQualifiers = map[string]bool{"non-executive": true, "executive": true, "founding": true, "group": true, "joint": true, "co": true, "new": true}

// TitleBefore parses the personal title that ends just before token
// nameStart ("Trade and Industry Secretary Patricia Hewitt", "Telewest chief
// executive Stig Tveter"). It returns the offices found: one, or two joined
// by "and" ("Labour leader and Prime Minister").
func TitleBefore(doc *lint.Document, ctx Modifiers, nameStart int) []Office {
	var out []Office
	end := nameStart
	for len(out) < 3 {
		o, next, ok := officeEndingAt(doc, ctx, end)
		if !ok {
			break
		}
		out = append(out, o)
		// "X leader and Prime Minister": another title before "and".
		if next < 1 || !strings.EqualFold(doc.Tokens[next-1].Text, "and") {
			break
		}
		end = next - 1
	}
	if len(out) > 1 {
		// A qualifier before the first title applies to all: "former Tory
		// leader and Home Secretary".
		for i := range out {
			if out[len(out)-1].Modifier != "" {
				out[i].Modifier = out[len(out)-1].Modifier
			}
		}
	}
	return out
}

// lower is strings.ToLower of the token's text (see lowerWord).
func lower(t *lint.Token) string {
	if t.Flags&lint.InnerCapOrNonASCII != 0 || t.Kind != lint.Word && t.Kind != lint.Number {
		return lowerWord(t.Text)
	}
	// ASCII with no capital after the first byte: its lower case is a
	// word of the tables only if the token's Fold finds it in lowerIndex
	// (else lowerUnknown, as for lowerWord).
	if w, ok := lowerIndex().find(t); ok {
		return w
	}
	return lowerUnknown(t.Text)
}

// officeEndingAt parses a title whose head ends just before token end. It
// returns the office, the first token of the whole phrase, and ok.
func officeEndingAt(doc *lint.Document, ctx Modifiers, end int) (Office, int, bool) {
	return officeBetween(doc, ctx, 0, end)
}

// maxQualifierTokens bounds the scan left over a head's qualifiers (a
// country, a portfolio, an organisation's name: "former US Defense",
// "Bank of England Deputy"): it stops after this many tokens, as at a
// word that is no qualifier. Real titles have a handful; without the
// bound a page of capitalised words with no punctuation ("President
// Abel\nPresident Bara\n..." in one block) read the whole block back
// from every title, a cost quadratic in the page.
const maxQualifierTokens = 32

// officeBetween is officeEndingAt reading no token before lo.
func officeBetween(doc *lint.Document, ctx Modifiers, lo, end int) (Office, int, bool) {
	toks := doc.Tokens
	if end < 1 || end > len(toks) {
		return Office{}, 0, false
	}
	block := toks[end-1].Block
	var h *head
	hs := 0
	last, _ := StripPossessive(lower(&toks[end-1]))
	for _, k := range headsByLast()[last] {
		n := len(heads[k].words)
		if end-n < 0 {
			continue
		}
		ok := true
		for m := 0; m < n; m++ {
			t := &toks[end-n+m]
			if t.Block != block || t.Kind != lint.Word && t.Text != "&" && t.Text != "." {
				ok = false
				break
			}
			w, _ := StripPossessive(lower(t))
			if w != heads[k].words[m] {
				ok = false
				break
			}
		}
		if ok {
			h, hs = &heads[k], end-n
			break
		}
	}
	var ofWords []string
	if h == nil {
		// Secretary of Defense, Minister for Europe, Secretary of Health and
		// Human Services: the portfolio after the head.
		k := end - 1
		for k >= 0 && toks[k].Block == block && toks[k].Kind == lint.Word {
			lw := lower(&toks[k])
			if p, ok := portfolio[lw]; ok {
				ofWords = append(ofWords, p)
			} else if !(filler[lw] && lw != "of" && lw != "for") && lw != "human" && lw != "services" {
				break
			}
			k--
		}
		if len(ofWords) == 0 || k < 1 || (lower(&toks[k]) != "of" && lower(&toks[k]) != "for") {
			return Office{}, 0, false
		}
		switch lower(&toks[k-1]) {
		case "secretary", "minister":
			h, hs = &head{words: []string{lower(&toks[k-1])}, cat: Government}, k-1
		default:
			return Office{}, 0, false
		}
	}
	if hs < lo {
		return Office{}, 0, false
	}
	o := Office{Cat: h.cat, Key: h.key}
	// Scan left over the qualifiers of the head.
	first := hs
	words := ofWords
	var orgWords []string
	j := hs - 1
	for ; j >= lo && toks[j].Block == block && hs-j <= maxQualifierTokens; j-- {
		t := &toks[j]
		if t.Kind == lint.Punct {
			break
		}
		if ev, ok := ctx.ModifierBefore(j + 1); ok && ev.Start >= lo {
			// "Welsh Secretary": a nation as the portfolio.
			if len(words) == 0 && h.key == "" && h.cat == Government {
				if p, ok := portfolio[strings.ToLower(strings.Join(tokenTexts(toks[ev.Start:ev.End]), " "))]; ok && strings.HasPrefix(ev.Code, "GB-") {
					words = append(words, p)
					first = ev.Start
					j = ev.Start
					continue
				}
			}
			o.Country = ev.Code
			j = ev.Start
			// Qualifiers may precede the country: "former US Defense Secretary".
			continue
		}
		lw := lower(t)
		lw = strings.TrimSuffix(lw, "-")
		if pre, rest, ok := strings.Cut(lw, "-"); ok && notCurrent[pre] {
			o.Modifier = pre
			lw = rest
		}
		if notCurrent[lw] {
			o.Modifier = lw
			continue
		}
		if TransparentModifiers[lw] {
			continue
		}
		if o.Country != "" {
			break // words before the country are not part of the title
		}
		if h.cat == Party && lw == "party" {
			continue
		}
		if _, ok := parties[lw]; ok && h.cat != Party && len(words) == 0 {
			continue // "Labour Prime Minister", "Tory Home Secretary"
		}
		if filler[lw] {
			// Only inside a portfolio: "Trade and Industry Secretary".
			if len(words) == 0 && len(orgWords) == 0 && lw != "affairs" {
				break
			}
			if lw == "and" && j > 0 && headEndsAt(toks, j) {
				break // "Labour leader and Prime Minister"
			}
			continue
		}
		if h.cat == Party {
			if p, ok := parties[lw]; ok {
				words = append(words, p)
				first = j
				continue
			}
		}
		if h.cat == Government && h.key == "" {
			if p, ok := portfolio[lw]; ok {
				words = append(words, p)
				first = j
				continue
			}
		}
		if h.cat == Government && lw == "union" && t.Text == "Union" {
			continue // India's "Union Home Minister": a minister of the central government
		}
		if h.cat == Company && companyQualifiers[lw] {
			first = j
			continue
		}
		if t.Has(lint.Capitalized) || t.Has(lint.AllCaps) {
			if t.Has(lint.SentenceStart) && lexicon.IsCommonWord(t.Text) && !isPortfolioish(lw) {
				break
			}
			orgWords = append(orgWords, t.Text)
			continue
		}
		break
	}
	phraseStart := j + 1
	o.Span = lint.Span{Start: toks[first].Span.Start, End: toks[end-1].Span.End}
	if w, ok := StripPossessive(toks[end-1].Text); ok {
		o.Span.End = toks[end-1].Span.Start + len(w)
	}
	o.Start = first
	for i, k := 0, len(orgWords)-1; i < k; i, k = i+1, k-1 {
		orgWords[i], orgWords[k] = orgWords[k], orgWords[i]
	}
	o.Org = strings.Join(orgWords, " ")
	sort.Strings(words)
	o.Words = dedupe(words)
	switch o.Cat {
	case Government:
		if o.Key == "" {
			switch {
			case o.Org != "" && len(o.Words) == 0:
				o.Cat = NoCategory // "Unilever secretary", "Home Office minister"
			case len(o.Words) == 0 && h.words[0] == "minister":
				o.Key = "*"
			case len(o.Words) == 0:
				o.Cat = NoCategory // a bare "secretary"
			default:
				o.Key = strings.Join(o.Words, "+")
			}
			if o.Org != "" && len(o.Words) > 0 {
				// "Home Office minister", "Foreign Office minister": a junior post.
				o.Key = "*"
			}
		} else if o.Org != "" {
			o.Cat = NoCategory // "Nokia President", "Commission President"
		}
	case Party:
		if len(o.Words) == 0 || o.Org != "" {
			o.Cat = NoCategory // "Commons leader", "council leader"
		} else {
			o.Key = o.Words[0]
		}
	}
	return o, phraseStart, true
}

func isPortfolioish(lw string) bool {
	_, a := portfolio[lw]
	_, b := parties[lw]
	return a || b
}

// headEndsAt reports whether a title head ends at token j (exclusive).
func headEndsAt(toks []lint.Token, j int) bool {
	for _, h := range heads {
		n := len(h.words)
		if j-n < 0 {
			continue
		}
		ok := true
		for m := 0; m < n; m++ {
			if lower(&toks[j-n+m]) != h.words[m] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func tokenTexts(ts []lint.Token) []string {
	out := make([]string, len(ts))
	for i := range ts {
		out[i], _ = StripPossessive(ts[i].Text)
	}
	return out
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, w := range s {
		if i == 0 || w != s[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// compatible company posts: one person may hold both.
var companyPairs = map[[2]string]bool{
	{"ceo", "chair"}: true, {"chair", "md"}: true, {"ceo", "president"}: true, {"chair", "president"}: true,
}

// governmentPairs are posts held together.
var governmentPairs = map[[2]string]bool{
	{"constitutional", "lord chancellor"}: true, {"justice", "lord chancellor"}: true,
	{"attorney general", "justice"}: true, {"finance", "first"}: false,
}

// chambers are the seats of legislators by the chamber they sit in: a
// state senator may be called Senator, and a state representative sits in
// the lower chamber that some states call the Assembly; one person cannot
// sit in both chambers.
var chambers = map[string]string{
	"senate": "upper", "state senate": "upper",
	"house": "lower", "state house": "lower", "assembly": "lower",
}

// sameChamber reports whether a and b are both seats of legislators, and
// whether they are in the same chamber.
func sameChamber(a, b Office) (both, same bool) {
	ca, okA := chambers[a.Key]
	cb, okB := chambers[b.Key]
	return okA && okB, ca == cb
}

// Conflicts reports whether one person cannot hold posts a and b at once.
func Conflicts(a, b Office) bool {
	if shadowAndMinister(a, b) || shadowAndMinister(b, a) {
		return true
	}
	if a.Modifier != "" || b.Modifier != "" || a.Cat != b.Cat || a.Cat == NoCategory {
		return false
	}
	if both, same := sameChamber(a, b); both && a.Cat == Government {
		return !same && (a.Country == "" || b.Country == "" || Base(a.Country) == Base(b.Country))
	}
	if a.Key == "*" || b.Key == "*" || a.Key == b.Key {
		return false
	}
	if a.Key == "tanaiste" || b.Key == "tanaiste" {
		// Ireland's deputy prime minister usually holds a department too.
		return a.Key == "prime" || b.Key == "prime"
	}
	switch a.Cat {
	case Government:
		if subset(a.Words, b.Words) || subset(b.Words, a.Words) {
			return false
		}
		if a.Country != "" && b.Country != "" && Base(a.Country) != Base(b.Country) {
			return false
		}
		k := [2]string{a.Key, b.Key}
		if k[0] > k[1] {
			k[0], k[1] = k[1], k[0]
		}
		return !governmentPairs[k]
	case Party:
		return true
	case Company:
		if a.Org != "" && b.Org != "" && !strings.EqualFold(a.Org, b.Org) {
			return false
		}
		k := [2]string{a.Key, b.Key}
		if k[0] > k[1] {
			k[0], k[1] = k[1], k[0]
		}
		return !companyPairs[k]
	}
	return false
}

// Same reports whether a and b name the same post (or one is a shortened
// form of the other).
func Same(a, b Office) bool {
	if a.Cat != b.Cat || a.Cat == NoCategory || a.Modifier != "" || b.Modifier != "" {
		return false
	}
	if a.Key == b.Key {
		return true
	}
	if both, same := sameChamber(a, b); both {
		return same
	}
	return a.Cat == Government && len(a.Words) > 0 && len(b.Words) > 0 && (subset(a.Words, b.Words) || subset(b.Words, a.Words))
}

func subset(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, w := range a {
		found := false
		for _, v := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// titleEnds holds, in lower, Title and upper case, the words a personal
// title can end with: the last words of heads, portfolio words (Secretary
// of Defense) and the dot of Sen. and Rep.
var titleEnds = func() map[string]bool {
	m := map[string]bool{"Sen.": true, "Rep.": true, "Gov.": true, "SEN.": true, "REP.": true, "GOV.": true}
	add := func(w string) {
		m[w] = true
		m[strings.ToUpper(w)] = true
		if w != "" {
			m[strings.ToUpper(w[:1])+w[1:]] = true
		}
	}
	for _, h := range heads {
		if w := h.words[len(h.words)-1]; w != "." {
			add(w)
		}
	}
	for w := range portfolio {
		// Only capitalised: "Secretary of Defense Jim Mattis".
		m[strings.ToUpper(w)] = true
		m[strings.ToUpper(w[:1])+w[1:]] = true
	}
	m["Services"] = true
	return m
}()

// titleEndsSieve turns away most words that are not in titleEnds without
// hashing them; titleEndsDot holds the words of titleEnds that end in a
// dot, without it, and titleEndsDotSieve sieves them.
var titleEndsSieve, titleEndsDot, titleEndsDotSieve = func() (s keySieve, dot map[string]bool, dotSieve keySieve) {
	dot = map[string]bool{}
	for w := range titleEnds {
		s.add(w)
		if len(w) > 1 && w[len(w)-1] == '.' {
			dot[w[:len(w)-1]] = true
			dotSieve.add(w[:len(w)-1])
		}
	}
	return s, dot, dotSieve
}()

// MayEndTitle reports whether a word (possessive stripped) can be the last
// word of a personal title: a cheap test before TitleBefore.
func MayEndTitle(w string) bool { return titleEndsSieve.has(w) && titleEnds[w] }

// titleEndsLead holds the texts of titleEnds with and without a possessive
// ending.
var titleEndsLead = func() *leadSieve {
	s := new(leadSieve)
	for w := range titleEnds {
		s.addPlain(w)
	}
	return s
}()

// MayEndTitleToken is a cheaper test before MayEndTitle, of a token as
// written, by its Fold: false when its text, possessive or not, is no
// title's last word, which is so for most words.
func MayEndTitleToken(t *lint.Token) bool { return titleEndsLead.hasToken(t) }

// MayEndTitleDotToken reports whether a token's text followed by a dot
// is a title's last word (MayEndTitle(text + "."): Gov. Dan Patrick). It is
// asked of the word two before a capital, and so of the last word of many
// sentences: the token's Fold turns nearly all of them away, with no byte
// of the text read and a branch that goes one way almost always (whether
// a period, and so a sentence start, comes between is too irregular for a
// branch to predict, so it is asked after).
func MayEndTitleDotToken(t *lint.Token) bool {
	return titleEndsDotFolds.Has(t.Fold) && titleEndsDotSieve.has(t.Text) && titleEndsDot[t.Text]
}

// titleEndsDotFolds is titleEndsDot by Fold.
var titleEndsDotFolds = foldset.Of(titleEndsDot)

// shadowAndMinister reports whether a is an opposition spokesman's post
// ("shadow Chancellor Oliver Letwin") and b a government post of the same
// country held now ("Education Secretary Letwin"): the opposition does not
// hold office. A bare "minister" and other modifiers (former, then) are no
// post to compare.
func shadowAndMinister(a, b Office) bool {
	if a.Modifier != "shadow" || b.Modifier != "" || a.Cat != Government || b.Cat != Government || a.Key == "*" || b.Key == "*" {
		return false
	}
	return a.Country == "" || b.Country == "" || Base(a.Country) == Base(b.Country)
}

// SeatAndPost reports whether one of a and b is a seat in a legislature
// (Senator, Sen., Rep., Assemblyman) and the other a government post
// (Water Minister, Secretary of State): in a parliamentary system the
// ministers sit in parliament, so one person holds both; in the United
// States nobody does (see title-conflict).
func SeatAndPost(a, b Office) bool {
	_, seatA := chambers[a.Key]
	_, seatB := chambers[b.Key]
	return seatA != seatB && a.Cat == Government && b.Cat == Government
}
