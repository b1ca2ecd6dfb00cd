package entities

import (
	"github.com/factlint/factlint/lint"
)

// Hand-written tables of English news usage: honorifics, title words,
// organisation suffixes, gendered nouns. Keys are lower case unless noted.

// honorifics before a name, with the gender they show (Unknown: none).
// Keys are as written, without a full stop.
var honorifics = map[string]Gender{
	"Mr": Male, "Mrs": Female, "Ms": Female, "Miss": Female, "Mx": Unknown, "Dr": Unknown,
	"Sir": Male, "Lord": Male, "Lady": Female, "Dame": Female, "Baroness": Female, "Baron": Male,
	"Gen": Unknown, "Sen": Unknown, "Rep": Unknown, "Gov": Unknown, "Prof": Unknown, "Rev": Unknown,
	"Lt": Unknown, "Col": Unknown, "Capt": Unknown, "Sgt": Unknown, "Maj": Unknown, "Adm": Unknown,
	"Cpl": Unknown, "Pte": Unknown, "Det": Unknown, "Insp": Unknown, "Supt": Unknown, "Cmdr": Unknown,
	"Brig": Unknown, "Fr": Male, "Mme": Female, "Madame": Female, "Mlle": Female, "Monsieur": Male,
	"Herr": Male, "Frau": Female, "Signor": Male, "Signora": Female, "Senor": Male, "Señor": Male,
	"Senora": Female, "Señora": Female, "Sheikh": Male, "Rabbi": Unknown, "Imam": Male,
	"Ayatollah": Male, "Cardinal": Male, "Archbishop": Unknown, "Bishop": Unknown, "Pope": Male,
	"Saint": Unknown, "Justice": Unknown, "Judge": Unknown, "Hon": Unknown, "Messrs": Unknown,
	"Gen.": Unknown, "Sen.": Unknown, "Rep.": Unknown, "Gov.": Unknown,
	"King": Male, "Queen": Female, "Prince": Male, "Princess": Female, "Duke": Male, "Duchess": Female,
	"Earl": Male, "Countess": Female, "Emperor": Male, "Empress": Female, "Sultan": Male,
	"Cllr": Unknown,
}

// titleHeads are the nouns that end a title before a name or in apposition
// (Defence Secretary Jim Mattis; Jim Mattis, the defence secretary).
var titleHeads = setOf(
	"president", "vice-president", "minister", "secretary", "chancellor", "premier", "leader",
	"chairman", "chairwoman", "chairperson", "chair", "executive", "director", "governor",
	"senator", "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
	"commissioner", "judge", "general", "captain", "coach", "manager", "boss", "chief", "head",
	"officer", "editor", "founder", "owner", "deputy", "mp", "mep", "msp", "am", "congressman",
	"congresswoman", "representative", "attorney", "prosecutor", "lawyer", "counsel", "solicitor",
	"barrister", "actor", "actress", "singer", "presenter", "author", "novelist", "writer",
	"producer", "striker", "midfielder", "defender", "goalkeeper", "winger", "keeper", "forward",
	"full-back", "fly-half", "scrum-half", "lock", "prop", "hooker", "flanker", "centre", "player",
	"champion", "analyst", "economist", "strategist", "professor", "lecturer", "researcher",
	"scientist", "spokesman", "king", "queen", "prince", "princess", "duke", "duchess", "emperor",
	"pope", "archbishop", "bishop", "cardinal", "rabbi", "imam", "ayatollah", "sheikh", "sultan",
	"colonel", "major", "lieutenant", "sergeant", "admiral", "commander", "marshal", "brigadier",
	"inspector", "superintendent", "constable", "detective", "commissioner", "chairman",
	"treasurer", "whip", "speaker", "comptroller", "auditor", "regulator", "administrator",
	"partner", "consultant", "adviser", "advisor", "aide", "official", "negotiator", "diplomat",
	"correspondent", "reporter", "columnist", "photographer", "designer", "architect",
	"musician", "guitarist", "drummer", "bassist", "rapper", "comedian", "star", "model",
	"dancer", "artist", "composer", "conductor", "director-general", "secretary-general",
	"ceo", "cfo", "coo", "cto", "md", "vice-chairman", "vice-chancellor", "chief-executive",
	"boss", "trainer", "jockey", "driver", "rider", "cyclist", "athlete", "sprinter", "runner",
	"skipper", "batsman", "bowler", "all-rounder", "international", "candidate", "campaigner",
	"activist", "founder", "co-founder", "chef", "entrepreneur", "businessman", "businesswoman",
	"tycoon", "magnate", "billionaire", "investor", "banker", "trader", "broker",
	"president-elect", "premier", "taoiseach", "chancellor", "commentator", "pundit",
	"sheriff", "councilman", "councilwoman", "councillor", "councilor", "assemblyman",
	"assemblywoman", "alderman", "alderwoman",
)

// ambiguousHeads are title words that also begin names of things (General
// Motors, Major League): a name after them must hold an uncommon word.
var ambiguousHeads = setOf("general", "major", "captain", "chief", "head", "judge", "justice",
	"speaker", "leader", "director", "star", "model", "king", "queen", "prince", "duke", "partner",
	"champion", "international", "player", "lock", "prop", "hooker", "centre", "forward",
	"keeper", "whip", "aide", "official", "driver", "rider", "runner", "candidate", "owner", "chair",
	"am", "md", "sheriff", "alderman")

// titleWords may stand inside a title before its head (Shadow Home Secretary,
// Deputy Prime Minister, chief executive, Trade and Industry Secretary).
var titleWords = setOf(
	"deputy", "vice", "prime", "foreign", "home", "defence", "defense", "shadow", "former", "acting",
	"interim", "chief", "senior", "junior", "assistant", "executive", "managing", "general",
	"finance", "financial", "trade", "industry", "health", "education", "culture", "media", "sport",
	"environment", "transport", "treasury", "justice", "interior", "energy", "labor", "labour",
	"agriculture", "commerce", "economy", "economic", "state", "culture", "northern", "ireland",
	"scotland", "scottish", "welsh", "wales", "constitutional", "affairs", "europe", "european",
	"work", "pensions", "attorney", "solicitor", "first", "lord", "lady", "then", "ex", "former",
	"new", "outgoing", "incoming", "would-be", "joint", "co", "lead", "principal", "national",
	"international", "regional", "party", "opposition", "conservative", "tory", "liberal",
	"democrat", "democratic", "republican", "green", "independent", "team", "club", "company",
	"group", "union", "police", "army", "military", "intelligence", "security", "homeland",
	"operating", "financial", "technology", "technical", "creative", "artistic", "music",
	"musical", "marketing", "sales", "communications", "development", "research", "policy",
	"legal", "medical", "political", "sports", "football", "cricket", "rugby", "tennis",
	"golf", "athletics", "england", "britain", "british", "us", "u.s.", "american",
	"of", "and", "for", "the", "&", "to", "local", "government", "cabinet", "chancellor",
	"minister", "secretary", "director", "president", "officer", "exchequer", "commons", "lords",
	"house", "senate", "senior", "world", "olympic", "heavyweight", "middleweight", "record",
	"reigning", "defending", "veteran", "rookie", "star", "top", "leading", "fellow", "rival",
	"prosecuting", "defending", "district", "county", "city", "town", "borough", "council",
	"metropolitan", "digital", "arts", "science", "social", "communities", "family", "children",
	"women", "women's", "equality", "development", "overseas", "veterans", "housing", "urban",
	"transportation", "immigration", "citizenship", "treasury", "business", "enterprise",
	"regulatory", "reform", "information", "press", "public", "relations", "human", "resources",
)

// modifiers that allow a second title (former, acting…).
var titleModifiers = setOf("former", "acting", "shadow", "deputy", "then", "would-be", "interim",
	"ex", "outgoing", "incoming", "designate", "elect", "retired", "late", "vice", "assistant",
	"junior", "caretaker", "temporary", "future", "previous", "erstwhile", "one-time", "onetime")

// orgSuffixes end the names of organisations (Unilever plc, Bank, Party…).
// Keys as written.
var orgSuffixes = setOf(
	"Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Incorporated", "plc", "PLC", "Plc", "Corp", "Corp.",
	"Corporation", "Co", "Co.", "Company", "Group", "Holdings", "Bank", "Agency", "Party",
	"Council", "Department", "Ministry", "Office", "Commission", "Union", "United", "FC", "AFC",
	"Club", "Association", "Federation", "League", "Institute", "Institution", "University",
	"College", "School", "Academy", "Foundation", "Trust", "Fund", "Committee", "Authority",
	"Service", "Services", "Airways", "Airlines", "Air", "Motors", "Motor", "Partners", "Systems",
	"Technologies", "Technology", "Networks", "Communications", "Telecom", "Entertainment",
	"Records", "Studios", "Pictures", "Films", "Times", "News", "Post", "Journal", "Magazine",
	"Herald", "Telegraph", "Guardian", "Observer", "Gazette", "Tribune", "Mail", "Express",
	"Court", "Parliament", "Assembly", "Congress", "Senate", "Police", "Army", "Navy", "Force",
	"Guard", "Exchange", "Society", "Church", "Museum", "Hospital", "Rovers", "City", "Athletic",
	"Wanderers", "Albion", "Villa", "Hotspur", "Rangers", "Celtic", "Forest", "Argyle", "County",
	"Town", "Orient", "Saracens", "Harlequins", "Wasps", "Tigers", "Sharks", "Bulls", "Lions",
	"Cabinet", "Executive", "Board", "Bureau", "Directorate", "Inspectorate", "Tribunal",
	"Organisation", "Organization", "Network", "Alliance", "Coalition", "Movement", "Front",
	"Brigade", "Brigades", "Forces", "Council", "Centre", "Center", "Labs", "Laboratories",
	"Pharmaceuticals", "Energy", "Oil", "Petroleum", "Gas", "Steel", "Mining", "Insurance",
	"Securities", "Capital", "Investments", "Properties", "Stores", "Foods", "Brewery",
	"Breweries", "Industries", "International", "Worldwide", "Global", "Media", "Broadcasting",
	"Radio", "Television", "TV", "Channel", "Press", "Publishing", "Books", "Games", "Software",
	"Electronics", "Motors", "Automotive", "Railways", "Railway", "Rail", "Trains", "Ports",
	"Commons", "Lords", "Treasury", "Exchequer", "Administration", "Secretariat", "Cup",
	"Championship", "Premiership", "Olympics", "Games", "Festival", "Awards", "Prize",
	"Show", "Conference", "Summit", "Forum", "Act", "Bill", "Treaty", "Accord", "Agreement",
	"Plan", "Report", "Index", "Inquiry", "Review", "Programme", "Program", "Project", "Scheme",
	"Street", "Road", "Square", "Avenue", "Bridge", "Stadium", "Park", "Airport", "Station",
	"Palace", "Castle", "Hall", "Tower", "House", "Building", "Prison", "Island", "Islands",
	"River", "Sea", "Ocean", "Bay", "Gulf", "Lake", "Mountains", "Valley", "Desert", "Coast",
	"Province", "Region", "State", "Republic", "Kingdom", "Empire", "Strait", "Peninsula",
	"Airbus", "Bros", "Brothers", "&", "Associates", "Solicitors", "Laboratory", "Laboratories",
	"Lab", "Centre", "Clinic", "Zoo", "Gardens", "Theatre", "Theater", "Cinema", "Arena",
	"Gallery", "Library", "Orchestra", "Band", "Choir", "Ensemble", "Quartet", "Trio",
)

// orgHeads begin organisation names of the form "X of Y" (Ministry of
// Justice, Bank of England, University of London).
var orgHeads = setOf("Ministry", "Department", "Bank", "University", "Institute", "Council",
	"Commission", "Office", "Board", "Agency", "Church", "Museum", "House", "Court", "Federation",
	"Association", "Union", "Society", "College", "School", "Academy", "Chamber", "League",
	"Confederation", "Organisation", "Organization", "Committee", "Foundation", "Fund", "Republic",
	"Kingdom", "Isle", "Gulf", "Bay", "City", "Port", "Cape", "Lake", "Palace", "Tower",
	"Duchy", "Archbishop", "Bishop", "Order", "Royal", "National", "Federal", "Central",
	"Party", "Army", "Navy", "Secretary", "Department", "Division", "Bureau", "Centre", "Center",
	"Hall", "Festival", "Battle", "Treaty", "Home", "Foreign", "Cabinet", "Houses", "Parliament",
	"State", "States", "Government", "Authority", "Trust", "Times", "Bishopric", "Strait", "Straits",
	"Sea", "Province", "Prime", "Chancellor", "Minister", "Director", "Governor", "President",
	"Speaker", "Chief", "Head", "Leader", "Mayor", "Duke", "Prince", "Princess", "Earl", "Queen",
	"King", "Lord", "Lady", "Mount", "Museum", "Gallery", "Institute", "Hospital", "Library",
	"Orchestra", "Opera", "Theatre", "Theater", "Ballet", "Company",
)

// gendered nouns: titles and family words that tell a person's gender, and
// common nouns that may be the antecedent of a pronoun.
var genderedNouns = map[string]Gender{
	"chairwoman": Female, "spokeswoman": Female, "actress": Female, "queen": Female,
	"princess": Female, "duchess": Female, "countess": Female, "baroness": Female,
	"businesswoman": Female, "congresswoman": Female, "sportswoman": Female, "heiress": Female,
	"waitress": Female, "mother": Female, "wife": Female, "daughter": Female, "sister": Female,
	"girlfriend": Female, "widow": Female, "grandmother": Female, "aunt": Female, "niece": Female,
	"woman": Female, "girl": Female, "lady": Female, "mum": Female, "mom": Female, "bride": Female,
	"headmistress": Female, "policewoman": Female, "stepmother": Female, "granddaughter": Female,
	"empress": Female, "madam": Female, "hostess": Female, "sportswoman's": Female, "heroine": Female,
	"landlady": Female, "chairlady": Female, "frontwoman": Female, "servicewoman": Female,
	"spokesman": Male, "king": Male, "prince": Male, "duke": Male, "earl": Male, "baron": Male,
	"businessman": Male, "congressman": Male, "sportsman": Male, "husband": Male, "father": Male,
	"son": Male, "brother": Male, "boyfriend": Male, "widower": Male, "grandfather": Male,
	"uncle": Male, "nephew": Male, "man": Male, "boy": Male, "dad": Male, "groom": Male,
	"headmaster": Male, "policeman": Male, "stepfather": Male, "grandson": Male, "emperor": Male,
	"frontman": Male, "sultan": Male, "monk": Male, "priest": Male, "landlord": Male,
	"serviceman": Male, "fireman": Male, "chairman": Male, "actor": Unknown,
	"councilwoman": Female, "assemblywoman": Female, "alderwoman": Female,
	"councilman": Male, "assemblyman": Male, "alderman": Male,
}

// genderedTitles are the gendered nouns trusted as evidence when given as a
// person's title (chairman is left out: British copy uses it for women).
var genderedTitles = func() map[string]Gender {
	m := map[string]Gender{}
	for w, g := range genderedNouns {
		switch w {
		case "chairman", "man", "woman", "boy", "girl", "lady", "actor", "madam":
			continue
		}
		if g != Unknown {
			m[w] = g
		}
	}
	return m
}()

// groupNouns can be the antecedent of "it": a pronoun she/her that refers
// to one of them should be it/its.
var groupNouns = setOf("government", "club", "company", "firm", "country", "nation", "state",
	"bank", "team", "party", "council", "ministry", "administration", "group", "board",
	"regime", "side", "union", "agency", "department", "authority", "organisation",
	"organization", "corporation", "business", "commission", "parliament", "republic",
	"kingdom", "airline", "carrier", "giant", "maker", "retailer", "brewer", "operator",
	"network", "channel", "broadcaster", "newspaper", "paper", "league", "federation",
	"association", "body", "watchdog", "regulator", "institute", "university", "school",
	"hospital", "industry", "economy", "market", "city", "town", "region", "province",
	"committee", "court", "executive", "cabinet", "alliance", "bloc", "consortium",
	"conglomerate", "manufacturer", "producer", "supplier", "chain", "label", "studio",
	"publisher", "insurer", "lender", "exchange", "fund", "charity", "ship", "vessel")

// personNouns name a person of either sex; as the antecedent of a pronoun
// they leave its gender open.
var personNouns = setOf("contestant", "victim", "teacher", "student", "patient", "worker",
	"fan", "customer", "user", "resident", "child", "baby", "pupil", "suspect", "defendant",
	"witness", "nurse", "doctor", "farmer", "buyer", "seller", "passenger", "person", "winner",
	"loser", "voter", "citizen", "employee", "teenager", "parent", "friend", "partner", "spouse",
	"colleague", "neighbour", "neighbor", "applicant", "claimant", "plaintiff", "juror", "pilot",
	"soldier", "officer", "journalist", "blogger", "gamer", "viewer", "listener", "reader",
	"chef", "owner", "founder", "boss", "creator", "inventor", "developer", "programmer",
	"designer", "shopper", "consumer", "investor", "tenant", "landowner", "pensioner",
	"graduate", "nominee", "finalist", "newcomer", "rookie", "youngster", "veteran", "survivor",
	"director", "performer", "celebrity", "host", "presenter", "judge", "star")

// speechVerbs follow a subject that is usually a person or organisation.
var speechVerbs = setOf("said", "says", "told", "added", "explained", "argued", "insisted",
	"claimed", "warned", "stressed", "noted", "admitted", "denied", "announced", "declared",
	"suggested", "believes", "believed", "thinks", "thought", "wrote", "writes", "asked",
	"replied", "responded", "commented", "confirmed", "revealed", "urged", "called", "accused",
	"criticised", "criticized", "praised", "welcomed", "dismissed", "rejected", "added:",
	"continued", "concluded", "recalled", "acknowledged", "predicted", "hopes", "hoped",
	"wants", "wanted", "expects", "expected", "has", "had", "was", "is", "will", "would")

// nameParticles stand inside names in lower case (Charles de Gaulle).
var nameParticles = setOf("de", "van", "von", "der", "den", "da", "di", "du", "del", "della",
	"la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "zu", "af", "bint", "ben", "y")

// nameSuffixes follow a surname (John Smith Jr).
// postNominals are honours and offices written after a full name (Simon
// Mortimer KC, Jane Smith MP); they are cut off the name. Case-sensitive.
var postNominals = setOf("KC", "QC", "MP", "MEP", "MSP", "MLA", "OBE", "CBE", "MBE", "KBE", "DBE", "GBE", "PhD")

var nameSuffixes = setOf("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "Junior", "Senior")

// determiners and other small words that start a title-only reference.
var determiners = setOf("the", "a", "an", "its", "their", "his", "her", "our", "this", "that")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// whys holds the evidence texts made from the closed word lists
// ("honorific Mr", "title chairwoman", "pronoun she"), so that recording
// evidence allocates nothing.
var whys = func() map[string]string {
	m := map[string]string{}
	for h := range honorifics {
		m["honorific "+h] = "honorific " + h
	}
	for w := range genderedNouns {
		m["title "+w] = "title " + w
	}
	for _, w := range pronounWords {
		m["pronoun "+w] = "pronoun " + w
	}
	return m
}()

// why returns kind+w, without allocating when it is one of whys.
func why(kind, w string) string {
	var buf [48]byte
	if len(kind)+len(w) <= len(buf) {
		k := append(append(buf[:0], kind...), w...)
		if s, ok := whys[string(k)]; ok {
			return s
		}
	}
	return kind + w
}

// The tables the passes look up for most tokens, as wordTables.
var (
	particleSet    = newWordTable(nameParticles)
	speechVerbSet  = newWordTable(speechVerbs)
	honorificSet   = newWordTable(honorifics)
	determinerSet  = newWordTable(determiners)
	orgSuffixSet   = newWordTable(orgSuffixes)
	orgHeadSet     = newWordTable(orgHeads)
	postNominalSet = newWordTable(postNominals)
	nameSuffixSet  = newWordTable(nameSuffixes)
)

// honorificOf is honorifics[s].
func honorificOf(s string) Gender {
	g, _ := honorificSet.get(s)
	return g
}

// isParticle is nameParticles[s]; the particles are short and lower case,
// so most words are ruled out before hashing.
func isParticle(s string) bool {
	return len(s)-1 < 5 && s[0]-'a' <= 'z'-'a' && isParticleWord(s)
}

//go:noinline
func isParticleWord(s string) bool { return particleSet.has(s) }

// particleFold, speechFold and honorificFold hold the fold hashes of the
// particles, the speech verbs and the honorifics: a token none of them is
// turned away by its Fold, without a look at its text.
const (
	particleFold foldBit = 1 << iota
	speechFold
	honorificFold
	// plainScanFold holds those of the words scanCase lists or marks when
	// they are written in plain lower case: the class nouns
	// (classFoldBits), "the", the pronouns and the name particles.
	plainScanFold
	classFoldBits        // the wordClasses words
	titleFoldBits        // the title words and heads (titleFactTable)
	titleHeadFold        // the title heads
	numFoldSets   = iota // (at most eight: a byte holds them)
)

// foldBit is one of the sets of fold hashes of foldSets, by its bit.
type foldBit uint8

// foldSets holds the sets of fold hashes of the words the passes test
// tokens against, one bit of each byte per set: a word is in a set when
// the set's bit is on in two bytes, chosen by the top and by the bottom 14
// bits of its hash. They were seven foldset.Wide of 8 KB, a bit per word
// each, reached through a pointer: here all of them are 16 KB of the
// cache instead of 56 KB, Has reads no pointer first, and with two bytes
// a word fewer other words pass it (about one in a thousand for the sets
// of a few hundred words, against one in two hundred), which spares the
// tests that follow. (The tokens' tests of one document still miss the
// first cache about as often: the token stream evicts 16 KB as it did
// 8 KB. Smaller tables, of 4 KB or 8 KB, let more words through and
// cost more than they saved.)
var foldSets = func() (t [1 << foldSetBits]uint8) {
	add := func(s foldBit, w string) {
		h := lint.FoldHash(w)
		t[h>>(32-foldSetBits)] |= uint8(s)
		t[h&(1<<foldSetBits-1)] |= uint8(s)
	}
	for w := range nameParticles {
		add(particleFold, w)
		add(plainScanFold, w)
	}
	for w := range speechVerbs {
		add(speechFold, w)
	}
	for w := range honorifics {
		add(honorificFold, w)
	}
	for w := range wordClasses {
		add(classFoldBits, w)
		add(plainScanFold, w)
	}
	add(plainScanFold, "the")
	for _, w := range pronounWords {
		add(plainScanFold, w)
	}
	for w := range titleFactTable {
		add(titleFoldBits, w)
	}
	for w := range titleHeads {
		add(titleHeadFold, w)
	}
	return t
}()

// foldSetBits is the number of bits of a fold hash that choose each of its
// bytes in foldSets.
const foldSetBits = 14

// Has reports whether a word whose FoldHash is fold may be in the set:
// never false for one that is.
func (s foldBit) Has(fold uint32) bool {
	return foldSets[fold>>(32-foldSetBits)]&uint8(s) != 0 && foldSets[fold&(1<<foldSetBits-1)]&uint8(s) != 0
}

// isHonorificTok is isHonorific(t.Text).
func isHonorificTok(t *lint.Token) bool { return honorificFold.Has(t.Fold) && isHonorific(t.Text) }

// honorificAt is isHonorific(b.tokWordAt(i)), which scanCase records in
// the token's shape.
func (b *builder) honorificAt(i int) bool { return b.shape[i]&tsHonorific != 0 }

// isParticleTok is isParticle(t.Text).
func isParticleTok(t *lint.Token) bool { return particleFold.Has(t.Fold) && isParticle(t.Text) }

// isSpeechVerbTok is isSpeechVerb(t.Text).
func isSpeechVerbTok(t *lint.Token) bool { return speechFold.Has(t.Fold) && isSpeechVerb(t.Text) }

// particleAt is isParticle(b.tokWordAt(i)): the token's shape says
// whether its text is a particle; only such a token, or one whose word is
// cut from its text (van's), is looked at.
func (b *builder) particleAt(i int) bool {
	return b.shape[i]&(tsParticle|tsCut) != 0 && b.particleSlow(i)
}

// particleSlow is particleAt of a token whose text is a particle or holds
// a possessive ending.
//
//go:noinline
func (b *builder) particleSlow(i int) bool {
	return b.shape[i]&tsParticle != 0 || isParticle(b.tokWordAt(i))
}

// isSpeechVerb is speechVerbs[s]; the verbs start with a lower-case
// letter, so punctuation and capitalised words are ruled out before
// hashing.
func isSpeechVerb(s string) bool {
	return len(s) >= 2 && 'a' <= s[0] && s[0] <= 'z' && speechVerbSet.has(s)
}

// isPronounForm reports whether lw is one of pronounWords.
func isPronounForm(lw string) bool { return pronounFormOf(lw) != (pronounForm{}) }
