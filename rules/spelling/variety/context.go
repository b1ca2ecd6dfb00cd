package variety

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
)

// facts are what an article says about its variety besides its spellings:
// how often it mentions the places and institutions of each country, and
// which house conventions it follows. One pass over its tokens finds them.
type facts struct {
	us, gb, au, ca int  // mentions of American, British, Australian and Canadian places and institutions
	auWeak         int  // mentions of names Australia shares with Britain or people (Victoria, Perth): see settle
	in             int  // mentions of Indian places, institutions and money (Rs, crore)
	convGB, convUS int  // British and American house conventions
	usd            int  // dollars in words ($300 million): American, unless the article leans to Australia or Canada
	undotted       int  // US without points after the headline
	dotted         int  // U.S. with points (of convUS)
	honUS, honGB   int  // Mr. and Mr Smith (of convUS and convGB)
	percent, month int  // percent and Jan. 5 (of convUS)
	intlWire       bool // a Reuters or AFP dateline: LONDON, March 4 (Reuters) -
	wordGB, wordUS int  // of convGB and convUS, the conventionWords (towards, toward)
	// seenGB and seenUS are the kinds of house convention the article
	// shows (conv* bits), which a message names.
	seenGB, seenUS uint16
	// seenWords are the conventionWords the article has, as bits by their
	// place in conventionWordList.
	seenWords uint8
}

// conventionWordList orders the conventionWords for facts.seenWords and
// a message.
var conventionWordList = [...]string{"towards", "afterwards", "whilst", "amongst", "toward", "afterward", "gotten"}

// The kinds of house convention, as bits of facts.seenGB and seenUS: a
// message names those the article shows (convNames), not examples it may
// not have.
const (
	convHonorific  uint16 = 1 << iota // Mr Smith, Mr. Smith
	convPercent                       // per cent, percent
	convMoney                         // £3bn, $600m; $300 million
	convDayMonth                      // 14 February; March 15
	convTeamPlural                    // England were
	convWord                          // towards, toward
	convQuote                         // "a disaster". and "a disaster."
	convUSPoints                      // the US without points; U.S.
	convWireTitle                     // Sen. Warren
	convAPMonth                       // Jan. 5
	convWeekday                       // said Tuesday
	convAPState                       // Boston, Mass.
	convAPDateline                    // DETROIT (AP) —
)

// convNames are the names of the kinds of house convention, British and
// American, in the order a message lists them.
var convNames = [...]struct {
	bit    uint16
	gb, us string
}{
	{convHonorific, "Mr without a point", "Mr. with a point"},
	{convPercent, "per cent", "percent"},
	{convMoney, "amounts in m and bn", "amounts in million"},
	{convDayMonth, "the day before the month", "the month before the day"},
	{convUSPoints, "US without points", "U.S. with points"},
	{convTeamPlural, "a team with a plural verb", ""},
	{convWord, "", ""}, // (the words themselves: see seenNames)
	{convQuote, "a full stop outside quotation marks", "a full stop inside quotation marks"},
	{convWireTitle, "", "Sen. before a name"},
	{convAPMonth, "", "Jan. 5"},
	{convWeekday, "", "said Tuesday"},
	{convAPState, "", "Boston, Mass."},
	{convAPDateline, "", "an (AP) dateline"},
}

// seenNames lists the names of the conventions in seen, British (gb) or
// American, joined by commas; for convWord, the conventionWords in words
// (facts.seenWords) of that side.
func seenNames(seen uint16, words uint8, gb bool) string {
	var b strings.Builder
	add := func(name string) {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(name)
	}
	for _, c := range convNames {
		if seen&c.bit == 0 {
			continue
		}
		if c.bit == convWord {
			for k, w := range conventionWordList {
				if words&(1<<k) != 0 && (conventionWords[w] == GB) == gb {
					add(w)
				}
			}
			continue
		}
		name := c.us
		if gb {
			name = c.gb
		}
		if name != "" {
			add(name)
		}
	}
	return b.String()
}

// Countries of countryOf.
const (
	inUS = 1 + iota
	inGB
	inAU
	inCA
	inIN
	// inAUWeak are Australian places whose names are also British places,
	// people or eras (Victoria, the Victorian era, Perth, Darwin): weak
	// mentions that only settle counts.
	inAUWeak
)

// countryOf names the country of a place or institution, as written.
var countryOf = func() map[string]uint8 {
	m := map[string]uint8{}
	for c, words := range map[uint8][]string{
		inUS: {"US", "U.S.", "U.S", "USA", "America", "American", "Americans", "Washington", "Congress",
			"Pentagon", "Republican", "Republicans", "Democrat", "Democrats", "Senate", "White",
			// states (not their cities, where sport is played)
			"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Florida",
			"Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maryland",
			"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
			"Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont",
			"Virginia", "Wisconsin", "Wyoming"},
		inGB: {"UK", "U.K.", "U.K", "Britain", "British", "London", "England", "Scotland", "Wales",
			"Westminster", "Commons", "MPs", "Labour", "Tory", "Tories", "Whitehall", "Ireland", "Irish",
			"Scottish", "Welsh", "English", "BBC", "Premiership", "£"},
		inAU: {"Australia", "Australian", "Australians", "Canberra", "Sydney", "Melbourne", "Brisbane",
			"Adelaide", "Queensland", "Tasmania", "NSW", "Albanese",
			// names no other English-speaking country gives a place
			"Queenslanders", "Tasmanian", "Tasmanians", "Hobart", "Geelong", "Ballarat", "Bendigo",
			"Shepparton", "Mildura", "Gippsland", "Wollongong", "Parramatta", "Townsville", "Toowoomba",
			"Rockhampton", "Bundaberg", "Fremantle", "Kalgoorlie", "Centrelink", "AUD"},
		inAUWeak: {"Victoria", "Victorian", "Victorians", "Perth", "Darwin"},
		inCA: {"Canada", "Canadian", "Canadians", "Ottawa", "Toronto", "Ontario", "Quebec", "Montreal",
			"Vancouver", "Alberta", "Manitoba", "Saskatchewan", "Winnipeg", "Calgary", "Edmonton", "Yukon",
			"Nova", "Brunswick", "Trudeau", "Carney", "Mounties", "RCMP", "C$",
			"Québec", "Montréal", "Newfoundland", "Nunavut", "Saskatoon", "Fredericton", "Charlottetown",
			"Gatineau", "Mississauga", "Quebecers", "Ontarians", "Albertans"},
		inIN: {"India", "Indian", "Indians", "Delhi", "Mumbai", "Bengaluru", "Bangalore", "Kolkata", "Chennai",
			"Hyderabad", "Pune", "Ahmedabad", "Lucknow", "Maharashtra", "Karnataka", "Kerala", "Gujarat",
			"Punjab", "Lok", "Sabha", "Rajya", "BJP", "Modi", "Rs", "Rs.", "Sensex", "Nifty"},
	} {
		for _, w := range words {
			m[w] = c
			if c != inUS && c != inGB && len(w) > 3 && w != "Centrelink" {
				// a dateline: TORONTO —, NEW DELHI —; PERTH — is a weak
				// mention still (country)
				m[strings.ToUpper(w)] = c
			}
			if c == inAU || c == inAUWeak {
				// Victoria's premier, Queensland’s floods
				m[w+"'s"], m[w+"’s"] = c, c
			}
		}
	}
	return m
}()

// articleFacts counts the facts of an article in one walk over its
// tokens: those that varcon.ScanStops lists for factStops.
func articleFacts(doc *lint.Document) facts {
	_, stops := varcon.ScanStops(doc, factStops, nil, nil)
	return factsAt(doc.Tokens, stops)
}

// factsAt counts the facts of the tokens toks[i] of stops, which must hold
// every factWord and every unit of an amount (amountUnits) among toks, in
// order (varcon.ScanStops lists them for factStops). Most tokens show
// none: a token shows a fact only when it is one of the factWords or a
// number with a unit or ₹ beside it, and the stops turn the others away by
// the hash the tokenizer computed (Token.Fold), without reading their
// text. A number is read from the token beside it (see amountAt), so that
// the walk that lists the stops need not stop at every number. An article
// with no spelling marker and no word the conventions decide is not read
// at all.
//
// A long article's stops are scattered over tokens that ScanStops read
// long before and the cache no longer holds: they are read warmStops at a
// time, each batch warmed first (warm), so that their misses overlap
// rather than come one after another.
func factsAt(toks []lint.Token, stops []int32) facts {
	index := factWords()
	var f facts
	if len(toks) <= warmMinTokens {
		f.stops(toks, stops, index)
	} else {
		for s0 := 0; s0 < len(stops); s0 += warmStops {
			batch := stops[s0:min(s0+warmStops, len(stops))]
			warm(toks, batch)
			f.stops(toks, batch, index)
		}
	}
	f.settle()
	return f
}

// stops counts the facts of the tokens toks[i] of stops, for factsAt.
func (f *facts) stops(toks []lint.Token, stops []int32, index *factIndex) {
	for _, i := range stops {
		if i > 0 && toks[i-1].Kind == lint.Number && amountAt(toks, int(i)-1) == int(i) {
			f.number(toks, int(i)-1) // read at its unit
		}
		if t := &toks[i]; index.may(t.Fold) {
			if w := index.find(t); w != nil {
				f.word(toks, int(i), w)
			}
		}
	}
}

// warmStops is the number of stops that warm reads at a time: their
// tokens, two of 48 bytes each, stay in the first-level cache until
// factsAt reads them.
const warmStops = 32

// warmMinTokens is the number of tokens above which factsAt warms its
// stops: the tokens of a shorter article (under 800 KB of them) are still
// in the second-level cache after ScanStops' walk.
const warmMinTokens = 16 << 10

// warm reads, for each token of stops, the kind of the token before it
// (the number factsAt tests) and its own Fold (the factWords' filter),
// and returns a sum of what it read, so that the reads are not dropped as
// unused (factsAt does not keep it, so that its result, which the tests
// compare as a value, holds no sum: a call that is not inlined is made
// whatever its result). A loop of independent reads has their misses
// wait for memory together, where factsAt's loop, whose work depends on
// what it reads, has them wait one after another.
//
//go:noinline
func warm(toks []lint.Token, stops []int32) uint {
	sum := uint(0)
	for _, i := range stops {
		if i > 0 {
			sum += uint(toks[i-1].Kind)
		}
		sum += uint(toks[i].Fold)
	}
	return sum
}

// settle counts the weak Australian mentions (Victoria, Perth, Darwin,
// which are also British places, people and an era) in an article whose
// unambiguous Australian mentions are two or more and at least twice its
// American, British and Canadian ones (the proportion regionContext asks
// for), and then at most as many as those: they strengthen what the
// unambiguous mentions say but never say it alone, so a British story
// with Queen Victoria, Perth in Scotland or Charles Darwin beside a
// Sydney and a Melbourne stays British.
func (f *facts) settle() {
	if f.au >= 2 && f.au >= 2*(f.us+f.gb+f.ca) {
		f.au += min(f.auWeak, f.au)
	}
	f.auWeak = 0
}

// amountAt is the token at which factsAt reads the number toks[i]: its
// unit after it when it has one (450 crore, $300 million), else the ₹
// before it, else none (-1): a number with neither shows no fact (number).
// Each number is read once, at one token; both are among the stops.
func amountAt(toks []lint.Token, i int) int {
	switch {
	case unitAfter(toks, i):
		return i + 1
	case i > 0 && toks[i-1].Text == "₹":
		return i - 1
	}
	return -1
}

// unitAfter reports whether the number toks[i] is followed by a unit of
// amountUnits: indianUnits in any case (as indianAmount reads them) or
// dollarUnits as written (as dollarsInWords does).
func unitAfter(toks []lint.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Kind != lint.Word {
		return false
	}
	w := toks[i+1].Text
	if slices.Contains(dollarUnits, w) {
		return true
	}
	// Only C and L lower to the c and l the indianUnits start with: other
	// words are not lowered.
	c := w[0] | 0x20
	return (c == 'c' || c == 'l') && slices.Contains(indianUnits, strings.ToLower(w))
}

// The units an amount shows a fact by: Indian (450 crore, 3.5 lakh
// residents) and dollars in words ($300 million). The stops hold them in
// every case of their ASCII letters (they share one Fold); a unit with a
// byte beyond ASCII is a stop as every such word is.
var (
	indianUnits = []string{"crore", "crores", "lakh", "lakhs"}
	dollarUnits = []string{"million", "billion", "trillion"}
)

// number counts the facts of the number toks[i]: an Indian amount (450
// crore) or dollars in words ($300 million).
func (f *facts) number(toks []lint.Token, i int) {
	if !digitStart(toks[i].Text) {
		return
	}
	if indianAmount(toks, i) {
		f.in++
	} else if dollarsInWords(toks, i) {
		f.usd++
	}
}

// word counts the facts that toks[i], the factWord w, shows: as a word
// of its own (a place, a convention, percent), or about its neighbours
// (the capitalised word before a plural verb, the amount after a
// currency sign, C$ and A$).
func (f *facts) word(toks []lint.Token, i int, w *factWord) {
	t := &toks[i]
	switch w.kind {
	case percentWord:
		if t.Kind == lint.Word {
			f.convUS++
			f.percent++
			f.seenUS |= convPercent
		}
		return
	case perWord:
		if t.Kind == lint.Word && i+1 < len(toks) && toks[i+1].Text == "cent" {
			f.convGB++
			f.seenGB |= convPercent
		}
		return
	case pluralVerb:
		// England were, Chelsea have
		if i > 0 && capitalStart(toks[i-1].Text) && teamPlural(toks, i-1) {
			f.convGB++
			f.seenGB |= convTeamPlural
		}
		return
	case rupeeSign:
		// ₹450: the amount is read here unless it has a unit (amountAt)
		if k := i + 1; k < len(toks) && toks[k].Kind == lint.Number && amountAt(toks, k) == i {
			f.number(toks, k)
		}
		return
	case laborWord:
		if laborParty(toks, i) {
			f.au++ // the Labor government, Labor's candidate
		}
		return
	case stateWord:
		// state premier, the Northern Territory
		if i > 0 && toks[i-1].Sentence == t.Sentence {
			switch p := toks[i-1].Text; {
			case t.Text == "Territory" && p == "Northern",
				t.Text != "Territory" && (p == "state" || p == "State"):
				f.au++
			}
		}
		return
	case currencySign:
		if k := i + 1; k < len(toks) && toks[k].Kind == lint.Word && digitStart(toks[k].Text) && currencyShort(toks, k) {
			f.convGB++ // £3bn, $600m
			f.seenGB |= convMoney
		}
		if t.Text == "$" && i > 0 && !t.Has(lint.SpaceBefore) {
			// Canadian and Australian dollars: C$9bn, A$40m
			switch toks[i-1].Text {
			case "C":
				f.ca++
			case "A":
				f.au++
			}
		}
	}
	if !capitalStart(t.Text) {
		return // only capitalised words (and £) name places and conventions
	}
	if w.country != 0 {
		f.country(toks, i, w.country)
	}
	if w.title && t.Kind == lint.Word {
		f.titleConvention(toks, i, w.dates)
	}
}

// country counts the mention toks[i] of a place or institution of country
// c (see countryOf).
func (f *facts) country(toks []lint.Token, i int, c uint8) {
	t := &toks[i]
	// A dateline in capitals (TORONTO —, NEW DELHI:) says where the paper
	// is: it weighs three mentions.
	w := 1
	if t.Has(lint.AllCaps) && datelineStart(toks, i) {
		w = 3
	}
	switch c {
	case inUS:
		f.us++
		if t.Text == "US" && t.Block > 0 {
			f.undotted++ // the US in running text, without points
		}
	case inGB:
		if t.Text == "British" && i+1 < len(toks) && toks[i+1].Text == "Columbia" {
			f.ca++ // British Columbia
		} else if t.Text == "Wales" && i >= 2 && toks[i-1].Text == "South" && toks[i-2].Text == "New" {
			f.au++ // New South Wales
		} else {
			f.gb++
		}
	case inAU:
		f.au += w
	case inAUWeak:
		switch {
		case victoriaState(toks, i):
			f.au++ // the Victorian Government, regional Victoria
		case !inLongerName(toks, i):
			f.auWeak++
		}
	case inCA:
		f.ca += w
	case inIN:
		f.in += w
	}
}

// victoriaState reports whether toks[i], Victoria or Victorian, names the
// Australian state by the institution after it (the Victorian Government,
// Victoria's Premier, the Victorian Parliament) or the word before it
// (regional Victoria). Not Victoria Police, which Victoria in British
// Columbia has too.
func victoriaState(toks []lint.Token, i int) bool {
	t := &toks[i]
	if !strings.HasPrefix(t.Text, "Victoria") {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Sentence == t.Sentence && stateInstitutions[toks[i+1].Text] {
		return true
	}
	return i > 0 && toks[i-1].Sentence == t.Sentence && (toks[i-1].Text == "regional" || toks[i-1].Text == "rural")
}

// stateInstitutions are the words after Victoria or Victorian that make it
// the Australian state.
var stateInstitutions = setOf("Government", "government", "Premier", "premier", "Parliament", "parliament",
	"Labor", "Liberal", "Liberals", "Nationals", "Opposition", "Treasurer", "Coroner", "Ombudsman", "MP", "MPs")

// inLongerName reports whether the capitalised word toks[i] is part of a
// longer name, with a capitalised word of its sentence beside it (Queen
// Victoria, Victoria Beckham, Perth Academy, Charles Darwin), not opening
// the sentence.
func inLongerName(toks []lint.Token, i int) bool {
	t := &toks[i]
	if p := i - 1; p >= 0 && toks[p].Sentence == t.Sentence && toks[p].Kind == lint.Word &&
		toks[p].Has(lint.Capitalized) && !toks[p].Has(lint.SentenceStart) {
		return true
	}
	n := i + 1
	return n < len(toks) && toks[n].Sentence == t.Sentence && toks[n].Kind == lint.Word && toks[n].Has(lint.Capitalized)
}

// laborParty reports whether toks[i], Labor or Labor's, is the Australian
// Labor Party, as Australian copy spells it: Labor's, federal Labor, or
// Labor before a word of party politics (the Labor government, a Labor
// senator), and not after a foreign country or its demonym (Israel's Labor
// Party, the Norwegian Labor Party), whose labour parties American copy
// spells so. Not the Labor Department or Labor Day.
func laborParty(toks []lint.Token, i int) bool {
	t := &toks[i]
	for k := i - 1; k >= 0 && k >= i-2 && toks[k].Sentence == t.Sentence; k-- {
		if w := &toks[k]; w.Kind == lint.Word && w.Has(lint.Capitalized) {
			name := strings.TrimSuffix(strings.TrimSuffix(w.Text, "'s"), "’s")
			if c := lexicon.CountryOfDemonym(name); c != "" && c != "AU" {
				return false
			}
			if c := lexicon.CountryByName(name); c != "" && c != "AU" {
				return false
			}
		}
	}
	if t.Text != "Labor" {
		return true // Labor's
	}
	if i > 0 && toks[i-1].Sentence == t.Sentence && (toks[i-1].Text == "federal" || toks[i-1].Text == "Federal") {
		return true
	}
	return i+1 < len(toks) && toks[i+1].Sentence == t.Sentence && partyWords[toks[i+1].Text]
}

// partyWords are the words of party politics after Labor.
var partyWords = setOf("government", "Government", "governments", "Party", "party", "MP", "MPs", "leader",
	"Leader", "senator", "Senator", "senators", "premier", "Premier", "minister", "Minister", "ministers",
	"candidate", "candidates", "caucus", "backbencher", "backbenchers", "frontbencher", "frontbench",
	"opposition", "Opposition", "member", "members", "figures", "sources", "campaign", "voters",
	"heartland", "seat", "seats", "branch", "preselection", "faction", "MLA", "MLC")

// capitalStart reports whether s starts with an ASCII capital or with the
// first byte of £ (0xC2), as the words that name places and conventions
// do.
func capitalStart(s string) bool {
	return s != "" && ('A' <= s[0] && s[0] <= 'Z' || s[0] == 0xC2)
}

// digitStart reports whether s starts with a digit.
func digitStart(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// teamPlural reports whether toks[i], a capitalised word before were, are
// or have, is a team or a band named for one place or one word that takes
// a plural verb, as British copy writes it (England were beaten, Chelsea
// have signed, Wales are top); American copy writes England was, Chelsea
// has. Not a common word opening a sentence (Police were, Women have), a
// word ending in s (Rangers, Democrats), a demonym (French, Irish), a
// person's name (Alan Milburn), a quotation, nor one of a compound subject
// or after a preposition or gerund (France and Germany have, voters in Ohio
// are, if Smith were, thoughts of quitting Anfield are).
func teamPlural(toks []lint.Token, i int) bool {
	t := &toks[i]
	if t.Kind != lint.Word || !t.Has(lint.Capitalized) || t.Has(lint.AllCaps) || t.Has(lint.InQuote) ||
		t.Block == 0 || len(t.Text) < 3 || t.Text[len(t.Text)-1] == 's' || toks[i+1].Sentence != t.Sentence {
		return false
	}
	j := i // the first word of the name
	for j > 0 && toks[j-1].Sentence == t.Sentence && toks[j-1].Kind == lint.Word && toks[j-1].Has(lint.Capitalized) {
		j--
	}
	switch {
	case toks[j].Text == "The" || j < i && lexicon.IsFirstName(toks[j].Text):
		// The Netherlands; a person (Alan Milburn and Oliver Letwin have)
		return false
	case j == 0 || toks[j-1].Sentence != t.Sentence:
		// the name opens its sentence
	case toks[j-1].Kind == lint.Word:
		if w := toks[j-1].Text; w[0] < 'a' || w[0] > 'z' || pluralBefore[w] || strings.HasSuffix(w, "ing") {
			// not after a gerund: plans for expanding Chicago are
			return false
		}
	case toks[j-1].Kind == lint.Punct:
		switch toks[j-1].Text {
		case ",", ";", ":", "—", "–", "-", "(":
		default:
			return false
		}
	default:
		return false
	}
	return !lexicon.IsCommonWord(t.Text) && lexicon.CountryOfDemonym(t.Text) == ""
}

// pluralBefore are the words after which a capitalised word before a plural
// verb is not its subject alone (France and Germany have, fans in Wales
// are, if Smith were, the Ireland were).
var pluralBefore = setOf("and", "or", "nor", "of", "in", "at", "from", "for", "with", "to", "by", "on",
	"against", "over", "between", "versus", "vs", "than", "like", "into", "across", "within", "about",
	"if", "whether", "wish", "the", "a", "an", "both", "neither", "either", "all", "among", "amongst",
	"throughout", "under", "beside", "behind", "where", "which", "that", "as", "beat", "beating", "play",
	"playing", "face", "facing", "near", "outside", "inside", "around", "through", "plus", "minus")

// dollarsInWords reports whether the number toks[i] is an amount in
// dollars with million or billion written out ($300 million), as American
// copy writes it; British copy writes $300m. Other dollars (A$, C$, NZ$)
// are left out.
func dollarsInWords(toks []lint.Token, i int) bool {
	if i == 0 || toks[i-1].Text != "$" || toks[i].Has(lint.SpaceBefore) || i+1 >= len(toks) {
		return false
	}
	if i >= 2 && toks[i-2].Kind == lint.Word && !toks[i-1].Has(lint.SpaceBefore) && toks[i-2].Text != "US" {
		return false // A$, C$, NZ$
	}
	return slices.Contains(dollarUnits, toks[i+1].Text)
}

// indianAmount reports whether the number toks[i] is an Indian amount: in
// crore or lakh (450 crore, 3.5 lakh residents), however it is written, or
// after the rupee sign (₹450).
func indianAmount(toks []lint.Token, i int) bool {
	if i > 0 && toks[i-1].Text == "₹" {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].Kind != lint.Word {
		return false
	}
	return slices.Contains(indianUnits, strings.ToLower(toks[i+1].Text))
}

// datelineStart reports whether toks[i] opens its paragraph, or follows
// one capitalised word that does (NEW DELHI).
func datelineStart(toks []lint.Token, i int) bool {
	b := toks[i].Block
	if i == 0 || toks[i-1].Block != b {
		return true
	}
	return toks[i-1].Has(lint.AllCaps) && (i == 1 || toks[i-2].Block != b)
}

// titleConvention counts the conventions a capitalised word toks[i] may
// show: courtesy titles without a full stop (Mr Blair) are British, "Mr."
// American, and so are the dotted U.S. and the wire's Sen., Rep. and Gov.
// before a name. dates are the sets of dates and states the word is in.
func (f *facts) titleConvention(toks []lint.Token, i int, dates dateSet) {
	t := &toks[i]
	switch t.Text {
	case "U.S.", "U.S":
		// British copy writes US
		f.convUS++
		f.dotted++
		f.seenUS |= convUSPoints
	case "Sen", "Rep", "Gov", "Sen.", "Rep.", "Gov.":
		// the wire's titles with a point before a name (Sen. Warren)
		k := i + 1
		if !strings.HasSuffix(t.Text, ".") {
			if k >= len(toks) || toks[k].Text != "." || toks[k].Has(lint.SpaceBefore) {
				break
			}
			k++
		}
		if k < len(toks) && toks[k].Kind == lint.Word && toks[k].Has(lint.Capitalized) {
			f.convUS++
			f.seenUS |= convWireTitle
		}
	case "Mr", "Mrs", "Ms", "Dr":
		if i+1 < len(toks) && toks[i+1].Kind == lint.Punct && toks[i+1].Text == "." && !toks[i+1].Has(lint.SpaceBefore) {
			f.convUS++
			f.honUS++
			f.seenUS |= convHonorific
		} else if i+1 < len(toks) && toks[i+1].Kind == lint.Word && toks[i+1].Has(lint.Capitalized) {
			f.convGB++
			f.honGB++
			f.seenGB |= convHonorific
		}
	case "AP":
		// the wire's dateline: DETROIT (AP) —
		if i >= 1 && i+1 < len(toks) && toks[i-1].Text == "(" && toks[i+1].Text == ")" && i >= 2 && toks[i-2].Has(lint.AllCaps) {
			f.convUS++
			f.seenUS |= convAPDateline
		}
	case "Reuters", "AFP":
		// the dateline of a wire that writes British spelling beside U.S.,
		// Jan. 5 (Reuters) and percent (AFP): LONDON, March 4 (Reuters) -
		if i >= 1 && i+1 < len(toks) && toks[i-1].Text == "(" && toks[i+1].Text == ")" && t.Block <= 2 {
			f.intlWire = true
		}
	default:
		// AP's abbreviated months before a day (Jan. 5) and states after a
		// city (Boston, Mass.): British copy writes 5 January and Boston.
		// A month written out tells by its place: 15 March is British,
		// March 15 American.
		next := i+1 < len(toks) && toks[i+1].Text == "." && !toks[i+1].Has(lint.SpaceBefore)
		switch {
		case dates&inWeekdays != 0 && bareWeekday(toks, i):
			// the wire's said Tuesday, voted Thursday; British copy writes
			// said on Tuesday
			f.convUS++
			f.seenUS |= convWeekday
		case dates&inFullMonths != 0 && i > 0 && dayNumber(&toks[i-1]) && toks[i-1].Block == t.Block:
			f.convGB++
			f.seenGB |= convDayMonth
		case dates&inFullMonths != 0 && i+1 < len(toks) && dayNumber(&toks[i+1]) && toks[i+1].Block == t.Block:
			f.convUS++
			f.seenUS |= convDayMonth
		case dates&inAPMonths != 0 && next && i+2 < len(toks) && toks[i+2].Kind == lint.Number:
			f.convUS++
			f.month++
			f.seenUS |= convAPMonth
		case dates&inAPStates != 0 && (next || strings.HasSuffix(t.Text, ".")) && i >= 2 && toks[i-1].Text == "," &&
			toks[i-2].Kind == lint.Word && toks[i-2].Has(lint.Capitalized):
			f.convUS++
			f.seenUS |= convAPState
		}
	}
}

// quotes counts the punctuation of quoted fragments as house conventions:
// American copy puts a full stop or comma that ends a quoted fragment
// inside the quotation marks (called the plan "a disaster."), British copy
// outside ("a disaster".). A fragment is a quotation whose first word is in
// lower case; a quoted sentence takes its full stop inside in both.
func (f *facts) quotes(doc *lint.Document) {
	toks := doc.Tokens
	for k := 2; k < len(toks); k++ {
		t := &toks[k]
		if t.Kind != lint.Punct || t.Text != "\"" && t.Text != "”" || t.Has(lint.SpaceBefore) || !toks[k-1].Has(lint.InQuote) {
			continue
		}
		inside := (toks[k-1].Text == "." || toks[k-1].Text == ",") && toks[k-1].Kind == lint.Punct
		outside := !inside && k+1 < len(toks) && (toks[k+1].Text == "." || toks[k+1].Text == ",") && !toks[k+1].Has(lint.SpaceBefore)
		if !inside && !outside {
			continue
		}
		// the quotation's first token
		j := k - 1
		for j > 0 && toks[j-1].Has(lint.InQuote) && toks[j-1].Block == t.Block {
			j--
		}
		if w := &toks[j]; j == 0 || w.Kind != lint.Word || w.Has(lint.Capitalized) || w.Has(lint.AllCaps) ||
			toks[j-1].Text != "\"" && toks[j-1].Text != "“" {
			continue
		}
		if inside {
			f.convUS++
			f.seenUS |= convQuote
		} else {
			f.convGB++
			f.seenGB |= convQuote
		}
	}
}

// countryContext is the weak tie-breaker when British and American markers
// are equal: the country the article is about, by its mentions of American
// and British places and institutions; "" when neither clearly leads.
func (f *facts) countryContext() string {
	switch {
	case f.us >= 2 && f.us >= 2*f.gb:
		return US
	case f.gb >= 2 && f.gb >= 2*f.us:
		return GB
	}
	return ""
}

// regionContext is Australian or Canadian when the article is clearly about
// Australia or Canada, whose spelling mixes British and American (program,
// Labor, analyze beside centre and colour): at least three mentions, and
// twice as many as of American and British places together. "" otherwise.
func (f *facts) regionContext() string {
	other := f.us + f.gb
	switch {
	case f.au >= 3 && f.au >= 2*(other+f.ca):
		return AU
	case f.ca >= 3 && f.ca >= 2*(other+f.au):
		return CA
	}
	return ""
}

// lean is the country whose spelling mixes British and American forms by
// design (Canada, Australia, India) that the article leans to: at least two
// mentions of its places, institutions or money, more than of American and
// British ones together and of the other two; "" otherwise. It is weaker
// than regionContext and only quiets the words whose both forms that
// country accepts (see mixedByDesign).
func (f *facts) lean() string {
	other := f.us + f.gb
	switch {
	case f.ca >= 2 && f.ca > other && f.ca > f.au && f.ca > f.in:
		return CA
	case f.au >= 2 && f.au > other && f.au > f.ca && f.au > f.in:
		return AU
	case f.in >= 2 && f.in > other && f.in > f.ca && f.in > f.au:
		return IN
	}
	return ""
}

// conventions is the variety the article's house conventions point to:
// courtesy titles without a full stop (Mr Blair) and "per cent" are
// British, and so are money amounts in m and bn (£3.4bn, $600m) and the US
// without points; "Mr." and "percent", the dotted U.S. and the wire's Sen.,
// Rep. and Gov. before a name American. Two of them decide, or one that the
// other side's copy does not use when the other side shows none. "" when
// neither clearly leads.
func (f *facts) conventions() string { return f.conventionsOf(true) }

// conventionNames names the kinds of house convention that conventions
// counted for conv (GB or US), in a message's order: those the article
// shows, as conventionsOf(true) counts them.
func (f *facts) conventionNames(conv string) string {
	if conv == GB {
		seen := f.seenGB
		if f.undottedUS() && f.undotted >= 2*f.dotted {
			seen |= convUSPoints
		}
		return seenNames(seen, f.seenWords, true)
	}
	seen := f.seenUS
	if f.intlWire {
		seen &^= convUSPoints | convAPMonth | convPercent // (not counted: see conventionsOf)
	}
	if f.usd > 0 && !f.intlWire && f.lean() == "" && f.regionContext() == "" {
		seen |= convMoney
	}
	return seenNames(seen, f.seenWords, false)
}

// conventionsOf is conventions, with the US without points counted or not
// (Australian copy writes US too, and program in every sense: the undotted
// US alone does not decide an article whose only telling word is a
// program).
func (f *facts) conventionsOf(undotted bool) string {
	gb, us := f.convGB, f.convUS
	if f.intlWire {
		// Reuters and AFP write U.S., Jan. 5, percent and $300 million
		// with British spelling: no evidence of American spelling there
		us -= f.dotted + f.month + f.percent
	}
	usd := 0
	if f.usd > 0 && !f.intlWire && f.lean() == "" && f.regionContext() == "" {
		usd = f.usd // Australian and Canadian copy writes $2.4 billion too
		us += usd
	}
	if undotted && f.undottedUS() && f.undotted >= 2*f.dotted {
		// the US without points in running text: American papers and the
		// wires write U.S. (a U.S. beside, outnumbered, is a slip of its
		// own, not the house style)
		if !f.intlWire {
			us -= f.dotted
		}
		gb += 2
	}
	switch {
	case gb >= 2 && gb >= 3*us:
		return GB
	case us >= 2 && us >= 3*gb:
		return US
	case gb == 1 && us == 0 && f.wordGB == 0 && f.honGB == 0 && f.ca == 0 && f.countryContext() != US:
		// one convention that the other side's copy does not use (per
		// cent, £3bn, 14 February, England were; not towards, which
		// American writers use too, nor $3 million, which British copy
		// writes too), in copy not about the other side's country. Not
		// a courtesy title or a U.S., whose points are a slip of their
		// own as often as the house style (one Mr. in British copy).
		return GB
	case us == 1 && gb == 0 && f.wordUS == 0 && usd == 0 && f.honUS == 0 && f.dotted == 0 && f.ca == 0 && f.countryContext() != GB:
		// neither in copy naming Canada at all: Canadian papers write
		// U.S., Mr., said Tuesday and per cent, with colour and analyze
		return US
	}
	return ""
}

// undottedUS reports whether the text writes the US without points twice
// or more (after the headline), as British copy does.
func (f *facts) undottedUS() bool { return f.undotted >= 2 }

// weekdays are the days of the week.
var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true}

// bareWeekday reports whether the weekday toks[i] follows a word of its
// sentence without a preposition (said Tuesday, reached a deal Saturday,
// the game Friday night), as American copy writes it; British copy writes
// said on Tuesday. Words after which both write the bare day (last
// Tuesday, by Friday; Saturday's game is one token), a range (open Monday
// to Friday) and quoted speech do not count.
func bareWeekday(toks []lint.Token, i int) bool {
	if i == 0 {
		return false
	}
	p, t := &toks[i-1], &toks[i]
	if p.Kind != lint.Word || p.Sentence != t.Sentence || t.Has(lint.InQuote) || !t.Has(lint.SpaceBefore) ||
		p.Text[0] < 'a' || p.Text[0] > 'z' || weekdayBefore[p.Text] {
		return false
	}
	if i+2 < len(toks) && weekdays[toks[i+2].Text] {
		return false // Monday to Friday, Monday and Tuesday
	}
	return true
}

// weekdayBefore are the words after which British copy too writes a bare
// weekday (on Tuesday, last Tuesday, from Monday to Friday).
var weekdayBefore = setOf("on", "last", "next", "this", "that", "these", "every", "each", "for", "the", "a",
	"an", "from", "before", "after", "until", "till", "by", "since", "of", "in", "at", "into", "than",
	"and", "or", "but", "nor", "to", "through", "between", "was", "is", "be", "been", "were", "are",
	"as", "like", "about", "around", "during", "over", "past", "all", "only", "including", "except",
	"following", "previous", "same", "early", "late", "mid", "whose", "his", "her", "their", "its",
	"our", "my", "your", "one", "per", "versus", "vs", "where", "when", "whether", "if", "then",
	"not", "later", "earlier", "onwards", "either", "neither", "another", "other", "coming", "recent",
	"til", "upon", "toward", "towards", "against", "via", "with", "without")

// fullMonths are the months written out.
var fullMonths = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true, "October": true, "November": true, "December": true}

// dayNumber reports whether t is a day of a month: a number from 1 to 31.
func dayNumber(t *lint.Token) bool {
	if t.Kind != lint.Number || len(t.Text) > 2 {
		return false
	}
	d := 0
	for k := 0; k < len(t.Text); k++ {
		c := t.Text[k]
		if c < '0' || c > '9' {
			return false
		}
		d = d*10 + int(c-'0')
	}
	return d >= 1 && d <= 31
}

// apMonths are the months AP abbreviates before a day.
var apMonths = map[string]bool{"Jan": true, "Feb": true, "Aug": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true}

// apStates are AP's state abbreviations, written after a city (Boston,
// Mass.); the two-letter postal codes are left out, being also other words.
var apStates = map[string]bool{
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true,
	"Fla": true, "Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true,
	"Mass": true, "Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true, "Neb": true,
	"Nev": true, "N.H.": true, "N.J.": true, "N.M.": true, "N.Y.": true, "N.C.": true, "N.D.": true,
	"Okla": true, "Ore": true, "Pa": true, "R.I.": true, "S.C.": true, "S.D.": true, "Tenn": true,
	"Vt": true, "Va": true, "Wash": true, "W.Va.": true, "Wis": true, "Wyo": true, "D.C.": true,
}
