package consistency

import (
	"fmt"
	"strings"
	"sync"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

// Names lower-cased where the words beside them show that they are names,
// with no capitalised form elsewhere in the article to compare with:
//   - a surname after an honorific (Ms bakley, Mrs okonjo);
//   - a surname after a first name (Liam hughes, Sir Clive woodward): the
//     lower-case word is a census surname and no ordinary word, the first
//     name no ordinary word at a sentence start, no place and not the end
//     of another name (Ray Charles biopic);
//   - a first name before a surname (tony Blair): a common first name that
//     is no ordinary word, before a capitalised word in mid-sentence;
//   - a country or place of several words with one word in lower case
//     (South africa, united States, Trinidad and tobago, Tel aviv): an
//     ordinary word (united, islands) only in a country's name, a
//     descriptive first word (south, new) only where the words have no
//     other reading (south Korea, new Zealand; not south Sudan, new York).
//
// The words are read from the capitalised words the rule's walk gathered
// (capsAt, in text order) and their neighbours, outside headlines and
// headings; the tables are asked only about the few lower-case neighbours
// that are no ordinary word or that some place name holds.

// lowerNames is the pass described above; done holds the token ranges the
// other passes reported, which are not reported again. places are the
// lower-case words the rule's walk found in the place table, with their
// kinds (lowHits).
//
// It reads the capitals that appendLeads let through (leads, in the order of
// the text).
func lowerNames(p *lint.Pass, leads []capital, places []placeHit, done []occurrence, names *bloom, memo *commonMemo) {
	d := p.Doc
	toks := d.Tokens
	var buf [4]byte // the longest honorifics: dame, lord, ...
	// A long article's leads are scattered over its tokens: they are read
	// warmRuns at a time, each batch first warmed (warmCaps), so that
	// their misses overlap.
	long := len(toks) > maxScanTokens
	for l0 := 0; l0 < len(leads); l0 += warmRuns {
		batch := leads[l0:min(l0+warmRuns, len(leads))]
		if long {
			warmCaps(toks, batch)
		}
		for _, c := range batch {
			i := int(c.i)
			cap := &toks[i]
			// An abbreviation in brackets after the name it stands for.
			if headingLead(toks, i) {
				done = acronymName(p, i, done)
			}
			// The word after the capital (after its full stop if it is an
			// honorific: Mr. smith).
			honor := honorificSet.Has(cap.Fold) && mayBeHonorific(cap.Text) && honorifics[string(fold.LowerASCII(buf[:], cap.Text))]
			j := i
			if honor && i+1 < len(toks) && toks[i+1].Text == "." && !toks[i+1].Has(lint.SpaceBefore) {
				j = i + 1
			}
			if k := j + 1; lowAfter(toks, j, honor) && !inHeading(d, cap) {
				w := stemOf(&toks[k])
				if honor && !connectors[w] && !particles[w] && plainWord(w) && !addressPart(d.Text, toks[k].Span) &&
					!lexicon.IsCommonWord(w) && d.Verbatim(lint.Span{Start: cap.Span.Start, End: toks[k].Span.End}) && !covered(done, k) {
					reportWord(p, k, fmt.Sprintf("%q after %q looks like a name in lower case: write %s",
						toks[k].Text, cap.Text, capitalised(toks[k].Text)))
					done = append(done, occurrence{k, k + 1})
					continue
				}
				if !honor && !noFirstName(cap, c.h, names) && surnameAfter(d, i, k, w, names, memo) && !covered(done, k) {
					reportWord(p, k, fmt.Sprintf("%q after the first name %q looks like a surname in lower case: write %s",
						toks[k].Text, stem(cap.Text), capitalised(toks[k].Text)))
					done = append(done, occurrence{k, k + 1})
					continue
				}
			}
			if !midCapital(cap) {
				continue // what follows reads a capital in mid-sentence
			}
			// An honorific in lower case before the capital (mr Blair, mr.
			// Blair).
			if k := honorificBefore(toks, i); k >= 0 && lowHonorific(d, k, i, toks[k].Text) &&
				!inHeading(d, cap) && !covered(done, k) {
				reportWord(p, k, fmt.Sprintf("%q before %q is an honorific in lower case: write %s",
					toks[k].Text, stem(cap.Text), capitalised(toks[k].Text)))
				done = append(done, occurrence{k, k + 1})
				continue
			}
			// The word before the capital, of three bytes too (ian Smith):
			// firstNameBefore turns away the function words (was, has, his).
			if k := i - 1; lowBefore(toks, i) && !inHeading(d, cap) {
				w := toks[k].Text
				if firstNameBefore(d, k, i, w, names, memo) && !covered(done, k) {
					reportWord(p, k, fmt.Sprintf("%q before %q looks like a first name in lower case: write %q",
						w, cap.Text, upperFirstASCII(w)))
					done = append(done, occurrence{k, k + 1})
					continue
				}
				if officeMixed(d, k, i, w) && !covered(done, k) {
					reportWord(p, k, fmt.Sprintf("%q is part of the title %q, whose other word is capitalised: write %s",
						w, w+" "+stem(cap.Text), capitalised(w)))
					done = append(done, occurrence{k, k + 1})
					continue
				}
				if f := bodyMiddle(d, k, i, w); f >= 0 && !covered(done, k) {
					name := lint.Span{Start: toks[f].Span.Start, End: cap.Span.End}
					reportWord(p, k, fmt.Sprintf("%q is a word of the name %q: write %s", w, d.Phrase(name), capitalised(w)))
					done = append(done, occurrence{k, k + 1})
				}
			}
		}
	}
	// Places in lower case: a word of a name of several words (South
	// africa, united States, Trinidad and tobago) or of one (in london).
	for _, pl := range places {
		k, kind := pl.i, pl.kind
		t := &toks[int(k)]
		w := stem(t.Text)
		if kind&inMulti != 0 && placeSlip(p, int(k), done) {
			done = append(done, occurrence{int(k), int(k) + 1})
			continue
		}
		if kind&isSingle != 0 && !addressPart(d.Text, t.Span) && d.Verbatim(t.Span) && !covered(done, int(k)) {
			reportWord(p, int(k), fmt.Sprintf("%q is the place %q in lower case: write %q", t.Text, lexicon.TitleCase(w), upperFirstASCII(t.Text)))
		}
	}
}

// appendLeads appends to leads the capitals of caps (a block's that is no
// headline or heading) at which lowerNames may report something: those
// that pass a cheap test that each of lowerNames' tests needs. The rule's
// walk reads them, so that lowerNames reads only the few that pass. (One
// loop over the block's capitals, the test written out in it: as a
// function called for each capital, the test's call and the registers
// saved around it cost as much as the test.)
func appendLeads(toks []lint.Token, caps []capital, names *bloom, leads []capital) []capital {
	for _, c := range caps {
		i := int(c.i)
		t := &toks[i]
		if headingLead(toks, i) {
			leads = append(leads, c)
			continue
		}
		// The word after the capital, after its full stop if it is an
		// honorific (a surname after a first name or an honorific). A
		// capital that is no honorific's Fold (most) needs the test
		// lowerNames makes of one that is no honorific.
		if honorificSet.Has(t.Fold) && mayBeHonorific(t.Text) {
			if lowAfter(toks, i, true) || i+1 < len(toks) && toks[i+1].Text == "." && lowAfter(toks, i+1, true) {
				leads = append(leads, c)
				continue
			}
		} else if lowAfter(toks, i, false) && !noFirstName(t, c.h, names) {
			leads = append(leads, c)
			continue
		}
		if !midCapital(t) {
			continue // what follows reads a capital in mid-sentence
		}
		// An honorific in lower case before the capital.
		if honorificMayPrecede(toks, i) {
			if k := honorificBefore(toks, i); k >= 0 && lowHonorifics[toks[k].Text] {
				leads = append(leads, c)
				continue
			}
		}
		// The word before it: a first name (firstNameBefore), part of an
		// office's name (officeMixed) or of a body's (bodyMiddle: a capital
		// before it).
		if k := i - 1; lowBefore(toks, i) {
			w := toks[k].Text
			// (The filters of first names before plainWord, whose loop over
			// the word's bytes mispredicts its end: few words pass them.)
			// (mayBeFirstName's coarse test written out first: few words
			// pass it, and the call is saved for the others.)
			b := &toks[k]
			if k > 0 && capWord(&toks[k-1]) ||
				(b.Flags&lint.InnerCapOrNonASCII != 0 || names.has(b.Fold)) && mayBeFirstName(b, w, names) && plainWord(w) {
				leads = append(leads, c)
				continue
			}
			if head := stemOf(t); len(head) >= 7 && len(head) <= 12 && officeSet.Has(toks[k].Fold) && officeWords[w] {
				leads = append(leads, c)
			}
		}
	}
	return leads
}

// headingLead: lowerNames may report something at the capital i of a
// headline or heading: it follows a bracket (an abbreviation, acronymName).
// The token's Fold is compared first: most tokens before a capital are
// words or marks of one byte, and a branch on the length of their text
// was mispredicted often.
func headingLead(toks []lint.Token, i int) bool {
	return i > 1 && toks[i-1].Fold == parenFold && toks[i-1].Text == "("
}

// parenFold and dotFold are the Folds of "(" and ".".
var parenFold, dotFold = lint.FoldHash("("), lint.FoldHash(".")

// mayBeHonorific: w has the length and first letter of an honorific of at
// most four bytes (mr, ms, dr, sir, lord, lady, dame, rev, prof): a test
// before the table, which most capitals fail.
func mayBeHonorific(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	switch w[0] | 0x20 {
	case 'd', 'l', 'm', 'p', 'r', 's':
		return true
	}
	return false
}

// inHeading: the token is in a headline or heading.
func inHeading(d *lint.Document, t *lint.Token) bool {
	k := d.Blocks[t.Block].Kind
	return k == lint.BlockHeadline || k == lint.BlockHeading
}

// eponyms are places whose names stand in lower case in things named after
// them (brussels sprouts, lima beans, dover sole, a panama hat, bermuda
// shorts, a manila envelope, plaster of paris, a navy guernsey, a
// jerusalem artichoke, apple charlotte, a glass of bordeaux, damascus
// steel, brown holland, a manhattan, a cuba libre, baked alaska, seville
// oranges, chelsea boots, canada geese, a denver boot, vienna sausages,
// worcester sauce, salisbury steak, victoria sponge, lincoln green, a
// maine coon).
var eponyms = map[string]bool{
	"brussels": true, "lima": true, "dover": true, "panama": true, "bermuda": true, "bermudas": true,
	"manila": true, "paris": true, "guernsey": true, "jerusalem": true, "charlotte": true,
	"bordeaux": true, "damascus": true, "holland": true, "canterbury": true, "hamburg": true,
	"georgia": true, "jordan": true, "manhattan": true, "cuba": true, "alaska": true, "seville": true,
	"chelsea": true, "canada": true, "denver": true, "vienna": true, "worcester": true, "salisbury": true,
	"victoria": true, "lincoln": true, "maine": true,
}

// The kinds of a word in the place table (placeIndex.kind).
const (
	isSingle uint8 = 1 << iota // a place of one word
	inMulti                    // a word of a place of several
)

// compassCountry are the words after a descriptive first word that make a
// country's name with no other reading (south Korea, new Zealand); south
// Sudan, north Macedonia, western Sahara, south Africa and new York may
// mean a part of a land or a new thing.
var compassCountry = map[string]bool{
	"korea": true, "korean": true, "koreans": true, "zealand": true, "zealander": true, "zealanders": true,
}

// kindWords are ordinary last words of a country's name that some house
// styles lower-case (the Islamic republic, the Russian federation, the
// Palestinian authority).
var kindWords = map[string]bool{
	"republic": true, "federation": true, "authority": true, "territory": true, "territories": true,
	"state": true,
}

// placeSlip reports the lower-case word at token k when it and the
// capitalised words around it make a country or place name of several
// words (South africa, united States, Papua new Guinea), longest first.
func placeSlip(p *lint.Pass, k int, done []occurrence) bool {
	d := p.Doc
	toks := d.Tokens
	w := stem(toks[k].Text)
	if !plainWord(w) || addressPart(d.Text, toks[k].Span) {
		return false
	}
	n := min(lexicon.MaxPlaceWords(), 4)
	var buf [64]byte
	for size := n; size >= 2; size-- {
		for s := max(0, k-size+1); s <= k && s+size <= len(toks); s++ {
			e := s + size
			if !placeWindow(d, s, e, k) || !placeWordsAll(toks, s, e, k) {
				continue
			}
			// The window starts a name (not Manchester United states).
			if s > 0 && continuesName(&toks[s-1], &toks[s]) {
				continue
			}
			sp := lint.Span{Start: toks[s].Span.Start, End: toks[e-1].Span.Start + len(stem(toks[e-1].Text))}
			if sp.Len() > len(buf) {
				continue
			}
			// The key: the words one space apart (a line may end between
			// them), the last without a possessive ending, the lower-case
			// word capitalised.
			b := buf[:0]
			for j := s; j < e; j++ {
				if j > s {
					b = append(b, ' ')
				}
				w := toks[j].Text
				if j == e-1 {
					w = stem(w)
				}
				o := len(b)
				b = append(b, w...)
				if j == k {
					b[o] -= 'a' - 'A'
				}
			}
			key := string(b)
			country := lexicon.CountryByName(key) != "" || lexicon.CountryOfDemonym(key) != ""
			if !country && !lexicon.IsPlace(key) {
				continue
			}
			// Whether w is an ordinary word (up to three questions to the
			// lexicon: ordinary) is asked only here, once a window names a
			// place: most lower-case place words beside a capital (new,
			// people, far) make none with it, and the loop returns below.
			common := ordinary(w)
			switch {
			case k == s && descriptive[w]:
				if !compassCountry[lowerASCII(stem(toks[k+1].Text))] {
					return false
				}
			case k == s && common:
				// united States, ivory Coast; not a great Britain. A place
				// that is no country (wall Street) only after a word that
				// leads to it (on wall Street), not after a determiner.
				if s > 0 && (toks[s-1].Text == "a" || toks[s-1].Text == "an") || !country && !placeLead(toks, s) {
					return false
				}
			case common:
				// Faroe islands, United kingdom; not the Islamic
				// republic, New York state.
				if !country || kindWords[w] {
					return false
				}
			}
			if !d.Verbatim(sp) || covered(done, k) {
				return false
			}
			fixed := upperFirstASCII(toks[k].Text)
			p.Report(lint.Diagnostic{
				Span:    sp,
				Message: fmt.Sprintf("%q is the name %q with %q in lower case: write %q", shown(d, s, e), key, w, fixed),
				Fixes:   fixes.One(fmt.Sprintf("Write %q", fixed), toks[k].Span, fixed, country),
			})
			return true
		}
	}
	return false
}

// placeWindow: tokens [s, e) of one block, one space or line end apart, are the
// lower-case word at k and capitalised words (not all capitals), perhaps
// joined by connectors, neither first nor last.
func placeWindow(d *lint.Document, s, e, k int) bool {
	toks := d.Tokens
	for j := s; j < e; j++ {
		t := &toks[j]
		if t.Kind != lint.Word || t.Block != toks[k].Block {
			return false
		}
		if j > s && (!t.Has(lint.SpaceBefore) || !oneSpace(d.Text[toks[j-1].Span.End:t.Span.Start])) {
			return false
		}
		if j < e-1 && possessive(t.Text) {
			return false // a possessive inside
		}
		switch {
		case j == k:
		case t.Has(lint.Capitalized) && !t.Has(lint.AllCaps):
		case j > s && j < e-1 && connectors[t.Text]:
		default:
			return false
		}
	}
	return true
}

// possessive: the word ends in 's.
func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") }

// isCalendar: w is a day or month name.
func isCalendar(w string) bool {
	lw := lowerASCII(w)
	return calendarName[lw] || lexicon.IsMonth(lw)
}

// oneSpace: s is one space or one line end.
func oneSpace(s string) bool { return s == " " || s == "\n" || s == "\r\n" }

// shown is the text of tokens [s, e) with one space between them.
func shown(d *lint.Document, s, e int) string {
	var b strings.Builder
	for j := s; j < e; j++ {
		if j > s {
			b.WriteByte(' ')
		}
		b.WriteString(d.Tokens[j].Text)
	}
	return b.String()
}

// continuesName: the capitalised word t stands after prev, a capitalised
// word of its block that may be part of the same name: not a possessive or
// a day or month name (November's New York), nor an ordinary word opening
// the sentence (Visit South Africa).
func continuesName(prev, t *lint.Token) bool {
	if !capWord(prev) || prev.Block != t.Block || possessive(prev.Text) || isCalendar(prev.Text) {
		return false
	}
	return !prev.Has(lint.SentenceStart) || !lexicon.IsCommonWord(prev.Text)
}

// placeWordsAll: the words of tokens [s, e) but k and the connectors are
// all words of some place name (a cheap test before the key is built).
func placeWordsAll(toks []lint.Token, s, e, k int) bool {
	var buf [24]byte
	for j := s; j < e; j++ {
		w := stem(toks[j].Text)
		if j == k || connectors[w] {
			continue
		}
		// The FoldHash of w is that of its lower-case form.
		if len(w) > len(buf) || placeTable().kind(tokenFold(&toks[j]), string(fold.LowerASCII(buf[:], w)))&inMulti == 0 {
			return false
		}
	}
	return true
}

// plainWord: w is letters alone, in lower case, the first an ASCII one
// (the fix upper-cases it): no capital (eBay), hyphen, apostrophe, point
// or digit.
func plainWord(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if c < 0x80 && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// covered: token k lies in one of the ranges.
func covered(done []occurrence, k int) bool {
	for _, o := range done {
		if o.first <= k && k < o.end {
			return true
		}
	}
	return false
}

// reportWord reports the lower-case word at token k with the fix that
// capitalises it (not safe: a person should look); a name in Mc or Mac
// gets no fix (McCarthy, but Macdonald or MacDonald).
func reportWord(p *lint.Pass, k int, msg string) {
	t := &p.Doc.Tokens[k]
	diag := lint.Diagnostic{Span: t.Span, Message: msg}
	if !strings.HasPrefix(t.Text, "mc") && !strings.HasPrefix(t.Text, "mac") {
		fixed := upperFirstASCII(t.Text)
		diag.Fixes = fixes.One(fmt.Sprintf("Write %q", fixed), t.Span, fixed, false)
	}
	p.Report(diag)
}

// capitalised is w with its first letter in upper case, quoted, or "the
// name capitalised" for a name in Mc or Mac, whose inner capital varies.
func capitalised(w string) string {
	if strings.HasPrefix(w, "mc") || strings.HasPrefix(w, "mac") {
		return "the name capitalised"
	}
	return fmt.Sprintf("%q", upperFirstASCII(w))
}

// surnameAfter: the lower-case word w (token k) after the capitalised word
// at i is a surname after a first name: w is a census surname, no ordinary
// word, particle or connector; the capital a first name, no ordinary word
// at a sentence start (Will, Grace), no place or people (Virginia, Jordan),
// and the start of a name (not Ray Charles biopic), perhaps after an
// honorific, a title or a possessive (Sir Clive, Health Secretary John,
// United's Wayne). memo holds lexicon.IsCommonWord's answers (commonMemo).
func surnameAfter(d *lint.Document, i, k int, w string, names *bloom, memo *commonMemo) bool {
	toks := d.Tokens
	// Cheap tests first: most capitals before a lower-case word are no
	// first name (Blair said), and no possessive (Blair's plan).
	first := &toks[i]
	name := stemOf(first)
	if first.Has(lint.AllCaps) || len(name) < len(first.Text) || !mayBeFirstName(first, name, names) || !plainWord(w) ||
		!afterNameStart(toks, i) || memo.isCommon(tokenFold(&toks[k]), w) {
		return false
	}
	if len(name) < 2 || !lexicon.IsFirstName(name) || connectors[w] || particles[w] || descriptive[w] || ordinary(w) ||
		addressPart(d.Text, toks[k].Span) || first.Has(lint.SentenceStart) && lexicon.IsCommonWord(name) {
		return false
	}
	if lexicon.IsPlace(name) || lexicon.CountryOfDemonym(name) != "" {
		return false
	}
	// A title (Chancellor gordon Brown) is no first name: the word after
	// it is read as a first name before the surname (firstNameBefore).
	var buf [24]byte // (the longest title word has 14 letters)
	if len(name) <= len(buf) && titleWords[string(fold.LowerASCII(buf[:], name))] {
		return false
	}
	// A census surname (hughes, presley), or after a common first name
	// that is no ordinary word, in mid-sentence and after no determiner, a
	// word no list knows (Liam neeson, Graeme souness; not Tory
	// backbencher opening a sentence, a Tory backbencher).
	if !lexicon.IsSurname(w) && !(lexicon.IsCommonFirstName(name) && !lexicon.IsCommonWord(name) &&
		!first.Has(lint.SentenceStart) && !afterDeterminer(toks, i) && unknownWord(w)) {
		return false
	}
	return d.Verbatim(lint.Span{Start: first.Span.Start, End: toks[k].Span.End})
}

// afterNameStart: the word at i starts a name: the word before it is no
// capitalised word of its block, or an honorific, a title or a
// possessive.
func afterNameStart(toks []lint.Token, i int) bool {
	if i == 0 {
		return true
	}
	prev := &toks[i-1]
	if !capWord(prev) || prev.Block != toks[i].Block || !toks[i].Has(lint.SpaceBefore) {
		return true
	}
	if possessive(prev.Text) {
		return true
	}
	var buf [24]byte
	if len(prev.Text) > len(buf) || !honorificSet.Has(prev.Fold) && !titleSet.Has(prev.Fold) {
		return false
	}
	lw := fold.LowerASCII(buf[:], prev.Text)
	return honorifics[string(lw)] || titleWords[string(lw)]
}

// firstNameBefore: the lower-case word w (token k) before the capitalised
// word at i, in mid-sentence, is a first name: a common first name that is
// no ordinary word (not will, mark, bill, rose, grace, frank, hope), or any
// first name after an honorific; no place or people; the capital no title,
// honorific or connector, and a surname or no ordinary word. memo holds
// lexicon.IsCommonWord's answers (commonMemo).
func firstNameBefore(d *lint.Document, k, i int, w string, names *bloom, memo *commonMemo) bool {
	toks := d.Tokens
	// After an honorific or a capitalised title, an ordinary word that is
	// a first name is one (Sir john Bourn, Mrs mary Smith, Foreign
	// Secretary jack Straw; not Mr and Mrs Smith).
	h := k - 1
	if h > 0 && toks[h].Text == "." && !toks[h].Has(lint.SpaceBefore) {
		h-- // Mrs. mary Smith
	}
	if !mayBeFirstName(&toks[k], w, names) || !plainWord(w) {
		return false // (most words before a capital: with, said, from)
	}
	var buf [16]byte
	honor := false
	if h >= 0 && capWord(&toks[h]) && toks[h].Block == toks[k].Block && len(toks[h].Text) <= len(buf) {
		lw := fold.LowerASCII(buf[:], toks[h].Text)
		honor = honorifics[string(lw)] || titleWords[string(lw)] // Sir john Bourn, Foreign Secretary jack Straw
	}
	if !honor && memo.isCommon(toks[k].Fold, w) {
		return false
	}
	if connectors[w] || particles[w] || descriptive[w] || !honor && ordinary(w) || addressPart(d.Text, toks[k].Span) {
		return false
	}
	sur := &toks[i]
	s := stem(sur.Text)
	ls := lowerASCII(s)
	if sur.Has(lint.AllCaps) || len(s) < 2 || !plainWord(ls) || titleWords[ls] || honorifics[ls] || connectors[ls] {
		return false
	}
	if honor && !lexicon.IsFirstName(w) || !honor && !lexicon.IsCommonFirstName(w) {
		return false
	}
	if tw := lexicon.TitleCase(w); lexicon.IsPlace(tw) || lexicon.CountryOfDemonym(tw) != "" {
		return false
	}
	if !lexicon.IsSurname(s) && lexicon.IsCommonWord(s) || lexicon.IsPlace(s) || lexicon.CountryByName(s) != "" {
		return false
	}
	if !afterNameStart(toks, k) {
		return false
	}
	return d.Verbatim(lint.Span{Start: toks[k].Span.Start, End: sur.Span.End})
}

// noFirstName: the capital t is no first name as mayBeFirstName tells (a
// test before surnameAfter, which most capitals fail): the FoldHash of its
// text without its possessive ending is not in names (firstNameFolds);
// surnameAfter takes no possessive, and one ending in 'S keeps its ending
// there, so such a word is left to surnameAfter, as is one with letters
// beyond ASCII. key is t's capKey: for every other word, the FoldHash of
// its stem (its Fold for most), so that the test (inlined where every
// capital before a lower-case word is read) reads no text but its last
// byte.
func noFirstName(t *lint.Token, key uint32, names *bloom) bool {
	w := t.Text
	return w != "" && w[len(w)-1] != 'S' && !names.has(key) && asciiWord(t, w)
}

// mayBeFirstName: w, the text of the word t or a part of it, may be a
// first name (in any case): its FoldHash (the token's Fold when w is all
// of it) is in names, the coarse filter of the first-name table's names
// (firstNameFolds), and its fnvFold in a finer one (tables_gen.go), which
// together let through about one word in a hundred that is none; a word
// with letters beyond ASCII always may (José: the table has Jose).
func mayBeFirstName(t *lint.Token, w string, names *bloom) bool {
	if !asciiWord(t, w) {
		return true
	}
	f := t.Fold
	if len(w) != len(t.Text) {
		f = lint.FoldHash(w)
	}
	return names.has(f) && firstNameFine.has(fnvFold(w))
}

// firstNameFolds returns the coarse filter of the first names by their
// FoldHash (16 bits a name, 64 KB), built on first use: FoldHash values are
// not written into generated code (see tables.go), and the tokens carry
// theirs, so that most capitals are tested without reading their text.
var firstNameFolds = sync.OnceValue(func() *bloom {
	n := 0
	lexicon.EachFirstName(func(string) { n++ })
	b := new(bloom).sized(n)
	lexicon.EachFirstName(func(name string) { b.add(lint.FoldHash(name)) })
	return b
})

// asciiWord: w, the text of the word t or a part of it, is ASCII: so is a
// word without InnerCapOrNonASCII (most); another is read.
func asciiWord(t *lint.Token, w string) bool {
	return t.Flags&lint.InnerCapOrNonASCII == 0 || fold.IsASCII(w)
}

// fnvFold is the FNV-1a hash of w folded to lower case (ASCII), for a
// filter of many words (firstNameFine).
func fnvFold(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(foldByte(w[i]))) * 16777619
	}
	return h
}

// acronymName reports the lower-case words of a name that an abbreviation
// in brackets (token i) spells (the Monetary policy Committee (MPC), Oil &
// Natural gas Corp (ONGC), Personal digital Assistants (PDAs)): the words
// before the bracket whose initials make the abbreviation, connectors
// aside, when two or more of them are capitalised in mid-sentence and
// fewer are not. A name all in lower case (personal digital assistants)
// is a house style, and titles (Chief executive Officer) are left to
// capitalization-title. It returns done with the words reported.
func acronymName(p *lint.Pass, i int, done []occurrence) []occurrence {
	d := p.Doc
	toks := d.Tokens
	acr := toks[i].Text
	if n := len(acr); n > 2 && acr[n-1] == 's' {
		acr = acr[:n-1] // PDAs
	}
	if len(acr) < 2 || len(acr) > 8 || i+1 >= len(toks) || toks[i+1].Text != ")" {
		return done
	}
	for k := 0; k < len(acr); k++ {
		if acr[k] < 'A' || acr[k] > 'Z' {
			return done
		}
	}
	// Match the letters from the last, word by word back from the bracket.
	var lows [8]int
	nl, caps, first := 0, 0, -1
	j := i - 2
	for l := len(acr) - 1; l >= 0; j-- {
		if j < 0 || toks[j].Block != toks[i].Block {
			return done
		}
		t := &toks[j]
		if t.Kind != lint.Word {
			if t.Text == "&" || t.Text == "-" {
				continue
			}
			return done
		}
		if foldByte(t.Text[0]) != foldByte(acr[l]) {
			if connectors[t.Text] {
				continue
			}
			return done
		}
		l--
		first = j
		switch {
		case t.Has(lint.Capitalized):
			if !t.Has(lint.SentenceStart) {
				caps++
			}
		case plainWord(stem(t.Text)) && !connectors[t.Text] && !titleWords[stem(t.Text)]:
			lows[nl] = j
			nl++
		default:
			return done
		}
	}
	if nl == 0 || caps < 2 || nl >= caps {
		return done
	}
	for k := first; k < i-1; k++ {
		if titleWords[lowerASCII(stem(toks[k].Text))] {
			return done
		}
	}
	name := lint.Span{Start: toks[first].Span.Start, End: toks[i-2].Span.End}
	for _, k := range lows[:nl] {
		if covered(done, k) || !d.Verbatim(toks[k].Span) {
			continue
		}
		reportWord(p, k, fmt.Sprintf("%q is a word of the name %q, abbreviated %s: write %s",
			toks[k].Text, d.Slice(name), toks[i].Text, capitalised(toks[k].Text)))
		done = append(done, occurrence{k, k + 1})
	}
	return done
}

// bodyHeads are the last words of the names of bodies and events.
var bodyHeads = map[string]bool{
	"committee": true, "commission": true, "office": true, "association": true, "council": true,
	"institute": true, "centre": true, "center": true, "school": true, "agency": true, "authority": true,
	"foundation": true, "society": true, "union": true, "board": true, "bureau": true, "department": true,
	"ministry": true, "service": true, "trust": true, "corporation": true, "federation": true,
	"organisation": true, "organization": true, "party": true, "show": true, "festival": true,
	"museum": true, "forum": true, "league": true, "academy": true, "college": true, "university": true,
	"facility": true, "fund": true, "club": true, "exchange": true, "consortium": true, "initiative": true,
	"alliance": true, "tribunal": true, "assembly": true, "partnership": true, "coalition": true,
}

// bodyHeadSet is bodyHeads by Fold.
var bodyHeadSet = foldset.Of(bodyHeads)

// bodyMiddle returns the first word of the name when the lower-case word w
// (token k) stands between capitalised words after "the", one to three
// before it, the one after it the last word of a body's name (the Detroit
// motor Show, the Foreign policy Centre, the Chinese foreign Ministry, the
// Social Security trust Fund), or -1: a style that lower-cases part of such
// a name lower-cases its last word too (the Chinese foreign ministry).
func bodyMiddle(d *lint.Document, k, i int, w string) int {
	toks := d.Tokens
	// The last word first, by its key (capKey: the FoldHash of its stem
	// lowered), in bodyHeadSet: most capitals are no body's last word, and
	// the words before them are not read.
	if !bodyHeadSet.Has(capKey(&toks[i])) {
		return -1
	}
	// The capitalised words before w, back to the: the Social Security
	// trust Fund.
	f := k - 1
	for ; f >= 0 && f > k-4; f-- {
		t := &toks[f]
		if !capWord(t) || t.Has(lint.AllCaps) || possessive(t.Text) || !t.Has(lint.SpaceBefore) || t.Block != toks[i].Block {
			break
		}
	}
	if f == k-1 || f < 0 || toks[f].Text != "the" && toks[f].Text != "The" || toks[f].Block != toks[i].Block ||
		!toks[k].Has(lint.SpaceBefore) {
		return -1
	}
	first := &toks[f+1]
	var buf [16]byte
	head := stem(toks[i].Text)
	if len(head) > len(buf) || !bodyHeads[string(fold.LowerASCII(buf[:], head))] {
		return -1
	}
	if !plainWord(w) || connectors[w] || titleWords[w] || descriptive[w] || possessive(toks[k].Text) {
		return -1
	}
	if !d.Verbatim(lint.Span{Start: first.Span.Start, End: toks[i].Span.End}) {
		return -1
	}
	return f + 1
}

// officeWords are the lower-case words that are part of an office's name
// before its title word (foreign secretary, prime minister, vice
// president, attorney general, information commissioner); former, acting,
// shadow, deputy, junior and the like describe the holder and may stand in
// lower case before a capitalised title in some house styles.
var officeWords = map[string]bool{
	"foreign": true, "home": true, "defence": true, "defense": true, "health": true, "education": true,
	"transport": true, "culture": true, "environment": true, "treasury": true, "justice": true,
	"interior": true, "trade": true, "energy": true, "agriculture": true, "finance": true, "economy": true,
	"commerce": true, "housing": true, "prime": true, "vice": true, "attorney": true, "solicitor": true,
	"information": true, "immigration": true, "labor": true,
}

// officeSet is officeWords by Fold, a test before the map (w is a token's
// text: the Fold is its FoldHash).
var officeSet = foldset.Of(officeWords)

// honorificSet and titleSet are honorifics and titleWords by Fold.
var honorificSet, titleSet = foldset.Of(honorifics), foldset.Of(titleWords)

// officeHeads are the title words that officeWords go before.
var officeHeads = map[string]bool{
	"secretary": true, "minister": true, "commissioner": true, "chancellor": true, "general": true,
	"president": true,
}

// officeMixed: the lower-case word w (token k) is part of an office's name
// whose title word, the capital at i, is capitalised (the foreign
// Secretary, prime Minister, vice President Dick Cheney): one title is
// written in lower case or capitalised throughout in every house style.
func officeMixed(d *lint.Document, k, i int, w string) bool {
	toks := d.Tokens
	head := stemOf(&toks[i])
	// The title words are of seven to twelve bytes (general,
	// commissioner): most capitals are not, and need no table.
	if len(head) < 7 || len(head) > 12 || !officeSet.Has(toks[k].Fold) || !officeWords[w] {
		return false
	}
	var buf [16]byte
	if toks[i].Has(lint.AllCaps) || !officeHeads[string(fold.LowerASCII(buf[:], head))] {
		return false
	}
	// Prime Minister's Questions, a proper name, stays whole; a capital
	// before the modifier (Shadow foreign Secretary) is left alone too.
	if k > 0 && midCap(&toks[k-1]) && toks[k-1].Block == toks[k].Block {
		return false
	}
	return d.Verbatim(lint.Span{Start: toks[k].Span.Start, End: toks[i].Span.End})
}

// lowHonorifics are the honorifics that are no ordinary word before a name
// in lower case (miss and lady are: fans will miss Beckham, lady Luck).
var lowHonorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true, "lord": true,
	"prof": true, "baroness": true,
}

// lowHonorificSet is lowHonorifics by Fold (honorificBefore).
var lowHonorificSet = foldset.Of(lowHonorifics)

// lowHonorific: the lower-case word w (token k, perhaps with its full
// stop) is an honorific before the capitalised name at i (mr Blair, sir
// Alex Ferguson, lord Falconer), not before a title (the lord Chancellor,
// the lord Mayor) or a connector.
func lowHonorific(d *lint.Document, k, i int, w string) bool {
	if !lowHonorifics[w] {
		return false
	}
	toks := d.Tokens
	var buf [16]byte
	name := stemOf(&toks[i])
	if len(name) > len(buf) || toks[i].Has(lint.AllCaps) {
		return false
	}
	if ln := fold.LowerASCII(buf[:], name); titleWords[string(ln)] || honorifics[string(ln)] || connectors[string(ln)] ||
		officeHeads[string(ln)] {
		return false
	}
	return d.Verbatim(lint.Span{Start: toks[k].Span.Start, End: toks[i].Span.End})
}

// honorificMayPrecede: honorificBefore may find a word before the capital
// at i: the token before it is a full stop or its Fold is in
// lowHonorificSet (a test inlined where every capital in mid-sentence is
// read: few pass it).
func honorificMayPrecede(toks []lint.Token, i int) bool {
	if i < 1 || i > len(toks) {
		return false
	}
	f := toks[i-1].Fold
	return f == dotFold || lowHonorificSet.Has(f)
}

// honorificBefore returns the token of a lower-case word of two to eight
// bytes that may be one of lowHonorifics (its Fold in lowHonorificSet; it
// starts as one does: d, l, m, p, s, b) right before the capital at i, or
// before its full stop (mr. Blair), or -1. Its callers look the word up in
// lowHonorifics.
func honorificBefore(toks []lint.Token, i int) int {
	k := i - 1
	if k > 0 && toks[k].Fold == dotFold && toks[k].Text == "." && !toks[k].Has(lint.SpaceBefore) { // (Fold first: see headingLead)
		k--
	}
	if k < 0 || !lowHonorificSet.Has(toks[k].Fold) || !toks[i].Has(lint.SpaceBefore) {
		return -1
	}
	t := &toks[k]
	if t.Kind != lint.Word || len(t.Text) < 2 || len(t.Text) > 8 || t.Flags&lint.Capitalized != 0 || t.Block != toks[i].Block {
		return -1
	}
	switch t.Text[0] {
	case 'b', 'd', 'l', 'm', 'p', 's':
		return k
	}
	return -1
}

// unknownWord: w (lower case, no ordinary word) is in none of the name,
// place and proper-name tables either, so that it is no word that a
// common first name could stand before in other senses (Sky settop, London
// indie: those are places or no common first names).
func unknownWord(w string) bool {
	tw := lexicon.TitleCase(w)
	return len(w) >= 4 && !lexicon.IsProperName(tw) && !lexicon.IsFirstName(tw) && !lexicon.IsPlace(tw) &&
		lexicon.CountryOfDemonym(tw) == ""
}

// placeLead: the word before token i leads to a place name: a preposition
// of place or direction, a conjunction or a comma (on wall Street, in
// little Rock, Paris and long Beach), so the common word at i is no
// adjective of what follows (the wall Street job).
func placeLead(toks []lint.Token, i int) bool {
	if i == 0 || toks[i-1].Block != toks[i].Block {
		return false
	}
	switch toks[i-1].Text {
	case "in", "on", "to", "from", "at", "near", "outside", "across", "into", "throughout", "around", "via",
		"of", "for", "between", "and", "or", ",":
		return true
	}
	return false
}

// afterDeterminer: the word before token i is a, an or the.
func afterDeterminer(toks []lint.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Text {
	case "a", "an", "the", "A", "An", "The":
		return true
	}
	return false
}
