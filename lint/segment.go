package lint

import (
	"unicode"
	"unicode/utf8"
)

// IsApostrophe reports whether r is a character that copy uses, rightly or
// wrongly, as an apostrophe inside a word: straight, curly, modifier letter,
// acute and grave accents, backtick and prime.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '´', '`', '′', '‘':
		return true
	}
	return false
}

// IsHyphen reports whether r joins the parts of a compound word.
func IsHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// ignorable characters are invisible format characters (zero-width joiners,
// bidirectional controls) that may sit inside a word without splitting it.
func ignorable(r rune) bool {
	return r >= 0x200b && r <= 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x00ad || r == 0x2060
}

func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func segmentDocument(d *Document) {
	d.Tokens = make([]Token, 0, len(d.Text)/5+8)
	for bi := range d.Blocks {
		b := &d.Blocks[bi]
		b.FirstToken = len(d.Tokens)
		tokenize(d, bi, b.Span)
		b.EndToken = len(d.Tokens)
		if b.EndToken > b.FirstToken {
			d.Tokens[b.FirstToken].Flags |= BlockStart
		}
		markQuotes(d.Tokens[b.FirstToken:b.EndToken], d.Text)
		b.FirstSentence = len(d.Sentences)
		splitSentences(d, bi)
		b.EndSentence = len(d.Sentences)
	}
}

// tokenize appends the tokens of text[sp] to d.Tokens.
func tokenize(d *Document, block int, sp Span) {
	s := d.Text
	i := sp.Start
	var flags TokenFlag
	for i < sp.End {
		r, n := decode(s, i)
		if isSpace(r) {
			flags |= SpaceBefore
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				flags |= NewlineBefore
			}
			i += n
			continue
		}
		start := i
		var kind TokenKind
		switch {
		case isLetter(r) || isDigit(r):
			kind, i = scanWord(s, i, sp.End)
		case r == '.' || r == '-':
			i += n
			for i < sp.End && s[i] == byte(r) {
				i++
			}
			kind = Punct
		default:
			i += n
			kind = Punct
		}
		t := Token{Span: Span{start, i}, Text: s[start:i], Kind: kind, Flags: flags, Block: int32(block)}
		if kind != Punct {
			t.Flags |= caseFlags(t.Text)
		}
		d.Tokens = append(d.Tokens, t)
		flags = 0
	}
}

// scanWord scans a word or number starting at i and returns its kind and end.
func scanWord(s string, i, end int) (TokenKind, int) {
	start := i
	allDigits := true
	letters := 0
	dotted := false
	for i < end {
		r, n := decode(s, i)
		switch {
		case isLetter(r):
			allDigits = false
			letters++
			i += n
			continue
		case isDigit(r):
			i += n
			continue
		case ignorable(r):
			i += n
			continue
		}
		// A joiner continues the word only when a letter or digit follows.
		next, m := decode(s, i+n)
		switch {
		case IsApostrophe(r) && r != '‘' && isLetter(next) && i > start:
			i += n + m
			allDigits = false
			continue
		case IsHyphen(r) && (isLetter(next) || isDigit(next)):
			i += n + m
			allDigits = false
			continue
		case (r == ',' || r == '.') && allDigits && isDigit(next):
			i += n + m
			continue
		case r == '.' && !allDigits && isLetter(next):
			// Dotted abbreviations: U.S., p.m., U.N. (single letters between dots).
			seg := i - start
			if seg == 1 || dotted && letters <= 6 {
				after, k := decode(s, i+n+m)
				if after == '.' || !isLetter(after) && !isDigit(after) {
					dotted = true
					i += n + m
					if after == '.' {
						i += k
					}
					continue
				}
			}
		}
		break
	}
	if allDigits {
		return Number, i
	}
	return Word, i
}

func caseFlags(w string) TokenFlag {
	var f TokenFlag
	first := true
	upper, lower := 0, 0
	for _, r := range w {
		if !isLetter(r) {
			continue
		}
		if unicode.IsUpper(r) {
			upper++
			if first {
				f |= Capitalized
			}
		} else if unicode.IsLower(r) {
			lower++
		}
		first = false
	}
	if upper >= 2 && lower == 0 {
		f |= AllCaps
	}
	return f
}

// markQuotes sets InQuote on the tokens between quotation marks of one block.
func markQuotes(toks []Token, text string) {
	double, single := false, false
	for i := range toks {
		t := &toks[i]
		if t.Kind == Punct {
			switch t.Text {
			case "\"":
				double = !double
				continue
			case "“", "«", "„":
				double = true
				continue
			case "”", "»":
				double = false
				continue
			case "‘":
				single = true
				continue
			case "’", "'":
				if single && (i+1 == len(toks) || toks[i+1].Has(SpaceBefore) || toks[i+1].Kind == Punct) {
					single = false
					continue
				}
				if t.Text == "'" && !single && (i == 0 || t.Has(SpaceBefore)) && i+1 < len(toks) && !toks[i+1].Has(SpaceBefore) && toks[i+1].Kind == Word {
					single = true
					continue
				}
			}
		}
		if double || single {
			t.Flags |= InQuote
		}
	}
}

// abbreviations that end with a full stop but do not end a sentence when a
// capitalised word follows.
var noBreakAfter = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Sen": true, "Gen": true, "Rep": true,
	"Gov": true, "Lt": true, "Col": true, "Capt": true, "Sgt": true, "Prof": true, "Rev": true, "Hon": true,
	"Jr": true, "Sr": true, "Co": true, "Corp": true, "Inc": true, "Ltd": true, "Dept": true, "No": true,
	"Nos": true, "vs": true, "v": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true,
	"Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "Mt": true,
	"Ft": true, "Pres": true, "Adm": true, "Maj": true, "Brig": true, "Cmdr": true, "Supt": true,
	"Insp": true, "Det": true, "Cpl": true, "Pte": true, "Fr": true, "Mme": true, "Messrs": true,
	"Calif": true, "Fla": true, "Mass": true, "Mich": true, "Conn": true, "Ariz": true, "Colo": true,
	"Ga": true, "Ky": true, "La": true, "Md": true, "Minn": true, "Miss": true, "Mo": true, "Nev": true,
	"Okla": true, "Ore": true, "Pa": true, "Tenn": true, "Tex": true, "Va": true, "Wash": true, "Wis": true,
	"Ill": true, "Ind": true, "Kan": true, "Neb": true, "Del": true, "Ala": true, "Ark": true,
	"approx": true, "est": true, "etc": true, "cf": true, "al": true, "Op": true, "Vol": true, "Fig": true,
}

// sentenceStarters may begin a sentence after a dotted abbreviation (U.S. The …).
var sentenceStarters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "But": true,
	"And": true, "In": true, "A": true, "This": true, "That": true, "There": true, "His": true, "Her": true,
	"Its": true, "Their": true, "Our": true, "Mr": true, "Mrs": true, "Ms": true, "On": true, "At": true,
	"As": true, "If": true, "When": true, "While": true, "Some": true, "Many": true, "Officials": true,
}

func isTerminal(t *Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case ".", "!", "?", "…", "...":
		return true
	}
	return len(t.Text) > 1 && t.Text[0] == '.'
}

func isCloser(t *Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case ")", "]", "”", "’", "»", "'", "\"":
		return true
	}
	return false
}

func isOpener(t *Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case "(", "[", "“", "‘", "«", "'", "\"", "„":
		return true
	}
	return false
}

// startsSentence reports whether the token at i looks like the start of a sentence.
func startsSentence(toks []Token, i int) bool {
	for i < len(toks) && isOpener(&toks[i]) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	t := &toks[i]
	return t.Kind == Number || t.Has(Capitalized)
}

func splitSentences(d *Document, block int) {
	b := &d.Blocks[block]
	toks := d.Tokens[b.FirstToken:b.EndToken]
	if len(toks) == 0 {
		return
	}
	begin := 0
	emit := func(end int) {
		si := int32(len(d.Sentences))
		first := true
		for k := begin; k < end; k++ {
			toks[k].Sentence = si
			if first && toks[k].Kind != Punct {
				toks[k].Flags |= SentenceStart
				first = false
			}
		}
		d.Sentences = append(d.Sentences, Sentence{
			Span:       Span{toks[begin].Span.Start, toks[end-1].Span.End},
			Block:      block,
			FirstToken: b.FirstToken + begin,
			EndToken:   b.FirstToken + end,
		})
		begin = end
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		end := -1
		switch {
		case isTerminal(t):
			if t.Text == "." && i > 0 && toks[i-1].Kind == Word && !t.Has(SpaceBefore) {
				prev := toks[i-1].Text
				if noBreakAfter[prev] || utf8.RuneCountInString(prev) == 1 && toks[i-1].Has(Capitalized) {
					continue
				}
			}
			end = i + 1
		case t.Kind == Word && len(t.Text) > 2 && t.Text[len(t.Text)-1] == '.':
			// A dotted abbreviation that ends a sentence only before a clear sentence starter.
			if i+1 < len(toks) && toks[i+1].Kind == Word && sentenceStarters[toks[i+1].Text] {
				end = i + 1
			}
		}
		if end < 0 {
			continue
		}
		for end < len(toks) && isCloser(&toks[end]) && !toks[end].Has(SpaceBefore) {
			end++
		}
		if end >= len(toks) {
			break
		}
		if toks[end].Has(SpaceBefore) && startsSentence(toks, end) {
			emit(end)
			i = end - 1
		}
	}
	if begin < len(toks) {
		emit(len(toks))
	}
}
