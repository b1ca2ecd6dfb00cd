// Package titles holds factlint's hand-written table of government titles
// and institutions by country, the words that tie a title to a country, and
// the classification of personal titles (offices, party posts, company
// roles) that title-convention and title-conflict share.
//
// The table is facts about how governments name their offices ("the US has
// a Secretary of Defense, the UK a Defence Secretary, most countries a
// Defence Minister"); it is written by hand for this project.
package titles

import (
	"strings"
	"sync"
)

// Level says how sure the country of a title must be before a wrong form is
// reported.
type Level int

const (
	// Generic forms (a ministry in a country that has departments) are
	// reported when the country comes from an explicit modifier, the
	// person's country, or the article's dominant country.
	Generic Level = iota
	// Exclusive forms (a British "President") need an explicit modifier,
	// the person's country, or an article about that country alone.
	Exclusive
	// Strict forms (a US "Prime Minister", a UK "State Department") are the
	// real name of an office elsewhere, so an article about one country
	// often mentions them rightly: they need an explicit modifier or the
	// person's own country.
	Strict
)

// Form is one wrong title or institution of a country.
type Form struct {
	Country string   // ISO 3166 alpha-2, or EU / UN
	Wrong   []string // lower-case token sequences: "defense minister"
	Right   string   // the country's form; "" when it has no such office
	Level   Level
	// Person is true for a personal title (Minister), false for a body (Ministry).
	Person bool
}

// Country is one country of the table.
type Country struct {
	Code string
	Name string // "the United States"
	// Modifiers tie a title placed after them to the country: "US", "U.S.",
	// "American", "Britain's".
	Modifiers []string
	// Signals point at the country in running text (places, institutions,
	// parties), with their weight for the article's dominant country.
	Signals map[string]int
}

// Table is the parsed table.
type Table struct {
	Countries map[string]*Country
	Forms     []*Form
}

// tableText is the table. One entry a line:
//
//	country CODE | Name
//	mod CODE: modifier, modifier…            (also signals of weight 1)
//	sig CODE N: phrase, phrase…              (signals of weight N)
//	CODE LEVEL person|body: wrong, wrong… => Right
//
// LEVEL is generic, exclusive or strict. Phrases are written as they appear
// in copy (signals and modifiers match case-sensitively); wrong forms are
// matched case-insensitively.
const tableText = `
country US | the United States
mod US: US, U.S., USA, U.S.A., America, American, United States, Washington
mod US: New York, California, Texas, Florida, Illinois, Ohio, Pennsylvania, Michigan, Virginia, Massachusetts, New Jersey, Arizona, Colorado, Nevada, Oregon
sig US 1: Americans, Chicago, Los Angeles, San Francisco, Boston, Seattle, Hollywood, Senate, senator, senators, dollar
sig US 2: Congress, congressional, congressman, congresswoman, White House, Pentagon, Capitol Hill, Republicans, Republican, Democrats, Democrat, FBI, CIA, Wall Street, Federal Reserve, Supreme Court justice
sig US 3: US authorities, US officials, US government, US administration, U.S. authorities, U.S. officials, U.S. government, federal prosecutors, federal government

country GB | the United Kingdom
mod GB: UK, U.K., Britain, British, United Kingdom, Great Britain, Whitehall, England, English
sig GB 1: Britons, London, Manchester, Birmingham, Liverpool, Leeds, Sheffield, Newcastle, Bristol, Nottingham, Leicester, Brighton, Oxford, Cambridge, Kent, Yorkshire, Lancashire, Essex, Surrey, pounds
sig GB 2: Westminster, Downing Street, Commons, House of Commons, House of Lords, MPs, MP, Labour, Tory, Tories, Conservatives, Lib Dems, Lib Dem, Liberal Democrats, Liberal Democrat, NHS, Home Office, Foreign Office, Bank of England, Chancellor of the Exchequer, Home Secretary, Foreign Secretary, Whitehall, shadow cabinet, UKIP, council tax, Scotland Yard
sig GB 3: UK government, British government, UK authorities, British authorities, British officials, UK officials, Labour government

country GB-SCT | Scotland
mod GB-SCT: Scottish, Scotland, Scots, Holyrood, Edinburgh, Glasgow
sig GB 1: Scottish, Scotland, Scots, Holyrood, Edinburgh, Glasgow, Aberdeen, Dundee

country GB-WLS | Wales
mod GB-WLS: Welsh, Wales, Cardiff
sig GB 1: Welsh, Wales, Cardiff, Swansea

country GB-NIR | Northern Ireland
mod GB-NIR: Northern Ireland, Northern Irish, Stormont, Belfast
sig GB 1: Northern Ireland, Belfast, Stormont

country CA | Canada
mod CA: Canada, Canadian, Ottawa
sig CA 1: Canadians, Toronto, Montreal, Vancouver, Quebec, Ontario, Alberta, British Columbia, Manitoba, Nova Scotia
sig CA 2: Parliament Hill

country AU | Australia
mod AU: Australia, Australian, Canberra
sig AU 1: Australians, Sydney, Melbourne, Brisbane, Adelaide, Queensland, Tasmania, New South Wales

country RU | Russia
mod RU: Russia, Russian, Russian Federation, Moscow, Kremlin
sig RU 1: Russians, St Petersburg, Chechnya, Siberia, rouble, roubles
sig RU 2: Kremlin, Duma, State Duma, Federation Council
sig RU 3: Russian authorities, Russian government, Russian officials, Russian prosecutors

country FR | France
mod FR: France, French, Paris, Elysee, Élysée
sig FR 1: Lyon, Marseille, Toulouse
sig FR 2: National Assembly, Elysee Palace, Élysée Palace, Matignon, Quai d'Orsay
sig FR 3: French government, French authorities, French officials

country DE | Germany
mod DE: Germany, German, Berlin, Bonn
sig DE 1: Germans, Munich, Frankfurt, Hamburg, Bavaria, Cologne, Stuttgart
sig DE 2: Bundestag, Bundesrat, Bundesbank, Social Democrats, Christian Democrats, SPD, CDU, CSU
sig DE 3: German government, German authorities, German officials

country IN | India
mod IN: India, Indian, Delhi, New Delhi
sig IN 1: Indians, Mumbai, Bombay, Bangalore, Calcutta, Kolkata, Chennai, Madras, Kashmir, rupee, rupees
sig IN 2: Lok Sabha, Rajya Sabha, BJP, Congress party
sig IN 3: Indian government, Indian authorities, Indian officials

country CN | China
mod CN: China, Chinese, Beijing
sig CN 1: Shanghai, Guangdong, Shenzhen, yuan, renminbi
sig CN 2: Communist Party of China, National People's Congress, Politburo, Zhongnanhai
sig CN 3: Chinese government, Chinese authorities, Chinese officials

country JP | Japan
mod JP: Japan, Japanese, Tokyo
sig JP 1: Osaka, Kyoto, Yokohama, yen
sig JP 3: Japanese government, Japanese authorities, Japanese officials

country IE | Ireland
mod IE: Ireland, Irish, Dublin
sig IE 1: Cork, Galway, Limerick
sig IE 2: Taoiseach, Tánaiste, Tanaiste, Dáil, Dail, Oireachtas, Seanad, Fianna Fáil, Fianna Fail, Fine Gael, Garda, Gardaí, Leinster House

country EU | the European Union
mod EU: EU, European Union

country UN | the United Nations
mod UN: UN, U.N., United Nations

# The United States has departments headed by secretaries, and an attorney
# general for justice.
US generic person: defense minister, defence minister, minister of defense, minister of defence, minister for defence => Defense Secretary
US generic body: defense ministry, defence ministry, ministry of defense, ministry of defence => Defense Department
US generic person: foreign minister, foreign affairs minister, minister of foreign affairs, minister for foreign affairs => Secretary of State
US generic body: foreign ministry, ministry of foreign affairs, foreign affairs ministry => State Department
US generic person: justice minister, minister of justice => Attorney General
US generic body: justice ministry, ministry of justice => Justice Department
US generic person: finance minister, minister of finance => Treasury Secretary
US generic body: finance ministry, ministry of finance => Treasury Department
US generic person: interior minister, minister of the interior, minister of interior => Interior Secretary
US generic body: interior ministry, ministry of the interior, ministry of interior => Interior Department
US generic person: health minister, minister of health => Health Secretary
US generic body: health ministry, ministry of health => Department of Health and Human Services
US generic person: education minister, minister of education => Education Secretary
US generic body: education ministry, ministry of education => Education Department
US generic person: energy minister, minister of energy => Energy Secretary
US generic body: energy ministry, ministry of energy => Energy Department
US generic person: agriculture minister, minister of agriculture => Agriculture Secretary
US generic body: agriculture ministry, ministry of agriculture => Agriculture Department
US generic person: commerce minister, minister of commerce, trade minister => Commerce Secretary
US generic body: commerce ministry, ministry of commerce, trade ministry => Commerce Department
US generic person: labor minister, labour minister, minister of labor, minister of labour => Labor Secretary
US generic person: transport minister, transportation minister, minister of transport => Transportation Secretary
US strict person: chancellor of the exchequer, chancellor => Treasury Secretary
US strict person: foreign secretary => Secretary of State
US strict body: foreign office => State Department
US strict person: home secretary => Homeland Security Secretary
US strict body: home office => Department of Homeland Security
US strict person: defence secretary => Defense Secretary
US strict person: prime minister =>
US strict body: parliament => Congress
US strict person: mp, member of parliament =>
US strict body: house of lords => Senate

# The United Kingdom: a prime minister, a chancellor, secretaries of state
# heading the Home Office, the Foreign Office, the Ministry of Defence and
# the Ministry of Justice.
GB exclusive person: president => Prime Minister
GB generic person: finance minister, minister of finance => Chancellor
GB generic body: finance ministry, ministry of finance => Treasury
GB generic person: interior minister, minister of the interior, minister of interior, interior secretary => Home Secretary
GB generic body: interior ministry, ministry of the interior, ministry of interior => Home Office
GB generic person: foreign minister, foreign affairs minister, minister of foreign affairs, minister for foreign affairs => Foreign Secretary
GB generic body: foreign ministry, ministry of foreign affairs, foreign affairs ministry => Foreign Office
GB generic person: defence minister, defense minister, minister of defence => Defence Secretary
GB strict person: secretary of defense, secretary of defence, defense secretary => Defence Secretary
GB strict body: department of defense, defense department, pentagon => Ministry of Defence
GB strict person: treasury secretary => Chancellor
GB strict body: justice department, department of justice => Ministry of Justice
GB strict body: state department => Foreign Office
GB strict body: congress => Parliament

# Canada and Australia: a prime minister and ministers; Australia's finance
# chief is the Treasurer.
CA strict person: president => Prime Minister
CA strict person: chancellor, chancellor of the exchequer => Finance Minister
CA strict person: secretary of defense, defense secretary => Defence Minister
CA strict body: state department => Global Affairs Canada
AU strict person: president => Prime Minister
AU strict person: chancellor, chancellor of the exchequer, finance secretary => Treasurer
AU strict person: secretary of defense => Defence Minister
AU strict body: state department => Department of Foreign Affairs and Trade

# Russia, France: a president, a prime minister and ministers.
RU strict person: chancellor, chancellor of the exchequer => Finance Minister
RU strict person: home secretary => Interior Minister
RU strict person: foreign secretary, secretary of state => Foreign Minister
RU strict person: defence secretary, defense secretary, secretary of defense, secretary of defence => Defence Minister
RU strict person: treasury secretary => Finance Minister
RU strict body: state department, foreign office => Foreign Ministry
RU strict body: justice department, department of justice => Justice Ministry
RU strict body: home office => Interior Ministry
RU strict body: pentagon, department of defense => Defence Ministry
FR strict person: chancellor, chancellor of the exchequer =>
FR strict person: home secretary => Interior Minister
FR strict person: foreign secretary => Foreign Minister
FR strict person: defence secretary, defense secretary, secretary of defense, secretary of defence => Defence Minister
FR strict person: treasury secretary => Finance Minister
FR strict body: state department, foreign office => Foreign Ministry
FR strict body: home office => Interior Ministry
FR strict body: justice department, department of justice => Justice Ministry

# Germany: a chancellor heads the government; the president is head of state.
DE strict person: prime minister => Chancellor
DE strict person: chancellor of the exchequer, treasury secretary => Finance Minister
DE strict person: home secretary => Interior Minister
DE strict person: foreign secretary, secretary of state => Foreign Minister
DE strict person: defence secretary, defense secretary, secretary of defense, secretary of defence => Defence Minister
DE strict body: state department, foreign office => Foreign Ministry
DE strict body: home office => Interior Ministry

# India: a home minister (not interior) and an external affairs minister.
IN strict person: chancellor, chancellor of the exchequer, treasury secretary => Finance Minister
IN strict person: interior minister => Home Minister
IN strict body: interior ministry => Home Ministry
IN strict person: secretary of state, foreign secretary => External Affairs Minister
IN strict body: state department => Ministry of External Affairs

# China: a president, a premier and ministers.
CN strict person: prime minister => Premier
CN strict person: chancellor, chancellor of the exchequer, treasury secretary => Finance Minister
CN strict person: secretary of state, foreign secretary => Foreign Minister
CN strict person: defence secretary, defense secretary, secretary of defense => Defence Minister
CN strict body: state department, foreign office => Foreign Ministry

# Japan: a prime minister and ministers; the emperor is head of state.
JP strict person: president => Prime Minister
JP strict person: chancellor, chancellor of the exchequer, treasury secretary => Finance Minister
JP strict person: secretary of state, foreign secretary => Foreign Minister
JP strict person: defence secretary, defense secretary, secretary of defense => Defense Minister
JP strict body: state department, foreign office => Foreign Ministry

# The EU has no government of its own; the UN is led by a secretary-general.
EU strict person: prime minister, finance minister, interior minister, defence minister, defense minister =>
EU strict body: ministry of foreign affairs, foreign ministry, finance ministry, ministry of finance =>
EU strict person: foreign minister => High Representative for Foreign Affairs
UN strict person: president, prime minister, secretary of state => Secretary-General
UN strict body: parliament => General Assembly
`

var parsed = sync.OnceValue(func() *Table { return Parse(tableText) })

// Default returns the built-in table.
func Default() *Table { return parsed() }

// Parse reads a table written in the format of tableText. Malformed lines
// are skipped (the built-in table is checked by a test).
func Parse(text string) *Table {
	t := &Table{Countries: map[string]*Country{}}
	country := func(code string) *Country {
		c := t.Countries[code]
		if c == nil {
			c = &Country{Code: code, Name: code, Signals: map[string]int{}}
			t.Countries[code] = c
		}
		return c
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		head, rest, ok := strings.Cut(line, ":")
		if strings.HasPrefix(line, "country ") {
			code, name, _ := strings.Cut(strings.TrimPrefix(line, "country "), "|")
			country(strings.TrimSpace(code)).Name = strings.TrimSpace(name)
			continue
		}
		if !ok {
			continue
		}
		f := strings.Fields(head)
		switch {
		case len(f) == 2 && f[0] == "mod":
			c := country(f[1])
			for _, m := range splitList(rest) {
				c.Modifiers = append(c.Modifiers, m)
				if c.Signals[m] == 0 {
					c.Signals[m] = 1
				}
			}
		case len(f) == 3 && f[0] == "sig":
			c := country(f[1])
			w := 0
			for _, r := range f[2] {
				w = w*10 + int(r-'0')
			}
			for _, s := range splitList(rest) {
				if w > c.Signals[s] {
					c.Signals[s] = w
				}
			}
		case len(f) == 3:
			wrongs, right, _ := strings.Cut(rest, "=>")
			form := &Form{Country: f[0], Right: strings.TrimSpace(right), Person: f[2] == "person"}
			switch f[1] {
			case "exclusive":
				form.Level = Exclusive
			case "strict":
				form.Level = Strict
			}
			for _, w := range splitList(wrongs) {
				form.Wrong = append(form.Wrong, strings.ToLower(w))
			}
			country(f[0])
			t.Forms = append(t.Forms, form)
		}
	}
	return t
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Extend returns a copy of t with the config's entries added: in country
// (a code or a name of the table), Wrong is written Right. Entries added this
// way are generic: any way of knowing the country suffices.
func (t *Table) Extend(entries []Entry) *Table {
	if len(entries) == 0 {
		return t
	}
	n := &Table{Countries: t.Countries, Forms: append([]*Form(nil), t.Forms...)}
	for _, e := range entries {
		code := t.CountryCode(e.Country)
		if code == "" || strings.TrimSpace(e.Wrong) == "" {
			continue
		}
		wrong := strings.ToLower(strings.Join(strings.Fields(e.Wrong), " "))
		n.Forms = append(n.Forms, &Form{Country: code, Wrong: []string{wrong}, Right: strings.TrimSpace(e.Right), Person: !isBody(wrong)})
	}
	return n
}

// Entry is a config entry (lint.TitleEntry without the import cycle).
type Entry struct{ Country, Wrong, Right string }

func isBody(w string) bool {
	for _, b := range []string{"ministry", "department", "office", "parliament", "congress", "agency", "house", "council", "assembly"} {
		if strings.Contains(w, b) {
			return true
		}
	}
	return false
}

// CountryCode resolves "US", "us", "United States", "American" to a code of
// the table, or "".
func (t *Table) CountryCode(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	up := strings.ToUpper(s)
	if _, ok := t.Countries[up]; ok {
		return up
	}
	switch up {
	case "UK", "GBR", "BRITAIN":
		return "GB"
	case "USA":
		return "US"
	}
	for code, c := range t.Countries {
		if strings.EqualFold(c.Name, s) || strings.EqualFold(strings.TrimPrefix(c.Name, "the "), s) {
			return code
		}
		for _, m := range c.Modifiers {
			if strings.EqualFold(m, s) {
				return code
			}
		}
	}
	return ""
}

// Display is a country's name for messages.
func (t *Table) Display(code string) string {
	if c := t.Countries[code]; c != nil {
		return c.Name
	}
	return code
}

// Base is the sovereign country of a code: GB for GB-SCT.
func Base(code string) string {
	if i := strings.IndexByte(code, '-'); i > 0 {
		return code[:i]
	}
	return code
}
