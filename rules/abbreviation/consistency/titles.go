package consistency

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/scratch"
)

// titleUse is one courtesy or rank title before a name, with or without
// its point (Mr. Strand, Mr Strand).
type titleUse struct {
	tok    int       // the title's word
	point  lint.Span // the point, when dotted
	dotted bool
}

// titleDots reports a title written both with and without its point
// before names in one article (Mr. Strand … Mr Haugen): the form used more
// often wins. Each title is judged on its own, since Oxford style writes
// Mr and Dr without a point but Prof. and Gen. with one. The caller has
// seen a title with its point (most articles have none, and nothing to
// mix), and gives the keys written with their point (see facts).
func titleDots(p *lint.Pass, f *facts) {
	d := p.Doc
	toks := d.Tokens
	w := titleWorks.GetFor(len(toks))
	defer w.release(len(toks))
	if w.uses == nil {
		w.uses = map[string][]titleUse{}
	}
	uses := w.uses
	// A long article's candidates are scattered over tokens and text that
	// titleCandidates' searches of the text have pushed out of the cache:
	// they are read hitBatch at a time, each batch warmed first (warm), so
	// that their misses overlap rather than come one after another.
	cands := titleCandidates(d, f, w.cands[:0])
	w.cands = cands
	long := len(toks) > batchMinTokens
	for c0 := 0; c0 < len(cands); c0 += hitBatch {
		batch := cands[c0:min(c0+hitBatch, len(cands))]
		if long {
			warm(d, batch)
		}
		for _, i := range batch {
			t := &toks[i]
			if t.Kind != lint.Word || !styleShape(t.Text) || d.Blocks[t.Block].Kind == lint.BlockHeadline {
				continue
			}
			var form int
			key := t.Text
			switch kind := styleWords[t.Text]; {
			case kind == titleWord || placeTitles[t.Text] && saintAt(toks, i):
				form = styleForm(toks, i, titleWord)
			case kind == monthWord:
				form = monthForm(toks, i)
				key = "month" // Jan. 5 and Feb 3: one style for all months
			default:
				continue
			}
			var u titleUse
			switch form {
			case withPoint:
				u = titleUse{tok: i, point: toks[i+1].Span, dotted: true}
			case withoutPoint:
				u = titleUse{tok: i}
			default:
				continue
			}
			us, ok := uses[key]
			if !ok {
				us = w.spareList()
			}
			uses[key] = append(us, u)
		}
	}
	for _, title := range sortedKeys(uses) {
		us := uses[title]
		dotted := 0
		for _, u := range us {
			if u.dotted {
				dotted++
			}
		}
		// The majority wins; a tie is suggested by the first use and left
		// to a person.
		dottedWins, safe, ok := majority(len(us), dotted, len(us) > 0 && us[0].dotted)
		if !ok {
			continue
		}
		var model *titleUse
		for k := range us {
			if us[k].dotted == dottedWins {
				model = &us[k]
				break
			}
		}
		modelSpan := toks[model.tok].Span
		if model.dotted {
			modelSpan.End = model.point.End
		}
		modelText, modelLine := d.Slice(modelSpan), d.LineOf(modelSpan.Start)
		for _, u := range us {
			if u.dotted == dottedWins {
				continue
			}
			sp := toks[u.tok].Span
			edit := lint.Edit{Span: lint.Span{Start: sp.End, End: sp.End}, NewText: "."}
			form := "with a point"
			if u.dotted {
				sp.End = u.point.End
				edit = lint.Edit{Span: u.point, NewText: ""}
				form = "without a point"
			}
			reportForm(p, sp, d.Slice(sp), form, modelSpan, modelText, modelLine, modelText, edit, safe)
		}
	}
}

// titleWork is the working storage of titleDots, pooled: the candidates,
// the uses of each title and the emptied lists of uses that the next
// document's titles take. In a long article they grew by append at each
// check (some 0.9 MB a check of a 10 MB article, where Mr and Ms stand
// before thousands of names). Nothing in them points into a document once
// released: the map's keys are dropped, and the lists hold no pointers.
type titleWork struct {
	cands []int
	uses  map[string][]titleUse
	spare [][]titleUse
}

// titleWorks holds the titleWork values of titleDots. Their lists grow with the titles of a
// document, not with its tokens, so they are put back by its length
// (scratch.Pool.PutFor): a long document's go to the side that only the
// next document that long takes, on any processor.
var titleWorks scratch.Pool[titleWork]

// spareList returns an empty list of uses for a title met first, with the
// room of one a title had in an earlier document when there is one.
func (w *titleWork) spareList() []titleUse {
	k := len(w.spare) - 1
	if k < 0 {
		return nil
	}
	us := w.spare[k]
	w.spare[k] = nil
	w.spare = w.spare[:k]
	return us
}

// release empties w, keeping the room of its lists, and puts it back for
// the next document, w having served a document of ntoks tokens.
func (w *titleWork) release(ntoks int) {
	size := cap(w.cands)
	for _, us := range w.uses {
		w.spare = append(w.spare, us[:0])
		size = max(size, cap(us))
	}
	clear(w.uses)
	w.cands = w.cands[:0]
	titleWorks.PutFor(w, ntoks, size)
}

// titleCandidates lists, in order, the tokens titleDots must look at: every
// token that is a title, place title or month whose key (the title, or
// "month") is also written with its point somewhere (Mr. … Mr), as f
// gives them. A key never written with its point has no dotted use to mix
// with, so its tokens are not visited; nor is the rest of the document,
// which a walk of every token would visit on a long article.
// The list is appended to out (empty, its room reused).
func titleCandidates(d *lint.Document, f *facts, out []int) []int {
	words := slices.Clone(f.titles)
	if f.month {
		for w, kind := range styleWords {
			if kind == monthWord {
				words = append(words, w)
			}
		}
	}
	if len(d.Tokens) > batchMinTokens {
		return titleCandidatesLong(d, words, out)
	}
	return titleCandidatesShort(d, words, out)
}

// titleCandidatesShort is titleCandidates for an article of
// batchMinTokens tokens or fewer: each word's offsets are looked up in
// order, each from the token found for the one before (tokenAtFrom).
func titleCandidatesShort(d *lint.Document, words []string, out []int) []int {
	text := d.Text
	for _, w := range words {
		t := 0 // (the tokens before t end before the next offset)
		for i := 0; ; {
			k := strings.Index(text[i:], w)
			if k < 0 {
				break
			}
			s := i + k
			i = s + len(w)
			if t = tokenAtFrom(d, t, s); t < len(d.Tokens) && d.Tokens[t].Span.Start == s && d.Tokens[t].Text == w {
				out = append(out, t)
			}
		}
	}
	slices.Sort(out)
	return out
}

// batchMinTokens is the number of tokens above which titleCandidates
// looks its words' tokens up a batch at a time (titleCandidatesLong): the
// tokens of a shorter article (under 800 KB of them) are in the
// second-level cache, where a search alone waits little.
const batchMinTokens = 16 << 10

// hitBatch is the number of a word's offsets whose tokens
// titleCandidatesLong looks up at a time.
const hitBatch = 32

// titleCandidatesLong is titleCandidates for a long article: the offsets
// of each word are looked up hitBatch at a time (Document.TokensAt), so
// that the last probes of their searches, which miss the cache on a page
// whose tokens it no longer holds, wait for memory together, not one after
// another as the gallop from each offset to the next did.
func titleCandidatesLong(d *lint.Document, words []string, out []int) []int {
	text := d.Text
	var offs, ks [hitBatch]int
	for _, w := range words {
		for i := 0; ; {
			n := 0
			for ; n < len(offs); n++ {
				k := strings.Index(text[i:], w)
				if k < 0 {
					break
				}
				offs[n] = i + k
				i = offs[n] + len(w)
			}
			d.TokensAt(offs[:n], ks[:n])
			for q, t := range ks[:n] {
				if t < len(d.Tokens) && d.Tokens[t].Span.Start == offs[q] && d.Tokens[t].Text == w {
					out = append(out, t)
				}
			}
			if n < len(offs) {
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// tokenAtFrom is d.TokenAt(off) when the tokens before from all end at or
// before off: offsets asked in order are searched out from the token found
// for the one before (Document.TokenAtFrom), among tokens near each other,
// and not over the whole document each (in a long article, a score of
// probes far apart, most of which missed the cache).
//
// From 0 (a word's first offset) it searches the whole document at once:
// the gallop and its search cost twice the probes of one search over as
// many tokens, and a word met once (most, in a news article) gains nothing.
func tokenAtFrom(d *lint.Document, from, off int) int {
	if from == 0 {
		return d.TokenAt(off)
	}
	return d.TokenAtFrom(off, from)
}

// warm reads, for each title candidate of cands, what titleDots reads
// first: the token's kind, the first byte of its text and its block's
// kind, and the kind of the token after it (styleForm), and returns a sum
// of what it read, so that the reads are not dropped as unused (titleDots
// does not keep it: a call that is not inlined is made whatever its
// result). A loop of independent reads has their misses wait for memory
// together, where titleDots' loop, whose work depends on what it reads,
// has them wait one after another.
//
//go:noinline
func warm(d *lint.Document, cands []int) uint {
	toks := d.Tokens
	sum := uint(0)
	for _, i := range cands {
		t := &toks[i]
		sum += uint(t.Kind) + uint(d.Blocks[t.Block].Kind)
		if len(t.Text) > 0 {
			sum += uint(t.Text[0])
		}
		if i+1 < len(toks) {
			sum += uint(toks[i+1].Kind)
		}
	}
	return sum
}

func sortedKeys(m map[string][]titleUse) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// styleKeyAt returns the title, place title or month that the point
// text[j] ends (Mr of Mr. , Sen. , St. , Jan.\n) and its kind (none for a
// place title), or "".
func styleKeyAt(text string, j int) (string, styleKind) {
	if !capitalBack(text, j) {
		return "", 0
	}
	w := j
	for w > 0 && j-w < 5 && isLetter(text[w-1]) {
		w--
	}
	word := text[w:j]
	if !styleShape(word) {
		return "", 0
	}
	if kind := styleWords[word]; kind != 0 || placeTitles[word] {
		return word, kind
	}
	return "", 0
}

// capitalBack: a capital stands two to four bytes before text[j], where a
// title or month of two to four letters ending at j starts; the word that
// ends most sentences has none there.
func capitalBack(text string, j int) bool {
	return j >= 2 && isUpper(text[j-2]) || j >= 3 && isUpper(text[j-3]) || j >= 4 && isUpper(text[j-4])
}

// monthForm tells how the month abbreviation toks[i] is written before a
// day: with its point (Jan. 5, AP), without (Jan 5, Reuters), or not before
// a day at all (Jan Smith). Only for comparing the months of one article:
// a month without its point is no evidence of British style for U.S.
// (Reuters writes Jan 5 beside U.S.), so pointStyle does not ask.
func monthForm(toks []lint.Token, i int) int {
	if f := styleForm(toks, i, monthWord); f != notBeforeName {
		return f
	}
	if i+1 >= len(toks) {
		return notBeforeName
	}
	n := &toks[i+1]
	if n.Block == toks[i].Block && n.Kind == lint.Number && n.Has(lint.SpaceBefore) && len(n.Text) <= 2 && isDigit(n.Text[0]) {
		return withoutPoint
	}
	return notBeforeName
}

// placeTitles are the abbreviations that start a place's name (St. Louis,
// St Andrews, Mt. Everest, Ft. Worth): American styles write them with a
// point, British ones without, and one article keeps to one. They are
// compared with themselves only (titleDots), never taken as evidence of a
// house style: Reuters writes St Petersburg beside U.S.
var placeTitles = map[string]bool{"St": true, "Mt": true, "Ft": true}

// saintAt: the St (Mt, Ft) at toks[i] starts a name, not ends one as a
// street does (Main St. The house, Downing St): no capitalised word stands
// before it in its sentence's flow (the, in, a sentence's start).
func saintAt(toks []lint.Token, i int) bool {
	if i == 0 || toks[i].Has(lint.SentenceStart) {
		return true
	}
	prev := &toks[i-1]
	return prev.Block != toks[i].Block || prev.Kind != lint.Word || !prev.Has(lint.Capitalized) || prev.Has(lint.SentenceStart)
}
