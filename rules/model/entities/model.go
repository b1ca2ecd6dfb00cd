package entities

import (
	"math"

	"github.com/factlint/factlint/lint"
)

// Kind is what an entity is.
type Kind int

const (
	Person Kind = iota
	Organization
	Place
	// Other is a proper name whose kind the article does not show
	// (Facebook, Countryfile, a bare surname nobody was introduced with).
	Other
)

func (k Kind) String() string {
	if k < 0 || int(k) >= 4 {
		return "unknown"
	}
	return [...]string{"person", "organization", "place", "other"}[k]
}

// Gender of a person, as far as the article shows it.
type Gender int

const (
	Unknown Gender = iota
	Male
	Female
)

func (g Gender) String() string { return [...]string{"unknown", "male", "female"}[g] }

// MentionForm says how a mention names its entity.
type MentionForm int

const (
	FullName  MentionForm = iota // Jim Mathis, Vladimir Putin, Internet Research Agency
	Surname                      // Mathis, Mr Mathis, Mathis´s
	TitleOnly                    // the minister, the defence secretary
	Pronoun                      // he, she, it (when resolved)
)

// Mention is one place the article names an entity. Spans are Text offsets.
type Mention struct {
	Span       lint.Span // the name itself (possessive 's excluded)
	Text       string    // the name as written, hard-wrap white space folded to one space
	Form       MentionForm
	Honorific  string    // Mr, Mrs, Dr, Sir, Gen., … before the name ("" if none)
	HonSpan    lint.Span // span of the honorific
	Sentence   int       // index into Document.Sentences
	Possessive bool      // Mathis´s, Hewitt's, Jones'
	// Tokens are the indices into Document.Tokens of the name's words (for
	// a title-only reference, of the title's words).
	Tokens []int
}

// Title is a role given to a person, with where it was given.
type Title struct {
	Text    string    // "Defense secretary", "Russian President", "chief executive"
	Span    lint.Span // Text offsets
	Mention int       // index of the mention it is attached to (-1: title-only reference)
	Country string    // ISO 3166 alpha-2 of an explicit country modifier (US Defense secretary → US), "" if none
	// Modifier is a qualifier that allows a second title: former, acting,
	// shadow, deputy, then, would-be, interim, ex-, outgoing, incoming ("" if none).
	Modifier string
}

// Evidence is one reason for a gender.
type Evidence struct {
	Gender Gender
	Why    string    // "honorific Mrs", "first name Patricia", "title chairwoman", "pronoun she"
	Span   lint.Span // where
	Source EvidenceSource
}

// EvidenceSource is the kind of a piece of gender evidence, strongest first.
type EvidenceSource int

const (
	FromHonorific EvidenceSource = iota // Mr, Mrs, Sir, Dame
	FromTitle                           // chairwoman, actress, king
	FromFirstName                       // a first name borne 95% by one sex
	FromPronoun                         // a pronoun that clearly refers to the person
)

// Entity is one person, organisation or place of the article.
type Entity struct {
	ID       int
	Kind     Kind
	Name     string // spelling of its first full-name mention (or first mention)
	Surname  string // for people: the last name as in Name
	Mentions []Mention
	Titles   []Title
	Gender   Gender
	Evidence []Evidence
	Age      int       // 0 when not given
	AgeSpan  lint.Span // where the age was given
	Ages     []AgeFact // every age given (fact-age compares them)
	// Affiliation is a party, constituency or employer given with the name:
	// "(D-Calif.)", "Labour MP", "of Unilever".
	Affiliation string
	// PossiblePerson marks a name of kind Other that may be a person: a
	// known first name used alone (Kelly), or the subject of a speech verb.
	PossiblePerson bool
	// Country the entity belongs to, when the article shows it (US, GB, RU…):
	// from a demonym or country title ("Russian President"), or for places
	// and organisations their own country.
	Country string
}

// AgeFact is one age given for a person.
type AgeFact struct {
	Age  int
	Span lint.Span
}

// NearMiss is a mention whose spelling is close to, but not the same as,
// another entity's name: the raw material of name-variant and
// name-unintroduced.
type NearMiss struct {
	Mention  Mention // the deviant mention (the word alone when it is in no name)
	Entity   *Entity // the entity of the reference spelling (nil when it is in no name)
	Ref      Mention // the mention with the reference spelling
	Distance float64 // normalised spelling distance, 0 (same) … 1
	// Word and RefWord are the differing name words themselves (Blayr in
	// "Tony Blayr", Blair in "Tony Blair"), with their spans.
	Word, RefWord         string
	WordSpan, RefWordSpan lint.Span
	// Count and RefCount are how often each spelling occurs.
	Count, RefCount int
	// InFull and RefInFull say whether the spelling occurs in a person's
	// full name (first name and surname).
	InFull, RefInFull bool
	// RefDate says the reference spelling is the name of a day or month
	// (Monday, June) that is in no person's name of any form (not Mr
	// March, Ms June, Julia March): a date, not a name.
	RefDate bool
	// Common says the deviant spelling is an ordinary English word; Known
	// that it is a known first name or surname; Place that it is a country,
	// demonym or known place.
	Common, Known, Place bool
	// TwoPeople says both spellings are surnames (or first names) of
	// people introduced by full names that differ in another word too
	// (Jane Smith, John Smyth): most likely two people, not a slip.
	TwoPeople bool
	// Speaker says the deviant spelling is an ordinary word that opens a
	// sentence before said, says, told or added (Tang said, after Rebecca
	// Tan), compared only with the surname of a person named in full: as
	// a speaker, it names someone whatever else the word means.
	Speaker bool
	// Lexical says the reference spelling is no word of the document but
	// a proper name of the word lists that names no person (European,
	// Tuesday, Heathrow: see lexSlips); Ref, Entity and RefWordSpan are
	// then empty, RefCount 0, and Mention has no tokens (its span, text
	// and sentence only: the word names no one).
	Lexical bool
	// Listed says both spellings are written equally often, the reference
	// one is a name, place or nationality the lists know, the deviant one
	// is none of these nor an ordinary word, one typing slip from it, and
	// in no person's name (Eurpoean beside European, Frago beside Fargo).
	Listed bool
}

// Model is the result of the entities rule: who is who in one document.
type Model struct {
	Entities []*Entity
	// Unresolved surname-only mentions that joined nobody.
	Unresolved []Mention
	// NearMisses are mentions spelled close to another person's name.
	NearMisses []NearMiss
	// FemaleNouns are the spans of female common nouns (woman, mother,
	// actress) that name nobody of the model.
	FemaleNouns []lint.Span
	// Pronouns are the gendered third-person pronouns (he, him, his,
	// himself, she, her, hers, herself) with what they may refer to.
	Pronouns []PronounRef
	// byToken holds, for each token, the ID of the entity whose name
	// mention covers it (0: none); entity ID k is Entities[k-1]. The IDs
	// fit in 16 bits but in documents of 65535 entities or more, which
	// use byToken32 instead.
	byToken   []uint16
	byToken32 []int32
	// st is the memory the model was built in, handed back by Recycle.
	st *store
}

// entityID returns the ID of the entity whose name covers token i (0:
// none).
func (m *Model) entityID(i int) int32 {
	if m.byToken32 != nil {
		if i < 0 || i >= len(m.byToken32) {
			return 0
		}
		return m.byToken32[i]
	}
	if i < 0 || i >= len(m.byToken) {
		return 0
	}
	return int32(m.byToken[i])
}

// makeByToken makes the table of entity IDs by token for n tokens.
func (m *Model) makeByToken(n int) {
	switch {
	case len(m.Entities) == 0:
		// No name: every token reads 0.
	case len(m.Entities) < math.MaxUint16:
		m.byToken = take(&m.st.byTok, n)
	default:
		m.byToken32 = make([]int32, n)
	}
}

// setEntityID records that entity id's name covers token i.
func (m *Model) setEntityID(i int, id int32) {
	if m.byToken32 != nil {
		m.byToken32[i] = id
	} else {
		m.byToken[i] = uint16(id)
	}
}

// PronounCase is the grammatical case of a pronoun.
type PronounCase int

const (
	Subjective PronounCase = iota // he, she
	Objective                     // him, her (object)
	Possessive                    // his, her (before a noun), hers
	Reflexive                     // himself, herself
)

// PronounRef is one gendered pronoun of the article.
type PronounRef struct {
	Token    int
	Span     lint.Span
	Text     string
	Gender   Gender // Male for he/him/his/himself, Female for she/her/hers/herself
	Case     PronounCase
	Sentence int
	InQuote  bool
	// Reach lists what the pronoun may refer to: mentions and nouns in the
	// same sentence before it and in the two sentences before, nearest
	// first; Far is set when nothing was that near and older sentences were
	// searched. Reach may share memory with other pronouns' reaches: read
	// it, never write to it.
	Reach []Candidate
	Far   bool
	// Antecedent is the person the pronoun clearly refers to (the only
	// person in reach), or nil.
	Antecedent *Entity
}

// Candidate is something a pronoun may refer to: an entity's mention or a
// common noun (the woman, the government).
type Candidate struct {
	Entity   *Entity // nil for a common noun
	Span     lint.Span
	Text     string
	Kind     Kind   // for nouns: Person for gendered nouns, Organization for group nouns
	Gender   Gender // of a gendered noun; for entities use Entity.GenderExcept
	Subject  bool   // subject of its sentence or of a speech verb
	Token    int
	Sentence int
	Noun     bool
	// ItNoun marks a noun that is called "she" by custom (a ship).
	ItNoun bool
}

// At returns the entity mentioned at token index i, or nil.
func (m *Model) At(i int) *Entity {
	id := m.entityID(i)
	if id == 0 {
		return nil
	}
	return m.Entities[id-1]
}

// People returns the person entities in order of first mention.
func (m *Model) People() []*Entity {
	var out []*Entity
	for _, e := range m.Entities {
		if e.Kind == Person {
			out = append(out, e)
		}
	}
	return out
}
