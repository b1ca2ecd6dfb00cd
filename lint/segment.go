package lint

import (
	"math/bits"
	"strings"
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
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r < 0x300:
		// No combining mark comes before U+0300.
		return unicode.IsLetter(r)
	case 0x2000 <= r && r <= 0x206f:
		// General Punctuation (typographic quotes, dashes, the ellipsis)
		// holds no letter and no mark: spared three table searches.
		return false
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
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

// Byte classes of ASCII characters for the tokenizer's fast path.
const (
	clLower   = 1 << iota // a-z
	clUpper               // A-Z
	clDigit               // 0-9
	clSpace               // space, tab, form feed, vertical tab
	clNewline             // CR, LF
	clAlnum   = clLower | clUpper | clDigit
	clLetter  = clLower | clUpper
)

var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = clUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = clDigit
	}
	t[' '], t['\t'], t['\f'], t['\v'] = clSpace, clSpace, clSpace, clSpace
	t['\n'], t['\r'] = clNewline, clNewline
	return t
}()

// reserveSample is the length of text for which segmentDocument reserves
// tokens before it knows how many the text gives (256 KB: 2.7 MB of
// tokens, a tenth of a second of tokenizing or less).
const reserveSample = 256 << 10

func segmentDocument(d *Document) {
	// News copy has about one token per 5 bytes; a little more is reserved so
	// that an article of short words rarely grows the slice. For a long
	// text, room for its first reserveSample bytes only: when they are
	// read, grown makes room for the rest at the rate they gave, so that a
	// text of long words does not get room for short ones, and a text of
	// short ones (initials, one-letter words) is not copied out of a
	// reserve filled first.
	st := d.store
	if st == nil {
		st = new(storage)
		d.store = st
	}
	d.Tokens = reserve(st.tokens, min(len(d.Text), reserveSample)*2/9+8)
	d.Sentences = reserve(st.sentences, len(d.Text)/100+len(d.Blocks)+1)
	m := &st.marks
	for bi := range d.Blocks {
		b := &d.Blocks[bi]
		b.FirstToken = len(d.Tokens)
		m.terms, m.quotes = m.terms[:0], m.quotes[:0]
		tokenize(d, bi, b.Span, m)
		b.EndToken = len(d.Tokens)
		if b.EndToken > b.FirstToken {
			d.Tokens[b.FirstToken].Flags |= BlockStart
		}
		markQuotes(d.Tokens[b.FirstToken:b.EndToken], m.quotes)
		b.FirstSentence = len(d.Sentences)
		splitSentences(d, bi, m.terms)
		b.EndSentence = len(d.Sentences)
	}
}

// blockMarks lists, for one block, the tokens that may end a sentence (. !
// ? … a run of dots, a word ending in a dot such as U.S.) and the quotation
// marks, by index from the block's first token, so that the sentence
// splitter and the quotation marker visit only them.
type blockMarks struct {
	terms, quotes []int32
	first         int // the index in Document.Tokens of the block's first token
}

// note records token n (from the block's start) of text tok in m when it
// may end a sentence or is a quotation mark.
//
//go:noinline
func (m *blockMarks) note(n int, kind TokenKind, tok string) {
	switch kind {
	case Word:
		if len(tok) > 2 && tok[len(tok)-1] == '.' {
			m.terms = append(m.terms, int32(n))
		}
	case Punct:
		switch tok[0] {
		case '.', '!', '?':
			m.terms = append(m.terms, int32(n))
		case '"', '\'':
			m.quotes = append(m.quotes, int32(n))
		case 0xE2, 0xC2:
			if isQuoteMark(tok) {
				m.quotes = append(m.quotes, int32(n))
			} else if tok == "…" {
				m.terms = append(m.terms, int32(n))
			}
		}
	}
}

// noteMark is note for token n, an ASCII mark of scanPlain's (scMark)
// other than a hyphen, which is neither a sentence end nor a quotation
// mark: c is its first byte.
//
//go:noinline
func (m *blockMarks) noteMark(n int, c byte) {
	if c == '"' || c == '\'' {
		m.quotes = append(m.quotes, int32(n))
	} else {
		m.terms = append(m.terms, int32(n))
	}
}

// tokenize appends the tokens of text[sp] to d.Tokens and notes the
// block's candidate sentence ends and quotation marks in m.
//
// scanPlain reads the common tokens; what it leaves (a word that goes on
// past its letters and digits, or may: U.S., 1,000, O'Neill, well-known, a
// non-ASCII letter, an e-mail or web address; punctuation that may end a
// sentence or quote; the last bytes of the block) is read here a token at a
// time, by alnumRun, otherToken and m.note.
func tokenize(d *Document, block int, sp Span, m *blockMarks) {
	s := d.Text[:sp.End]
	toks := d.Tokens
	first := len(toks)
	m.first = first
	i := sp.Start
	var flags TokenFlag
	for {
		i, flags, toks = scanPlain(d.Text, len(s), i, flags, toks, int32(block), m)
		if i >= len(s) {
			break
		}
		cl := byteClass[s[i]]
		if cl&(clSpace|clNewline) != 0 {
			flags = spaceFlags(flags, cl)
			i++
			continue
		}
		end, kind, f := 0, Word, TokenFlag(0)
		if cl&clAlnum != 0 && !urlLike(s, i) {
			j, lower, upper := alnumRun(s, i)
			letters := lower|upper != 0
			if j == len(s) || s[j] == ' ' || simpleEnd(s, i, j, letters) {
				end = j
				if !letters {
					kind = Number
				}
				if cl == clUpper {
					f = Capitalized
				}
				if upper != 0 && (cl != clUpper || lower == 0) {
					f = asciiCase(s[i:j], cl, lower != 0)
				}
				if upper != 0 && capsIn(s[i+1:j]) {
					f |= InnerCapOrNonASCII
				}
			} else if s[j] == 0xE2 {
				// A typographic apostrophe before a letter joins, as
				// scanWord reads it: it’s, O’Neill.
				if e := joinedEnd(s, j, true); e > j {
					end, kind = e, Word
					f = caseFlags(s[i:e]) | joinerFlag(s[i:e])
				}
			}
		}
		if c := s[i]; end == 0 && c == 0xE2 && generalPunct(s, i) {
			// Typographic quotation marks, dashes and the ellipsis:
			// punctuation, which otherToken would find by decoding.
			end, kind = i+3, Punct
			m.note(len(toks)-first, kind, s[i:end])
		}
		if c := s[i]; end == 0 && cl == 0 && c < utf8.RuneSelf {
			// One ASCII punctuation mark; a run of dots or hyphens is one token.
			end, kind = i+1, Punct
			if c == '.' || c == '-' {
				for end < len(s) && s[end] == c {
					end++
				}
			}
			m.note(len(toks)-first, kind, s[i:end])
		}
		if end == 0 {
			end, kind, f = otherToken(s, i)
			switch kind {
			case kindInvisible:
				i = end
				continue
			case kindSpace:
				flags |= f
				i = end
				continue
			case Word, Punct:
				m.note(len(toks)-first, kind, s[i:end])
			}
			if kind == Word || kind == Number {
				f |= joinerFlag(s[i:end])
			}
		}
		if len(toks) == cap(toks) {
			toks = grown(toks, len(toks)+1, i, len(d.Text))
		}
		toks = appendToken(toks, s, i, end, kind, flags|f, int32(block), foldAt(s, i, end))
		i, flags = end, 0
	}
	d.Tokens = toks
}

// joinerFlag is HyphenOrApostrophe when word holds a - or ', else 0.
// Only the words of otherToken need it: the ASCII words read before it
// hold letters and digits, and scanPlain's joined words set it themselves.
func joinerFlag(word string) TokenFlag {
	if strings.IndexByte(word, '-') >= 0 || strings.IndexByte(word, '\'') >= 0 {
		return HyphenOrApostrophe
	}
	return 0
}

// spaceFlags adds to flags what ASCII white space of class cl says of the
// next token.
func spaceFlags(flags TokenFlag, cl uint8) TokenFlag {
	if cl == clNewline {
		return flags | SpaceBefore | NewlineBefore
	}
	return flags | SpaceBefore
}

// appendToken appends the token s[start:end] to toks, which has room for
// it; fold is its FoldHash.
func appendToken(toks []Token, s string, start, end int, kind TokenKind, flags TokenFlag, block int32, fold uint32) []Token {
	n := len(toks)
	toks = toks[:n+1]
	// Every field is written, since the slice may be reused storage
	// (Document.Release): Sentence by splitSentences (setSentence), which
	// numbers every token of the block, the others here. Field stores, so
	// only Text goes through the write barrier.
	t := &toks[n]
	t.Span.Start, t.Span.End = start, end
	t.Text = s[start:end]
	t.Kind, t.Flags, t.Block = kind, flags, block
	t.Fold = fold
	return toks
}

// foldAt is FoldHash(s[i:end]), from one load of eight bytes when the
// token is no longer and s holds them.
func foldAt(s string, i, end int) uint32 {
	if n := end - i; n <= 8 && i+8 <= len(s) {
		return foldShort(lowerASCII8(load64(s, i)), uint(n))
	}
	return FoldHash(s[i:end])
}

// plainPunct marks the ASCII punctuation that scanPlain reads: a mark that
// is a token of one byte, and neither may end a sentence nor quote (m.note),
// nor lacks bit 5 (@ [ \ ] ^ _, rare in copy: setting bit 5 of every byte
// of a token lowers it for FoldHash; see scanPlain).
var plainPunct = func() (t [256]bool) {
	for c := byte('!'); c < utf8.RuneSelf; c++ {
		t[c] = byteClass[c] == 0 && !strings.ContainsRune(".-!?\"'", rune(c)) && c&0x20 != 0
	}
	return t
}()

// scanPlain appends to toks the plain tokens of text[i:end], the rest of
// a block, with the white space before them: ASCII words and numbers that
// end before a space or a byte that joins nothing (tokenize's test), and
// ASCII punctuation (noting in m the marks that may end a sentence or
// quote). It stops at anything else, eight bytes before the end of
// text, or when toks is full, and returns where it stopped, the flags the
// white space read so far sets on the next token, and toks.
//
// The common case runs here without a call, so that the loop's state stays
// in registers: a word's letters and digits are found eight bytes at a time
// (wordStop); its case flags are read from its first byte, and from the
// rest only for a word that starts with a capital or a digit.
func scanPlain(text string, end, i int, flags TokenFlag, toks []Token, block int32, m *blockMarks) (int, TokenFlag, []Token) {
	s := text[:end]
	// A turn reads at least one byte and appends at most one token, so
	// stopping cap-len bytes on keeps toks within its capacity.
	limit := min(end, len(text)-7, i+cap(toks)-len(toks))
	for i < limit {
		sc := scanClass[s[i]]
		next, kind, f := i+1, Word, TokenFlag(0)
		after := endsWord // what the byte after the token does (wordEnd)
		x := load64(text, i)
		if sc < scLower {
			switch sc {
			case scSpace:
				flags |= SpaceBefore
				i++
				continue
			case scNewline:
				flags |= SpaceBefore | NewlineBefore
				i++
				continue
			case scPunct:
				kind = Punct
				if next < len(s) && s[next] == ' ' {
					after = endsAtSpace
				}
			case scMark:
				// One mark; a run of dots or hyphens is one token.
				c := s[i]
				if c == '.' || c == '-' {
					for next < len(s) && s[next] == c {
						next++
					}
				}
				kind = Punct
				if c != '-' {
					m.noteMark(len(toks)-m.first, c)
				}
				if next < len(s) && s[next] == ' ' {
					after = endsAtSpace
				}
			default:
				return i, flags, toks
			}
		} else {
			if sc >= scLowerURL {
				if urlLike(s, i) {
					return i, flags, toks
				}
				sc -= scLowerURL - scLower
			}
			// Most words are a capital or a lower-case letter and then
			// lower-case letters, fewer than eight bytes before a space or
			// punctuation: their end is found with fewer operations than
			// wordStop's (lowerTailStop), and their case flags and what
			// follows them from their first byte and the byte after them,
			// both in x.
			if stop := lowerTailStop(x); stop != 0 && sc != scDigit {
				k := bits.TrailingZeros64(stop) >> 3
				e := lowerWordEnd[byte(x>>(8*k))]
				if i+k < end && e != lowerGoesOn && (e != lowerEndsAfterTwo || k > 1) {
					f = TokenFlag(sc-scLower) * Capitalized // caseTails[sc][tailLower]
					toks = appendToken(toks, text, i, i+k, Word, flags|f, block, foldShort(x|0x20*ones, uint(k)))
					i, flags = i+k, 0
					if e == lowerEndsAtSpace {
						i, flags = i+1, SpaceBefore
					}
					continue
				}
			}
			// tail says what the word's bytes after the first hold
			// (tailOf), read in x for a short word.
			tail := tailUnread
			if stop := wordStop(x); stop != 0 {
				next = i + bits.TrailingZeros64(stop)>>3
				tail = tailOf(x, stop)
			} else {
				var caps uint64
				if next, caps = wordRunEnd(text, i+8, end); next < 0 {
					return i, flags, toks
				}
				if caps|^x&innerBit5 == 0 {
					tail = tailLower
				}
			}
			if next > end {
				next, tail = end, tailUnread // cut at end: read again
			}
			letters := true
			// From a table, not a branch on the first letter's case,
			// which would often be mispredicted.
			if f = caseTails[sc&7][tail&3]; f == slowCase {
				f = 0
				switch sc {
				case scLower:
					// A capital inside (iPhone).
					if capsIn(s[i+1 : next]) {
						f = InnerCapOrNonASCII
					}
				case scUpper:
					f = Capitalized | upperTailSlow(s[i+1:next])
				case scDigit:
					// A capital after leading digits (3D) takes asciiCase.
					var ok bool
					if letters, ok = digitsThenLower(s[i+1 : next]); !ok {
						return i, flags, toks
					}
					if !letters {
						kind = Number
					}
				}
			}
			if next < len(s) {
				// One test for the common ends (a space, a byte that joins
				// nothing): mayJoin and joins are the greatest.
				if after = wordEnd[s[next]]; after >= mayJoin {
					if after == joins {
						// don't, well-known: what scanWord reads, when it is ASCII.
						if next, kind, f, after = joinedWord(s, i, next, kind, f); next < 0 {
							return i, flags, toks
						}
					} else if !simpleEnd(s, i, next, letters) {
						return i, flags, toks
					}
				}
			}
		}
		// The token's FoldHash, from x when it is no longer than eight
		// bytes. Setting bit 5 of each byte lowers the token: its bytes are
		// ASCII letters, digits, ' and - (a word) or punctuation that has
		// bit 5 (plainPunct, the marks), and x's bytes after the token are
		// masked off.
		var fold uint32
		if n := uint(next - i); n <= 8 {
			fold = foldShort(x|0x20*ones, n)
		} else {
			fold = foldLong(text[i:next], true)
		}
		toks = appendToken(toks, text, i, next, kind, flags|f, block, fold)
		i, flags = next, 0
		if after == endsAtSpace { // the common case: one space before the next token
			i, flags = i+1, SpaceBefore
		}
	}
	return i, flags, toks
}

// Classes of the first byte of a token for scanPlain: white space, a plain
// punctuation mark, the first byte of an ASCII word (the first letters of
// http:// and www. apart), or anything else, which it leaves to tokenize.
const (
	scOther = iota
	scSpace
	scNewline
	scPunct // plainPunct
	scMark  // . - ! ? " ', which may end a sentence or quote (blockMarks.note)
	scLower
	scUpper
	scDigit
	scLowerURL // h, w
	scUpperURL // H, W
)

var scanClass = func() (t [256]uint8) {
	for c := range t {
		switch cl := byteClass[c]; {
		case cl == clSpace:
			t[c] = scSpace
		case cl == clNewline:
			t[c] = scNewline
		case plainPunct[c]:
			t[c] = scPunct
		case strings.IndexByte(".-!?\"'", byte(c)) >= 0:
			t[c] = scMark
		case cl == clLower:
			t[c] = scLower
		case cl == clUpper:
			t[c] = scUpper
		case cl == clDigit:
			t[c] = scDigit
		}
	}
	t['h'], t['w'], t['H'], t['W'] = scLowerURL, scLowerURL, scUpperURL, scUpperURL
	return t
}()

// urlFirst marks the first letters of http:// and www. (urlLike's test).
var urlFirst = [256]bool{'h': true, 'H': true, 'w': true, 'W': true}

// wordStop marks, with the top bit of each byte, the bytes among the
// eight of x that are not ASCII letters or digits (inRange's test, with
// the masks to the top bit taken once).
func wordStop(x uint64) uint64 {
	y := x &^ high
	z := y | 0x20*ones // lower-cases a capital, leaves a digit as it is
	alnum := (z+(0x80-'a')*ones)&^(z+(0x7f-'z')*ones) | (y+(0x80-'0')*ones)&^(y+(0x7f-'9')*ones)
	return (x | ^alnum) & high
}

// lowerStop marks, with the top bit of its byte, the first byte of x that
// is not a lower-case ASCII letter, or is zero when the eight all are. Its
// other bits are not defined.
//
// The range test needs no masking of bytes at or above 0x80: a byte
// carries into the next only from at or above 0xe1, and every byte before
// the first marked one is a letter, so no carry reaches it.
func lowerStop(x uint64) uint64 {
	return (^(x + (0x80-'a')*ones) | (x + (0x7f-'z')*ones)) & high
}

// lowerTailStop is lowerStop of the first eight bytes of a word that
// starts with an ASCII letter, its first byte left out: it marks the first
// byte after the first that is not a lower-case letter.
func lowerTailStop(x uint64) uint64 { return lowerStop(x) &^ 0x80 }

// innerBit5 has bit 5 (0x20) of each byte of a word but its first: among
// ASCII letters and digits the capitals alone have it clear, and the
// lower-case letters alone have bits 5 and 6 set.
const innerBit5 = 0x20 * ones &^ 0xff

// tailBits has bit 5 of the bytes of a word of letters and digits after
// its first and below its stop (wordStop, nonzero).
func tailBits(stop uint64) uint64 { return (stop ^ (stop - 1)) >> 8 & innerBit5 }

// What the bytes of a word of ASCII letters and digits after its first
// hold (tailOf): no capital, capitals and no lower-case letter, both, or
// unread (capitals in a word of eight bytes or more).
const (
	tailLower uint8 = iota
	tailCaps
	tailMixed
	tailUnread
)

// caseTails are the case flags of a word of ASCII letters and digits by
// the class of its first byte (scLower, scUpper, scDigit) and what its
// other bytes hold (tailOf), or slowCase where scanPlain reads its bytes
// again: a word that starts with a digit, or whose tail is unread.
var caseTails = func() (t [8][4]TokenFlag) {
	for sc := range t {
		for tail := range t[sc] {
			t[sc][tail] = slowCase
		}
	}
	t[scLower] = [4]TokenFlag{tailLower: 0, tailCaps: InnerCapOrNonASCII, tailMixed: InnerCapOrNonASCII, tailUnread: slowCase}
	t[scUpper] = [4]TokenFlag{tailLower: Capitalized, tailCaps: Capitalized | InnerCapOrNonASCII | AllCaps, tailMixed: Capitalized | InnerCapOrNonASCII, tailUnread: slowCase}
	return t
}()

// slowCase marks the caseTails that scanPlain reads byte by byte; no word
// has all the flags.
const slowCase = ^TokenFlag(0)

// tailOf reads the tail of a short word from x, its first eight bytes, and
// stop, wordStop of x (nonzero).
func tailOf(x, stop uint64) uint8 {
	t := tailBits(stop)
	if ^x&t == 0 {
		return tailLower
	}
	if x&(x>>1)&t == 0 {
		return tailCaps
	}
	return tailMixed
}

// upperTailSlow is upperTail of the rest w of a longer word, a byte at a
// time.
func upperTailSlow(w string) TokenFlag {
	var f TokenFlag
	lower := false
	for k := 0; k < len(w); k++ {
		switch byteClass[w[k]] {
		case clLower:
			lower = true
		case clUpper:
			f = InnerCapOrNonASCII
		}
	}
	if f != 0 && !lower {
		f |= AllCaps
	}
	return f
}

// capsIn reports whether s, ASCII letters and digits, holds a capital.
func capsIn(s string) bool {
	for ; len(s) >= 8; s = s[8:] {
		if ^load64(s, 0)&(0x20*ones) != 0 {
			return true
		}
	}
	for k := 0; k < len(s); k++ {
		if s[k]&0x20 == 0 {
			return true
		}
	}
	return false
}

// wordRunEnd returns the end of a run of ASCII letters and digits that
// goes on at j, or end when it reaches end, eight bytes at a time; -1 when
// it reaches the last eight bytes of text. caps is nonzero when the run
// may hold a capital: bit 5 of its capitals (clear in x), or 1 when it
// reaches end, whose bytes it does not tell apart.
func wordRunEnd(text string, j, end int) (next int, caps uint64) {
	for ; j+8 <= len(text); j += 8 {
		if j >= end {
			return end, 1
		}
		x := load64(text, j)
		// Most runs go on in lower-case letters to a byte that is not a
		// letter or digit, which lowerStop finds with fewer operations
		// than wordStop; they add no capital.
		if low := lowerStop(x); low != 0 && byteClass[byte(x>>(bits.TrailingZeros64(low)&^7))]&clAlnum == 0 {
			return j + bits.TrailingZeros64(low)>>3, caps
		}
		if stop := wordStop(x); stop != 0 {
			return j + bits.TrailingZeros64(stop)>>3, caps | ^x&((stop^(stop-1))>>8)&(0x20*ones)
		}
		caps |= ^x & (0x20 * ones)
	}
	return -1, 0
}

// joinedWord returns the end of the word s[i:] that goes on at j, past an
// apostrophe before a letter or a hyphen before a letter or digit (s[j],
// after the word's first letters and digits, is ' - ` @ or outside
// ASCII), as scanWord reads it, its kind and case flags (those of s[i:j],
// kind and f, when nothing joins) and what the byte after it does
// (wordEnd); end is -1 when it cannot tell without scanWord (a character
// outside ASCII, a backtick, an e-mail address). It is not inlined, which
// would cost scanPlain's loop registers.
//
//go:noinline
func joinedWord(s string, i, j int, kind TokenKind, f TokenFlag) (int, TokenKind, TokenFlag, uint8) {
	end := joinedEnd(s, j, false)
	if end < 0 {
		return -1, kind, f, 0
	}
	if end > j { // past a ' or -
		kind, f = Word, caseFlags(s[i:end])|HyphenOrApostrophe
	}
	after := endsWord
	if end < len(s) && s[end] == ' ' {
		after = endsAtSpace
	}
	return end, kind, f, after
}

// generalPunct reports whether s[i:] starts with a character from U+2010
// to U+2027 (dashes, typographic quotation marks, bullets, the ellipsis),
// each a punctuation token of its own: none is a letter, white space or
// invisible.
func generalPunct(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && 0x90 <= s[i+2] && s[i+2] <= 0xA7
}

// rightQuote is U+2019, the typographic apostrophe.
const rightQuote = "\u2019"

// joinedEnd is joinedWord's end. With curly, a typographic apostrophe
// (rightQuote) joins as ' does, and the word's text is no longer ASCII.
func joinedEnd(s string, j int, curly bool) int {
	for j < len(s) {
		c := s[j]
		n := 1 // the joiner's length
		if curly && c == rightQuote[0] && strings.HasPrefix(s[j:], rightQuote) {
			c, n = '\'', len(rightQuote)
		}
		if c != '\'' && c != '-' {
			if c >= utf8.RuneSelf || c == '`' || c == '@' {
				return -1
			}
			return j // a . or , after a joined word ends it
		}
		if j+n == len(s) {
			return j
		}
		d := s[j+n]
		if d >= utf8.RuneSelf {
			return -1
		}
		if c == '\'' && byteClass[d]&clLetter == 0 || c == '-' && byteClass[d]&clAlnum == 0 {
			return j
		}
		for j += n + 1; j < len(s) && byteClass[s[j]]&clAlnum != 0; j++ {
		}
	}
	return j
}

// digitsThenLower reads the rest w of an ASCII word that starts with a
// digit: whether it holds a letter, and whether it holds no capital (a
// word such as 3D, which scanPlain leaves to tokenize).
func digitsThenLower(w string) (letters, ok bool) {
	for k := 0; k < len(w); k++ {
		switch byteClass[w[k]] {
		case clLower:
			letters = true
		case clUpper:
			return true, false
		}
	}
	return letters, true
}

// urlLike reports whether the ASCII word at i may start a web address
// (http://, www.), which otherToken reads.
func urlLike(s string, i int) bool {
	return urlFirst[s[i]] && i+1 < len(s) && (s[i+1]|0x20 == 't' || s[i+1]|0x20 == 'w')
}

// Eight bytes at a time: ones has 1 in every byte, high the top bit of
// every byte.
const (
	ones = 0x0101010101010101
	high = 0x8080808080808080
)

// load64 reads the eight bytes of s from i on, the first the lowest (the
// compiler makes it one load).
func load64[T string | []byte](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// inRange has the top bit of each byte of x (every byte below 0x80) set
// where lo <= byte <= hi: adding 0x80-lo carries into the top bit from lo
// on, adding 0x7f-hi from hi+1 on, and no byte carries into the next.
func inRange(x uint64, lo, hi byte) uint64 {
	return (x + (0x80-uint64(lo))*ones) &^ (x + (0x7f-uint64(hi))*ones) & high
}

// alnum8 marks, with the top bit of each byte, the ASCII letters, the
// capitals among them, and the letters and digits among the eight bytes of x.
// The letters of a byte at or above 0x80 are cleared only in word: its
// callers read letter and upper only before the first byte word leaves out.
func alnum8(x uint64) (letter, upper, word uint64) {
	y := x &^ high
	// OR 0x20 lower-cases a capital and leaves a digit as it is.
	letter = inRange(y|0x20*ones, 'a', 'z')
	upper = letter &^ (y << 2) // bit 5 (0x20) moved to the top: clear for a capital
	return letter, upper, (letter | inRange(y, '0', '9')) &^ x
}

// alnumRun returns the end of the run of ASCII letters and digits that
// starts at i (s[i] is one), and masks that are not zero when the run
// holds a lower-case letter, a capital: eight bytes at a time while they
// last, then a byte at a time.
func alnumRun(s string, i int) (j int, lower, upper uint64) {
	for j = i; j+8 <= len(s); j += 8 {
		letter, up, word := alnum8(load64(s, j))
		if stop := ^word & high; stop != 0 {
			in := uint64(1)<<(uint(bits.TrailingZeros64(stop))&^7) - 1
			return j + bits.TrailingZeros64(stop)>>3, lower | (letter&^up)&in, upper | up&in
		}
		lower, upper = lower|letter&^up, upper|up
	}
	for ; j < len(s); j++ {
		cj := byteClass[s[j]]
		if cj&clAlnum == 0 {
			break
		}
		lower, upper = lower|uint64(cj&clLower), upper|uint64(cj&clUpper)
	}
	return j, lower, upper
}

// wordEnd says what the byte after an ASCII word's letters and digits does
// to it (simpleEnd's test, by table): ends it (a space: endsAtSpace), may
// join more to it (. and , before a digit or after a single letter), or
// joins (or may: a non-ASCII letter).
var wordEnd = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == '.' || c == ',':
			t[c] = mayJoin
		case c == '\'' || c == '-' || c == '`' || c == '@' || c >= utf8.RuneSelf:
			t[c] = joins
		case c == ' ':
			t[c] = endsAtSpace
		}
	}
	return t
}()

// lowerWordEnd says what the byte after a word of scanPlain's fast path
// (lowerTailStop: a letter, then lower-case letters) does to it, as
// wordEnd and simpleEnd read it for a word that holds a letter.
var lowerWordEnd = func() (t [256]uint8) {
	for c := range t {
		switch {
		case byteClass[c]&clAlnum != 0 || wordEnd[c] == joins:
			t[c] = lowerGoesOn
		case c == ' ':
			t[c] = lowerEndsAtSpace
		case c == '.':
			t[c] = lowerEndsAfterTwo
		default:
			t[c] = lowerEnds
		}
	}
	return t
}()

// lowerWordEnd's values: the word goes on or may (a letter, a digit, a
// byte that joins); a space ends it; a full stop ends a word of more than
// one letter (U.S. joins); any other byte, a comma among them, ends it.
const (
	lowerGoesOn uint8 = iota
	lowerEndsAtSpace
	lowerEndsAfterTwo
	lowerEnds
)

// What the byte after a word does (wordEnd's values). scanPlain takes the
// two that end the word with one comparison, after >= mayJoin: mayJoin and
// joins stay the greatest.
const (
	endsWord uint8 = iota
	endsAtSpace
	mayJoin
	joins
)

// simpleEnd reports whether the ASCII word s[i:j] (letters: whether it
// holds one) ends at j, before a byte other than a space: whether s[j]
// cannot join more to it.
func simpleEnd(s string, i, j int, letters bool) bool {
	switch c := s[j]; c {
	case '.':
		// U.S., p.m. (a single letter before the dot) and 1.5 join.
		if letters {
			return j-i > 1
		}
		return j+1 >= len(s) || byteClass[s[j+1]] != clDigit
	case ',':
		// 1,000 joins.
		return letters || j+1 >= len(s) || byteClass[s[j+1]] != clDigit
	case '\'', '-', '`', '@':
		return false
	}
	return s[j] < utf8.RuneSelf
}

// asciiCase is the case flags of an ASCII word w of letters and digits that
// holds a capital (cl: the class of its first byte; lower: whether it holds
// a lower-case letter).
func asciiCase(w string, cl uint8, lower bool) TokenFlag {
	var f TokenFlag
	// Capitalized: the first letter is upper case (3D, 4GB too).
	if cl == clUpper {
		f = Capitalized
	} else if cl == clDigit {
		k := 1
		for byteClass[w[k]] == clDigit {
			k++
		}
		if byteClass[w[k]] == clUpper {
			f = Capitalized
		}
	}
	if !lower {
		upper := 0
		for k := 0; k < len(w) && upper < 2; k++ {
			if byteClass[w[k]] == clUpper {
				upper++
			}
		}
		if upper >= 2 {
			f |= AllCaps
		}
	}
	return f
}

// Pseudo kinds otherToken returns for what is not a token.
const (
	kindInvisible TokenKind = 254 // an ignorable character
	kindSpace     TokenKind = 255 // white space outside ASCII; the flags say whether it ends a line
)

// otherToken scans whatever tokenize does not take at i: a word with joiners
// or non-ASCII letters, a number with separators, a web or e-mail address,
// punctuation; or reports white space outside ASCII (kindSpace, with the
// flags it sets) or an invisible character (kindInvisible).
func otherToken(s string, i int) (int, TokenKind, TokenFlag) {
	r, n := decode(s, i)
	if r >= utf8.RuneSelf {
		if ignorable(r) {
			return i + n, kindInvisible, 0 // neither a token nor white space
		}
		if isSpace(r) {
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				return i + n, kindSpace, SpaceBefore | NewlineBefore
			}
			return i + n, kindSpace, SpaceBefore
		}
	}
	start := i
	var kind TokenKind
	switch {
	case (r == 'h' || r == 'H' || r == 'w' || r == 'W') && i+4 < len(s) && (s[i+1]|0x20 == 't' || s[i+1]|0x20 == 'w') && urlStart(s[i:]):
		return scanURL(s, i, len(s)), URL, 0
	case isLetter(r) || isDigit(r):
		kind, i = scanWord(s, i, len(s))
		if i < len(s) && s[i] == '@' && kind == Word {
			if e := scanEmail(s, i, len(s)); e > i {
				return e, URL, 0
			}
		}
		return i, kind, caseFlags(s[start:i])
	case r == '.' || r == '-':
		i += n
		for i < len(s) && s[i] == byte(r) {
			i++
		}
		return i, Punct, 0
	}
	return i + n, Punct, 0
}

// urlStart reports whether s starts with http://, https:// or www. and a letter or digit.
func urlStart(s string) bool {
	var rest string
	switch {
	case len(s) > 8 && strings.EqualFold(s[:8], "https://"):
		rest = s[8:]
	case len(s) > 7 && strings.EqualFold(s[:7], "http://"):
		rest = s[7:]
	case len(s) > 4 && strings.EqualFold(s[:4], "www."):
		rest = s[4:]
	default:
		return false
	}
	r, _ := decode(rest, 0)
	return isLetter(r) || isDigit(r)
}

// scanURL returns the end of the web address at i: up to white space or a
// quotation mark, without trailing punctuation.
func scanURL(s string, i, end int) int {
	start := i
	for i < end {
		r, n := decode(s, i)
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '«' || r == '»' {
			break
		}
		i += n
	}
	for i > start {
		switch s[i-1] {
		case '.', ',', ';', ':', '!', '?', ')', ']', '\'':
			i--
			continue
		}
		break
	}
	return i
}

// scanEmail returns the end of an e-mail address whose local part ends at
// at (the '@'), or at when the domain is not name.name.
func scanEmail(s string, at, end int) int {
	i, dots, lastDot := at+1, 0, -1
	for i < end {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-':
			i++
		case c == '.' && i+1 < end && i > lastDot+1 && s[i-1] != '@':
			lastDot = i
			dots++
			i++
		default:
			goto done
		}
	}
done:
	for i > at && s[i-1] == '.' {
		i--
		dots--
	}
	if dots < 1 || i-at < 4 {
		return at
	}
	return i
}

// scanWord scans a word or number starting at i and returns its kind and end.
func scanWord(s string, i, end int) (TokenKind, int) {
	start := i
	allDigits := true
	letters := 0
	dotted := false
	for i < end {
		// ASCII letters and digits, the common case, a byte at a time.
		if c := s[i]; c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				allDigits = false
				letters++
				i++
				continue
			}
			if c >= '0' && c <= '9' {
				i++
				continue
			}
		}
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
			// Inside a word only: a letter or digit must follow the invisible run.
			j := i + n
			for j < end {
				r2, n2 := decode(s, j)
				if !ignorable(r2) {
					break
				}
				j += n2
			}
			next, m := decode(s, j)
			if j < end && (isLetter(next) || isDigit(next)) {
				i = j
				continue
			}
			if j < end && (IsApostrophe(next) && next != '‘' || IsHyphen(next)) {
				if after, _ := decode(s, j+m); j+m < end && isLetter(after) {
					i = j
					continue
				}
			}
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
	// A possessive ending does not count: BBC's is all capitals.
	if n := len(w); n > 2 && w[n-1] == 's' && w[n-2] == '\'' {
		w = w[:n-2]
	} else if n > 4 && w[n-1] == 's' && w[n-4:n-1] == "’" {
		w = w[:n-4]
		f = InnerCapOrNonASCII // the ’ is beyond ASCII
	}
	first := true
	upper, lower := 0, 0
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case c >= 'A' && c <= 'Z':
			upper++
			if first {
				f |= Capitalized
			}
			if i > 0 {
				f |= InnerCapOrNonASCII
			}
			first = false
		case c >= 'a' && c <= 'z':
			lower++
			first = false
		}
		if !ascii {
			break
		}
	}
	if ascii {
		if upper >= 2 && lower == 0 {
			f |= AllCaps
		}
		return f
	}
	f, first, upper, lower = InnerCapOrNonASCII, true, 0, 0
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

// isQuoteMark reports whether a Punct token's text is a quotation mark
// markQuotes reads (" ' or a typographic one).
func isQuoteMark(p string) bool {
	switch p {
	case "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›":
		return true
	}
	return false
}

// markQuotes sets InQuote on the tokens between quotation marks of one
// block. A double quotation left open runs to the end of the block (news copy
// opens every paragraph of a long quotation and closes only the last); a
// single one counts only when it is closed in the block, since a straight ' may
// be an apostrophe ('90s, rock 'n' roll). quotes lists the block's quotation
// marks (indices into toks, in order); the tokens between them are marked a
// run at a time.
func markQuotes(toks []Token, quotes []int32) {
	double := false
	single := -1 // index of the open single quotation mark
	next := 0    // toks[next:i] before the quotation mark i take the state of double
	for _, q := range quotes {
		i := int(q)
		if double {
			for k := next; k < i; k++ {
				toks[k].Flags |= InQuote
			}
		}
		next = i + 1
		t := &toks[i]
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
		case "‘", "‹":
			if single < 0 {
				single = i
			}
			continue
		case "’", "'", "›":
			after := i+1 == len(toks) || toks[i+1].Has(SpaceBefore) || toks[i+1].Kind == Punct
			if single >= 0 && after && i > single+1 {
				for k := single + 1; k < i; k++ {
					toks[k].Flags |= InQuote
				}
				single = -1
				continue
			}
			if t.Text == "'" && single < 0 && (i == 0 || t.Has(SpaceBefore) || toks[i-1].Kind == Punct) &&
				i+1 < len(toks) && !toks[i+1].Has(SpaceBefore) && toks[i+1].Kind != Punct {
				single = i
				continue
			}
		}
		if double {
			t.Flags |= InQuote
		}
	}
	if double {
		for k := next; k < len(toks); k++ {
			toks[k].Flags |= InQuote
		}
	}
}

// Abbreviations that end with a full stop. A title (Mr., Gen., No.) never ends
// a sentence before a capitalised word or a number; another abbreviation
// (Inc., Jan., Calif.) ends one only before a clear sentence starter.
const (
	abbrevTitle = 1
	abbrevOther = 2
)

var abbreviations = newWordTable(abbreviationWords())

// abbreviationWords are the abbreviations, without their full stop, and
// their kinds.
func abbreviationWords() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range strings.Fields(`Mr Mrs Ms Mx Dr St Sen Gen Rep Gov Lt Col Capt Sgt Prof Rev Hon Mt Ft Pres Adm Maj
		Brig Cmdr Cdr Supt Insp Det Cpl Pte Fr Mme Mlle Messrs Sr Jr No Nos Nr Op Vol Fig vs v cf Cllr Amb Atty
		Rt Sens Reps Gens Drs Profs Pvt Spc Ens Gov-elect Lieut Comdr`) {
		m[w] = abbrevTitle
	}
	for _, w := range strings.Fields(`Co Corp Inc Ltd Bros Dept Univ Assn Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		Calif Fla Mass Mich Conn Ariz Colo Ga Ky La Md Minn Miss Mo Nev Okla Ore Pa Tenn Tex Va Wash Wis Ill Ind Kan
		Neb Del Ala Ark Wyo Mont Vt Ida Ave Blvd Rd approx est etc al ca esp incl Govt Intl Natl Mon Tue Tues Wed Thu
		Thur Thurs Fri Sat Sun`) {
		m[w] = abbrevOther
	}
	return m
}

// sentenceStarters may begin a sentence after an abbreviation (… in the U.S. The …).
var sentenceStarters = newWordTable(sentenceStarterWords())

func sentenceStarterWords() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range strings.Fields(`The He She It They We I You But And In A An This That These Those There His Her Its
		Their Our My Your Mr Mrs Ms On At As If When While Some Many Officials After Before For However Meanwhile
		Last Now So Then What Why How Who Yet Also Although Despite During Earlier Later Since Under With Without
		According Police Its Such Both Each Other Most Several All No Not One Two Three Asked Speaking`) {
		m[w] = 1
	}
	return m
}

// startsAfterAbbrev reports whether t is a word in sentenceStarters.
func startsAfterAbbrev(t *Token) bool {
	return t.Kind == Word && sentenceStarters.get(t.Fold, t.Text) != 0
}

// isTerminal reports whether t ends a sentence: . ! ? … or a run of dots
// (a Punct token is one character or a run of dots or hyphens).
func isTerminal(t *Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text[0] {
	case '.', '!', '?':
		return true
	case 0xE2:
		return t.Text == "…"
	}
	return false
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

// setSentence sets the Sentence of every token of toks to si, four at a
// time (the loop's own work would otherwise be most of it).
func setSentence(toks []Token, si int32) {
	for ; len(toks) >= 4; toks = toks[4:] {
		toks[0].Sentence, toks[1].Sentence, toks[2].Sentence, toks[3].Sentence = si, si, si, si
	}
	for k := range toks {
		toks[k].Sentence = si
	}
}

// splitSentences splits block into sentences at the candidate ends terms
// (indices into the block's tokens, in order) that tokenize found.
func splitSentences(d *Document, block int, terms []int32) {
	b := &d.Blocks[block]
	toks := d.Tokens[b.FirstToken:b.EndToken]
	if len(toks) == 0 {
		return
	}
	// Room for the block's sentences (one per candidate end at most, and
	// the last), made here so that emit stays small enough to inline.
	if need := len(d.Sentences) + len(terms) + 1; need > cap(d.Sentences) {
		d.Sentences = grown(d.Sentences, need, b.Span.Start, len(d.Text))
	}
	begin := 0
	emit := func(end int) {
		si := int32(len(d.Sentences))
		sent := toks[begin:end]
		setSentence(sent, si)
		for k := range sent {
			if sent[k].Kind != Punct {
				sent[k].Flags |= SentenceStart
				break
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
	for _, ti := range terms {
		i := int(ti)
		if i < begin {
			continue
		}
		t := &toks[i]
		end := -1
		switch {
		case isTerminal(t):
			if t.Text == "." && i > 0 && toks[i-1].Kind == Word && !t.Has(SpaceBefore) {
				prev := toks[i-1].Text
				kind := abbreviations.get(toks[i-1].Fold, prev)
				if kind == 0 && toks[i-1].Has(Capitalized) && utf8.RuneCountInString(prev) == 1 {
					kind = abbrevOther // an initial: J. K. Rowling, George W. Bush
				}
				if kind == abbrevTitle {
					continue
				}
				if kind == abbrevOther && !(i+1 < len(toks) && startsAfterAbbrev(&toks[i+1])) {
					continue
				}
			}
			end = i + 1
		case t.Kind == Word && len(t.Text) > 2 && t.Text[len(t.Text)-1] == '.':
			// A dotted abbreviation that ends a sentence only before a clear sentence starter.
			if i+1 < len(toks) && startsAfterAbbrev(&toks[i+1]) {
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
		}
	}
	if begin < len(toks) {
		emit(len(toks))
	}
}
