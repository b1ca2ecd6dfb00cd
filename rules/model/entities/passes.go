package entities

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/internal/scratch"
)

// parties named in affiliations (Labour MP, Republican senator).
var parties = setOf("Labour", "Conservative", "Tory", "Liberal", "Lib", "Democrat", "Democratic",
	"Republican", "SNP", "Plaid", "Green", "UKIP", "BNP", "Unionist", "DUP", "SDLP", "Sinn",
	"Socialist", "Likud", "Fatah", "Hamas", "Gaullist", "Christian")

// lastTok returns the index of the token after the mention (skipping a
// possessive mark).
func (b *builder) after(mm *Mention) int {
	j := mm.Tokens[len(mm.Tokens)-1] + 1
	if mm.Possessive && j < len(b.toks) && b.toks[j].Kind == lint.Punct && isApos(b.toks[j].Text) {
		j++
	}
	return j
}

func (b *builder) sameBlock(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(b.toks) && j < len(b.toks) && b.toks[i].Block == b.toks[j].Block
}

func ageOf(s string) (int, bool) {
	s = strings.TrimSuffix(s, "-year-old")
	if len(s) == 0 || len(s) > 3 || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 120 {
		return 0, false
	}
	return n, true
}

func (e *Entity) addAge(age int, sp lint.Span) {
	e.Ages = append(e.Ages, AgeFact{Age: age, Span: sp})
	if e.Age == 0 {
		e.Age, e.AgeSpan = age, sp
	}
}

// appositions reads what follows a person's name: ", 45,", ", the shadow
// family secretary,", ", chief executive of Unilever,", " (D-Calif.)",
// " aged 45".
//
// It reads the token after every mention of a person, a miss on a long
// article. A mark per mention, set by addRun beside the run's last token
// (the token after it is a capital, a comma, a bracket or "aged") and laid
// out by group beside the mentions, let it pass the others over: its
// samples at 10 MB fell from 1.93 % of the model's to 1.21 % and 0.24 %
// for the mark, but group's, which wrote the marks, rose from 5.51 % to
// 6.39 % in the same profiles (one each); at 1 MB cachegrind's estimate
// was level, and the 400-article pass took 0.5M to 1.0M more
// instructions. Not done.
func (b *builder) appositions() {
	toks := b.toks
	for _, e := range b.m.Entities {
		if e.Kind != Person {
			continue
		}
		for mi := range e.Mentions {
			mm := &e.Mentions[mi]
			if mm.Form == Pronoun || mm.Form == TitleOnly {
				continue
			}
			j := b.after(mm)
			last := mm.Tokens[len(mm.Tokens)-1]
			// Post-nominal letters cut off the name (Simon Mortimer KC, 58,).
			// (Each begins with a capital: the token's flags turn away the
			// comma or verb after most names without a read of the text,
			// a miss of its own on a long article, in the set's lookup.)
			for j < len(toks) && isCap(&toks[j]) && postNominalSet.has(toks[j].Text) {
				j++
			}
			if j >= len(toks) || !b.sameBlock(j, last) {
				continue
			}
			t := &toks[j]
			switch {
			case t.Text == "(" && j+2 < len(toks) && b.sameBlock(j+2, j):
				// (45), (D-Calif.), (Labour)
				if age, ok := ageOf(toks[j+1].Text); ok && toks[j+2].Text == ")" {
					e.addAge(age, toks[j+1].Span)
					continue
				}
				k := j + 1
				for k < len(toks) && k < j+6 && toks[k].Text != ")" && b.sameBlock(k, j) {
					k++
				}
				if k < len(toks) && toks[k].Text == ")" && k > j+1 {
					inner := b.doc.Text[toks[j+1].Span.Start:toks[k-1].Span.End]
					if isPartyTag(inner) && e.Affiliation == "" {
						e.Affiliation = "(" + inner + ")"
					}
				}
			case t.Text == "aged" && j+1 < len(toks):
				if age, ok := ageOf(toks[j+1].Text); ok {
					e.addAge(age, toks[j+1].Span)
				}
			case t.Text == ",":
				k := j + 1
				if k >= len(toks) || !b.sameBlock(k, j) {
					continue
				}
				if toks[k].Text == "aged" && k+1 < len(toks) {
					k++
				}
				if age, ok := ageOf(toks[k].Text); ok && toks[k].Kind == lint.Number && k+1 < len(toks) && isClauseEnd(toks[k+1].Text) {
					e.addAge(age, toks[k].Span)
					continue
				}
				b.appositiveTitle(e, mi, k)
			}
		}
		// Affiliation from a title: Labour MP, Republican senator.
		if e.Affiliation == "" {
			for _, ti := range e.Titles {
				for w := range strings.FieldsSeq(ti.Text) {
					if parties[w] {
						e.Affiliation = w
						break
					}
				}
				if e.Affiliation != "" {
					break
				}
			}
		}
	}
}

func isClauseEnd(s string) bool {
	switch s {
	case ",", ".", ")", ";", ":", "—", "–":
		return true
	}
	return false
}

// isPartyTag: D-Calif., R-Texas, I-Vt., Lab, Con.
func isPartyTag(s string) bool {
	if len(s) >= 3 && strings.ContainsRune("DRI", rune(s[0])) && s[1] == '-' {
		return true
	}
	return parties[strings.TrimSuffix(s, ".")]
}

// appositiveTitle reads a title in apposition starting at token k (after
// the comma): "the shadow family secretary,", "chief executive of X,".
func (b *builder) appositiveTitle(e *Entity, mi, k int) {
	toks := b.toks
	start := k
	if start < len(toks) && determinerSet.has(b.lowerTok(start, toks[start].Text)) {
		start++
	}
	// A possessive country or organisation: Britain's, the company's.
	if start < len(toks) {
		if w, p := b.wordOf(start); p && (isCap(&toks[start]) || b.isCommon(w)) {
			start++
		}
	}
	if start >= len(toks) || !b.sameBlock(start, k) {
		return
	}
	head := -1
	k = start
	for k < len(toks) && k < start+8 && b.sameBlock(k, start) {
		t := &toks[k]
		if t.Kind == lint.Punct && t.Text != "-" && t.Text != "&" {
			break
		}
		if b.isTitleHead(k) {
			head = k
		} else if !b.titleish(k) && !isCap(t) {
			break
		}
		k++
	}
	if head < 0 {
		return
	}
	end := head + 1
	// "of X": a department belongs to the title, an organisation is the affiliation.
	aff := ""
	if end < len(toks) && (toks[end].Text == "of" || toks[end].Text == "at" || toks[end].Text == "for") && end+1 < len(toks) {
		q := end + 1
		if toks[q].Text == "the" {
			q++
		}
		r := q
		for r < len(toks) && r < q+6 && (isCap(&toks[r]) || isParticleTok(&toks[r]) || toks[r].Text == "of" || toks[r].Text == "&") && b.sameBlock(r, q) {
			r++
		}
		if r > q {
			if titleWords[b.lowerTok(q, toks[q].Text)] && r == q+1 && toks[end].Text == "of" {
				end = r
			} else {
				aff = foldSpace(b.doc.Text[toks[q].Span.Start:toks[r-1].Span.End])
				end = r
			}
		}
	}
	if end < len(toks) && b.sameBlock(end, start) {
		nt := toks[end].Text
		if !isClauseEnd(nt) && nt != "who" && nt != "and" && !isSpeechVerbTok(&toks[end]) {
			return
		}
	}
	ti := Title{Span: lint.Span{Start: toks[start].Span.Start, End: toks[head].Span.End}, Mention: mi}
	ti.Text = foldSpace(b.doc.Text[ti.Span.Start:ti.Span.End])
	for q := start; q <= head; q++ {
		w := b.tokWordAt(q)
		lw := b.lowerTok(q, w)
		if ti.Country == "" {
			if c := b.tokDemonym(q); c != "" {
				ti.Country = c
			} else if c := b.tokCountry(q); c != "" && isCap(&toks[q]) {
				ti.Country = c
			}
		}
		if titleModifiers[lw] && ti.Modifier == "" && q != head {
			ti.Modifier = lw
		}
		for _, p := range []string{"then-", "ex-", "former-", "acting-"} {
			if strings.HasPrefix(lw, p) && ti.Modifier == "" {
				ti.Modifier = strings.TrimSuffix(p, "-")
			}
		}
	}
	if start > 0 && ti.Modifier == "" {
		if w := b.lowerTok(start-1, toks[start-1].Text); titleModifiers[w] {
			ti.Modifier = w
		}
	}
	e.Titles = append(e.Titles, ti)
	if e.Country == "" && ti.Country != "" {
		e.Country = ti.Country
	}
	if aff != "" && e.Affiliation == "" {
		e.Affiliation = aff
	}
	b.titleEvidence(e, ti.Text, ti.Span)
}

// addTitleEvidence records the gendered words of a title (chairwoman,
// actress) given at sp as evidence of the person's gender. ASCII words are
// lower-cased in a buffer, so nothing is allocated.
func (e *Entity) addTitleEvidence(text string, sp lint.Span) {
	if isASCIIBeyond(text) {
		for _, w := range strings.Fields(lower(text)) {
			if g, ok := genderedTitles[w]; ok {
				e.Evidence = append(e.Evidence, Evidence{Gender: g, Why: why("title ", w), Span: sp, Source: FromTitle})
			}
		}
		return
	}
	var buf [32]byte
	for f := range strings.FieldsSeq(text) {
		if len(f) > len(buf) {
			continue // no gendered title is that long
		}
		if gt, ok := genderedTitleWhy[string(fold.LowerASCII(buf[:], f))]; ok {
			e.Evidence = append(e.Evidence, Evidence{Gender: gt.g, Why: gt.why, Span: sp, Source: FromTitle})
		}
	}
}

// genderedTitleWhy holds the gender and the evidence text of each
// gendered title word.
var genderedTitleWhy = func() map[string]struct {
	g   Gender
	why string
} {
	m := map[string]struct {
		g   Gender
		why string
	}{}
	for w, g := range genderedTitles {
		m[w] = struct {
			g   Gender
			why string
		}{g, why("title ", w)}
	}
	return m
}()

// titleHead returns the head word of a title (its last title head), lower case.
func titleHead(s string) string {
	if isASCIIBeyond(s) {
		return titleHeadOf(strings.Fields(lower(s)))
	}
	// ASCII: the fields lowered one by one into a buffer, the head
	// returned as the table's own string (nothing allocated).
	var buf [32]byte
	head := ""
	for i := 0; i < len(s); {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isASCIISpace(s[j]) {
			j++
		}
		f := s[i:j]
		i = j
		for len(f) > 0 && isTitleTrim(f[0]) {
			f = f[1:]
		}
		for len(f) > 0 && isTitleTrim(f[len(f)-1]) {
			f = f[:len(f)-1]
		}
		if len(f) == 0 {
			continue
		}
		if len(f) > len(buf) {
			if h := titleHeadOf([]string{lower(f)}); h != "" {
				head = h
			}
			continue
		}
		w := fold.LowerASCII(buf[:], f)
		if h, ok := headKeys[string(stripPrefix(w))]; ok {
			head = h
		}
	}
	return head
}

// titleHeadOf returns the last title head of lower-case fields (trimmed
// of , . ' ’ and a then-, ex-, former- or acting- prefix), or "".
func titleHeadOf(f []string) string {
	for i := len(f) - 1; i >= 0; i-- {
		w := stripPrefix(strings.Trim(f[i], ",.'’"))
		if titleHeads[w] {
			return w
		}
	}
	return ""
}

func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

func isTitleTrim(c byte) bool { return c == ',' || c == '.' || c == '\'' }

// headKeys maps each title head to itself, so that a head found in a
// buffer is returned as a string without allocating.
var headKeys = func() map[string]string {
	m := make(map[string]string, len(titleHeads))
	for w := range titleHeads {
		m[w] = w
	}
	return m
}()

// headPeople are the people whose titles have one head word: the one
// mentioned first, where, and where the second was first mentioned.
type headPeople struct {
	first                   *Entity
	firstStart, secondStart int
}

// titleOnly resolves "the minister", "the chief executive", "the
// 45-year-old" to the one person they can mean.
func (b *builder) titleOnly() {
	toks := b.toks
	// For each head word of people's titles, the person first mentioned
	// and where the second one was first mentioned: "the minister" at
	// offset p means the one person whose title has the head minister and
	// who was mentioned before p, if there is one.
	byHead := &b.byHead
	heads := b.heads[:0]
	defer func() {
		byHead.reset()
		clear(heads)
		b.heads = heads[:0]
	}()
	for _, e := range b.m.Entities {
		if e.Kind != Person || len(e.Mentions) == 0 {
			continue
		}
		start := e.Mentions[0].Span.Start
		for _, t := range e.Titles {
			h := b.headOfTitle(t.Text)
			if h == "" {
				continue
			}
			k, ok := get(byHead, h)
			if !ok {
				k = int32(len(heads))
				put(byHead, h, k)
				heads = append(heads, headPeople{first: e, firstStart: start, secondStart: math.MaxInt})
				continue
			}
			hp := &heads[k]
			switch {
			case hp.first == e:
			case start < hp.firstStart:
				hp.first, hp.firstStart, hp.secondStart = e, start, hp.firstStart
			case start < hp.secondStart:
				hp.secondStart = start
			}
		}
	}
	skip := -1 // "the" tokens up to skip are inside a title-only mention
	// The entities that get a title-only mention, each listed once (see
	// addTitleOnly), are the only ones whose mentions need sorting after.
	titled := b.titledOnly[:0]
	defer func() {
		clear(titled)
		b.titledOnly = titled[:0]
	}()
	near := personWindow{b: b}
	long := len(toks) >= warmFrom
	for k, i32 := range b.the {
		if long && k%warmBatch == 0 {
			// (a long article's "the" are read a batch at a time, warmed
			// first: see warmThe)
			b.warmed += warmThe(toks, b.the[k:min(k+warmBatch, len(b.the))])
		}
		i := int(i32)
		if i <= skip {
			continue
		}
		// the 45-year-old
		if age, ok := ageOf(toks[i+1].Text); ok && strings.HasSuffix(toks[i+1].Text, "-year-old") {
			// "the 41-year-old Kessler": the age belongs to the name after it.
			n := i + 2
			if n+1 < len(toks) && isHonorificTok(&toks[n]) {
				n++ // the 60-year-old Ms. Delgado
				if toks[n].Text == "." {
					n++
				}
			}
			if n < len(toks) && b.sameBlock(n, i) && isCap(&toks[n]) && b.nameTok(n) {
				if id := b.m.entityID(n); id != 0 {
					if e := b.m.Entities[id-1]; e.Kind == Person {
						e.addAge(age, toks[i+1].Span)
					}
				}
				continue
			}
			if e := near.only(i, 1); e != nil {
				e.addAge(age, toks[i+1].Span)
				titled = addTitleOnly(b, titled, e, Mention{Span: lint.Span{Start: toks[i].Span.Start, End: toks[i+1].Span.End}, Text: "the " + toks[i+1].Text, Form: TitleOnly, Sentence: int(toks[i].Sentence), Tokens: b.keep(append(b.run[:0], i+1))})
			}
			continue
		}
		if len(heads) == 0 {
			continue // no title the words after "the" could name
		}
		k := i + 1
		head := -1
		for k < len(toks) && k < i+5 && toks[k].Kind == lint.Word && b.sameBlock(k, i) {
			if b.isTitleHead(k) {
				head = k
			} else if !b.titleish(k) {
				break
			}
			k++
		}
		if head < 0 || head+1 < len(toks) && (b.nameTok(head+1) || toks[head+1].Text == "of" || b.isTitleHead(head+1)) {
			continue
		}
		hw := stripPrefix(b.tokLower(head))
		hk, ok := get(byHead, hw)
		if !ok {
			continue
		}
		pos := toks[i].Span.Start
		hp := &heads[hk]
		if hp.firstStart > pos || hp.secondStart <= pos {
			continue // nobody or two people
		}
		pick := hp.first
		idx := b.run[:0]
		for q := i + 1; q <= head; q++ {
			idx = append(idx, q)
		}
		b.run = idx
		idx = b.keep(idx)
		sp := lint.Span{Start: toks[i+1].Span.Start, End: toks[head].Span.End}
		titled = addTitleOnly(b, titled, pick, Mention{Span: sp, Text: foldSpace(b.doc.Text[sp.Start:sp.End]), Form: TitleOnly, Sentence: int(toks[i].Sentence), Tokens: idx})
		skip = head
	}
	// Title-only mentions were appended after the name mentions, which are
	// in text order: only an entity that got some needs sorting. They are
	// those listed, not found by reading each entity's last mention: in a
	// long document the entities' mentions lie on more cache lines than
	// the cache holds, and each such read was a miss.
	for _, e := range titled {
		b.mentTmp = sortMentions(e.Mentions, b.mentTmp)
		b.rePlace(e)
	}
	for _, e := range b.m.Entities {
		// Titles point at mention indices: re-point after sorting.
		for ti := range e.Titles {
			e.Titles[ti].Mention = nearestMention(e.Mentions, e.Titles[ti].Span)
		}
	}
}

// addTitleOnly adds the title-only mention mm to e's mentions and
// returns titled with e appended when mm is e's first title-only mention.
// No pass before titleOnly makes such mentions, and they go after the name
// mentions: e already has one when its last mention is one. (That read is
// made once per title-only mention, where reading every entity's last
// mention took one miss per entity in a long document.)
func addTitleOnly(b *builder, titled []*Entity, e *Entity, mm Mention) []*Entity {
	if n := len(e.Mentions); n == 0 || e.Mentions[n-1].Form != TitleOnly {
		titled = append(titled, e)
	}
	b.addMention(e, mm)
	return titled
}

// addMention appends mm to e's mentions; when they are full (their room
// in the store is cut to their number), they move to room for twice as
// many carved from the store instead of a new array.
func (b *builder) addMention(e *Entity, mm Mention) {
	if n := len(e.Mentions); n == cap(e.Mentions) {
		grown := carve(&b.m.st.more, 2*n+1, 1<<12)[:n]
		copy(grown, e.Mentions)
		e.Mentions = grown
	}
	e.Mentions = append(e.Mentions, mm)
}

// sortMentions sorts mentions by start, stably. The name mentions come in
// text order and the title-only ones after them, also in text order: two
// sorted runs are merged in linear time, through tmp (scratch, returned
// for reuse and cleared).
func sortMentions(ms, tmp []Mention) []Mention {
	less := func(x, y Mention) int { return x.Span.Start - y.Span.Start }
	k := 1
	for k < len(ms) && ms[k-1].Span.Start <= ms[k].Span.Start {
		k++
	}
	if k >= len(ms) {
		return tmp
	}
	if !slices.IsSortedFunc(ms[k:], less) {
		slices.SortStableFunc(ms, less)
		return tmp
	}
	left := append(tmp[:0], ms[:k]...)
	defer clear(left)
	right := ms[k:]
	// Merge into ms from the front: the write position never passes the
	// unread part of right, which is already in place.
	i, j, w := 0, 0, 0
	for i < len(left) && j < len(right) {
		if right[j].Span.Start < left[i].Span.Start {
			ms[w] = right[j]
			j++
		} else {
			ms[w] = left[i]
			i++
		}
		w++
	}
	for i < len(left) {
		ms[w] = left[i]
		i++
		w++
	}
	return left
}

// nearestMention returns the index of the name mention (not title-only)
// that does not overlap sp and whose start is nearest to sp.End, the first
// at a tie, or -1. ms is sorted by start.
func nearestMention(ms []Mention, sp lint.Span) int {
	p := sort.Search(len(ms), func(x int) bool { return ms[x].Span.Start >= sp.End })
	best := -1
	// Before sp.End: the nearest is the last one that does not overlap sp;
	// at an equal start the first of them.
	for q := p - 1; q >= 0; q-- {
		mm := &ms[q]
		if best >= 0 && mm.Span.Start != ms[best].Span.Start {
			break
		}
		if mm.Form == TitleOnly || sp.Start < mm.Span.End {
			continue
		}
		best = q
	}
	for q := p; q < len(ms); q++ {
		mm := &ms[q]
		if mm.Form == TitleOnly {
			continue
		}
		if best < 0 || absInt(mm.Span.Start-sp.End) < absInt(ms[best].Span.Start-sp.End) {
			best = q
		}
		break
	}
	return best
}

// sortEvents orders the events by token, stably, into the other events
// buffer (a bucket sort by token, see below).
func (b *builder) sortEvents(ev []event) []event {
	sorted := true
	for k := 1; k < len(ev); k++ {
		if ev[k].tok < ev[k-1].tok {
			sorted = false
			break
		}
	}
	if sorted {
		return ev
	}
	// A bucket sort: the events go, in their order, to buckets of 1<<shift
	// tokens (about one bucket per event), and an insertion sort orders
	// each bucket's few. (A token has few events, so a bucket holds few
	// however they fall: the work stays linear in the tokens.)
	shift := 0
	for len(b.toks)>>shift > 2*len(ev) {
		shift++
	}
	start := scratch.Zeroed(b.evKeys, len(b.toks)>>shift+2) // (the buckets' starts)
	for k := range ev {
		start[int(ev[k].tok)>>shift+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	out := scratch.Resized(b.events2, len(ev))
	for k := range ev {
		bk := int(ev[k].tok) >> shift
		out[start[bk]] = ev[k]
		start[bk]++
	}
	for k := 1; k < len(out); k++ {
		for j := k; j > 0 && out[j].tok < out[j-1].tok; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	b.evKeys = start
	// Swap the buffers: the caller's events buffer is kept as the next
	// sort's output.
	clear(ev)
	b.events2 = ev[:0]
	return out
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// personWindow finds the one person mentioned in the sentence of a token
// before it or in the sentences just before, for tokens in increasing
// order, in linear time overall: it counts the people mentioned in a
// window of tokens whose ends only move forward. Tokens the window would
// take in and let go again at once (all those before the sentences asked
// about) are jumped over, so that the calls of a long article cost the
// tokens of their sentences, not every token before the last.
type personWindow struct {
	b        *builder
	lo, hi   int     // the window is tokens [lo, hi)
	count    []int32 // by entity ID
	distinct int     // entities with a count
	sum      int     // sum of their IDs (the ID when distinct is 1)
}

func (w *personWindow) add(k, d int) {
	id := w.b.m.entityID(k)
	if id == 0 || w.b.m.Entities[id-1].Kind != Person {
		return
	}
	c := &w.count[id]
	if *c == 0 {
		w.distinct++
		w.sum += int(id)
	}
	*c += int32(d)
	if *c == 0 {
		w.distinct--
		w.sum -= int(id)
	}
}

// only returns the one person mentioned in the sentence of token i before
// it or in the back previous sentences, or nil; i and back must not make
// the window move backwards from one call to the next.
func (w *personWindow) only(i, back int) *Entity {
	b := w.b
	if w.count == nil {
		w.count = make([]int32, len(b.m.Entities)+1)
	}
	first := int(b.toks[i].Sentence) - back
	if w.hi < i && int(b.toks[w.hi].Sentence) < first {
		w.jump(i, first)
	}
	for w.hi < i {
		w.add(w.hi, 1)
		w.hi++
	}
	for w.lo < w.hi && int(b.toks[w.lo].Sentence) < first {
		w.add(w.lo, -1)
		w.lo++
	}
	if w.distinct != 1 {
		return nil
	}
	return b.m.Entities[w.sum-1]
}

// jump empties the window and moves both its ends to the first token
// before i of sentence first or later: every token it held, and every
// token from its end to there, is before sentence first (sentences are
// nondecreasing), so only would add them and take them out again.
func (w *personWindow) jump(i, first int) {
	for w.lo < w.hi {
		w.add(w.lo, -1)
		w.lo++
	}
	toks := w.b.toks
	lo, hi := w.hi, i // toks[lo] is before sentence first, toks[i] is not
	for hi-lo > 1 {
		if mid := int(uint(lo+hi) >> 1); int(toks[mid].Sentence) < first {
			lo = mid
		} else {
			hi = mid
		}
	}
	w.lo, w.hi = hi, hi
}

// pronounForm is the gender and case of a pronoun.
type pronounForm struct {
	g Gender
	c PronounCase
}

// pronounWords are the pronouns pronounFormOf knows, by gender (Male,
// Female) and then case (in PronounCase order): see pronounForm.word.
var pronounWords = [...]string{"he", "him", "his", "himself", "she", "her", "hers", "herself"}

// word is the pronoun in lower case of the form f (a form pronounFormOf
// gives, not the zero form): each of the eight has its own gender and
// case.
func (f pronounForm) word() string { return pronounWords[int(f.g-Male)*4+int(f.c)] }

// pronounFormOf is the gender and case of lw, a pronoun in lower case, and
// the zero form for any other word (a switch: no hashing).
func pronounFormOf(lw string) pronounForm {
	switch lw {
	case "he":
		return pronounForm{Male, Subjective}
	case "him":
		return pronounForm{Male, Objective}
	case "his":
		return pronounForm{Male, Possessive}
	case "himself":
		return pronounForm{Male, Reflexive}
	case "she":
		return pronounForm{Female, Subjective}
	case "her":
		return pronounForm{Female, Objective}
	case "hers":
		return pronounForm{Female, Possessive}
	case "herself":
		return pronounForm{Female, Reflexive}
	}
	return pronounForm{}
}

// itNouns are called "she" by long custom.
var itNouns = setOf("ship", "vessel", "boat", "yacht", "liner", "ferry", "tanker", "submarine", "frigate", "warship", "schooner")

// wordClasses marks the words the pronoun pass looks at, so that other
// words cost one map lookup.
var wordClasses = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, set := range []map[string]bool{personNouns, groupNouns, itNouns} {
		for w := range set {
			m[w] = 1
		}
	}
	for w := range genderedNouns {
		m[w] = 1
	}
	return m
}()

// nounClass is what the pronoun pass knows of a wordClasses word.
type nounClass struct {
	gendered          bool // in genderedNouns, with gender
	gender            Gender
	person, group, it bool // in personNouns, groupNouns, itNouns
}

// nounClasses holds the nounClass of each wordClasses word.
var nounClasses = func() *wordTable[nounClass] {
	m := map[string]nounClass{}
	for w := range wordClasses {
		g, gendered := genderedNouns[w]
		m[w] = nounClass{gendered: gendered, gender: g, person: personNouns[w], group: groupNouns[w], it: itNouns[w]}
	}
	return newWordTable(m)
}()

// classFilter holds, for each length below 32 and first letter, the set of
// last letters of the wordClasses words (and in row 0 for any length):
// most words are ruled out without lowering them or hashing them.
var classFilter = func() *[32][26]uint32 {
	var f [32][26]uint32
	for w := range wordClasses {
		n := len(w)
		a, z := w[0], w[n-1]
		if n >= 32 || a < 'a' || a > 'z' || z < 'a' || z > 'z' {
			panic("entities: word class entry outside the filter: " + w)
		}
		f[n][a-'a'] |= 1 << (z - 'a')
		f[0][a-'a'] |= 1 << (z - 'a')
	}
	return &f
}()

// classSecond holds, for each length below 32 and first letter, the set
// of second letters of the wordClasses words.
var classSecond = func() *[32][26]uint32 {
	var f [32][26]uint32
	for w := range wordClasses {
		if c := w[1]; c < 'a' || c > 'z' {
			panic("entities: word class entry outside the filter: " + w)
		}
		f[len(w)][w[0]-'a'] |= 1 << (w[1] - 'a')
	}
	return &f
}()

// classLens holds, for each first and last letter, the set of lengths of
// the wordClasses words (classFilter turned around: one load rules most
// words out).
var classLens = func() *[26][26]uint32 {
	var f [26][26]uint32
	for n := 1; n < 32; n++ {
		for a := range 26 {
			for z := range 26 {
				if classFilter[n][a]&(1<<z) != 0 {
					f[a][z] |= 1 << n
				}
			}
		}
	}
	return &f
}()

// classPairs holds, for the low five bits of an ASCII first byte (a and A
// are 1, z and Z 26), the set of the low five bits of the last bytes with
// which some class word begins and ends (classLens not empty). Bytes that
// are no letters share their low bits with letters or with no letter; a
// word with one in place is no class word (mayBeClassWordSlow), so the
// table only has to hold every letter pair.
var classPairs = func() (t [32]uint32) {
	for a := range 26 {
		for z := range 26 {
			if classLens[a][z] != 0 {
				t[a+1] |= 1 << (z + 1)
			}
		}
	}
	return t
}()

// classWordBeyond reports whether the word t, in lower case, may be a
// wordClasses word, when t may hold a byte beyond ASCII. (An ASCII word
// lowers to a word of the same fold hash, its Token.Fold: classFoldMay
// answers for it without a look at its text.)
func classWordBeyond(t *lint.Token) bool {
	s := t.Text
	return classPairMay(s[0], s[len(s)-1]) && mayBeClassWord(s, true)
}

// classFoldMay reports whether a word whose fold hash is fold may be a
// wordClasses word (see classFoldBits).
func classFoldMay(fold uint32) bool { return classFoldBits.Has(fold) }

// classPairMay is mayBeClassWord's first test, small enough to inline in
// scanCase's loop over every word: false when no class word begins and
// ends with the word's first and last bytes c and d (most words).
func classPairMay(c, d byte) bool { return c|d >= 0x80 || classPairs[c&31]&(1<<(d&31)) != 0 }

// mayBeClassWord reports whether s, in lower case, may be a wordClasses
// word. Lowering leaves ASCII first and last bytes ASCII; a letter beyond
// ASCII inside may lower to a shorter ASCII one (Kelvin sign, dotted
// capital I), so the length only rules out pure ASCII words. maybeBeyond
// is false when the tokenizer has shown s to be ASCII (see
// lint.InnerCapOrNonASCII), which spares that test.
func mayBeClassWord(s string, maybeBeyond bool) bool {
	n := len(s)
	if a, z := uint(s[0]|0x20)-'a', uint(s[n-1]|0x20)-'a'; a < 26 && z < 26 {
		m := classLens[a][z]
		if m == 0 {
			return false // no class word begins and ends so
		}
		if n < 32 && m&(1<<n) == 0 {
			// Not of a class word's length: unless a letter beyond
			// ASCII inside lowers to another length.
			return maybeBeyond && isASCIIBeyond(s)
		}
	}
	return mayBeClassWordSlow(s, maybeBeyond)
}

// mayBeClassWordSlow is mayBeClassWord past its first test.
func mayBeClassWordSlow(s string, maybeBeyond bool) bool {
	n := len(s)
	if s[0] >= 0x80 || s[n-1] >= 0x80 {
		return true
	}
	a, z := s[0]|0x20, s[n-1]|0x20
	if a < 'a' || a > 'z' || z < 'a' || z > 'z' {
		return false
	}
	bit := uint32(1) << (z - 'a')
	if n < 32 && classFilter[n][a-'a']&bit != 0 {
		// The second letter too, when it is an ASCII letter.
		c := s[1] | 0x20
		return c < 'a' || c > 'z' || classSecond[n][a-'a']&(1<<(c-'a')) != 0
	}
	return classFilter[0][a-'a']&bit != 0 && maybeBeyond && isASCIIBeyond(s)
}

// isASCIIBeyond reports whether s has a byte beyond ASCII, testing eight
// or four bytes at a time.
func isASCIIBeyond(s string) bool {
	for len(s) > 8 {
		if le64(s)&0x8080808080808080 != 0 {
			return true
		}
		s = s[8:]
	}
	if n := len(s); n >= 4 {
		// Two four-byte words, overlapping when n < 8, cover s.
		return (le32(s)|le32(s[n-4:]))&0x80808080 != 0
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// maxReach bounds the candidates kept for one pronoun.
const maxReach = 16

// farBack is how many sentences before its own a pronoun's reach goes at
// most (a far reach, PronounRef.Far).
const farBack = 6

// event is something mentioned that a later pronoun may refer to, in
// compact form: its Candidate is made (see candidate) only for the events
// in some pronoun's reach.
type event struct {
	tok, last, sent int32 // first and last token, sentence
	// ent is the index + 1 of the entity (0: none); mi the index of the
	// mention in the entity's Mentions, or in Unresolved when ent is 0
	// and the event is no noun.
	ent, mi int32
	// kind and gender are a Kind and a Gender in one byte each, so that an
	// event is 28 bytes (48 with them as ints): a long article's events
	// stay in cache while they are sorted and read.
	kind, gender uint8
	noun         bool
	itNoun       bool
	subj         int8 // the subject test: 0 not done, 1 yes, -1 no
}

// newEvent is the event of the mention of tokens first..last in sentence
// sent.
func newEvent(first, last int, sent int32, kind Kind) event {
	return event{tok: int32(first), last: int32(last), sent: sent, kind: uint8(kind)}
}

// kindOf and genderOf are the event's kind and gender.
func (ev *event) kindOf() Kind     { return Kind(ev.kind) }
func (ev *event) genderOf() Gender { return Gender(ev.gender) }

// nounEvent is the event of the common noun at token i.
func nounEvent(t *lint.Token, i int, kind Kind, g Gender, itNoun bool) event {
	ev := newEvent(i, i, t.Sentence, kind)
	ev.gender, ev.noun, ev.itNoun = uint8(g), true, itNoun
	return ev
}

// isPerson reports whether the event is a mention of a person entity.
func (b *builder) isPerson(ev *event) bool {
	return ev.ent != 0 && b.m.Entities[ev.ent-1].Kind == Person
}

// subject reports whether the mention of tokens first..last is the subject
// of its sentence (its first words, after a title) or before a speech verb.
func (b *builder) subject(first, last int) bool {
	toks := b.toks
	s := toks[first].Sentence
	k := first - 1
	for k >= 0 && toks[k].Sentence == s && (toks[k].Kind == lint.Punct && toks[k].Text != "," || b.titleOrHead(k) || isHonorificTok(&toks[k])) {
		k--
	}
	if k < 0 || toks[k].Sentence != s {
		return true
	}
	j := last + 1
	for j < len(toks) && toks[j].Kind == lint.Punct && isApos(toks[j].Text) {
		j++
	}
	return j < len(toks) && isSpeechVerbTok(&toks[j])
}

// isSubject returns the subject test of the event, done once.
func (b *builder) isSubject(ev *event) bool {
	if ev.subj == 0 {
		ev.subj = -1
		if b.subject(int(ev.tok), int(ev.last)) {
			ev.subj = 1
		}
	}
	return ev.subj > 0
}

// candidate returns the event's candidate.
func (b *builder) candidate(ev *event) Candidate {
	var c Candidate
	b.setCandidate(&c, ev)
	return c
}

// setCandidate sets *c, a zero Candidate, to the event's candidate, in
// place: reachBacking fills the reaches so (a Candidate made and copied
// was twice the stores).
func (b *builder) setCandidate(c *Candidate, ev *event) {
	c.Kind, c.Gender, c.Subject, c.Token, c.Sentence, c.Noun, c.ItNoun = ev.kindOf(), ev.genderOf(), b.isSubject(ev), int(ev.tok), int(ev.sent), ev.noun, ev.itNoun
	switch {
	case ev.noun:
		t := &b.toks[ev.tok]
		c.Span, c.Text = t.Span, t.Text
	case ev.ent != 0:
		c.Entity = b.m.Entities[ev.ent-1]
		mm := &c.Entity.Mentions[ev.mi]
		c.Span, c.Text = mm.Span, mm.Text
	default:
		mm := &b.m.Unresolved[ev.mi]
		c.Span, c.Text = mm.Span, mm.Text
	}
}

// pronouns finds every gendered pronoun and what it may refer to.
func (b *builder) pronouns() {
	toks := b.toks
	nev := len(b.m.Unresolved) + len(toks)/32
	for _, e := range b.m.Entities {
		nev += len(e.Mentions)
	}
	events := grow(b.events[:0], nev)
	defer func() { clear(events); b.events = events[:0] }()
	// Without pronouns, only what the model keeps besides them is found:
	// possible people among the other names, and female nouns.
	prons := b.prons
	// Tokens inside the titles of people: "the minister" there names the
	// person, it is no other candidate. (Title-only mentions mark theirs
	// as their events are made, the titles theirs below.)
	// The sentences whose events some pronoun's reach may take (see
	// reachBacking): its own and the farBack before; no other event is kept.
	// (One scratch serves both tables.)
	var inTitle, inReach []bool
	if len(prons) > 0 {
		flags := b.bools(len(toks) + len(b.doc.Sentences))
		inTitle, inReach = flags[:len(toks)], flags[len(toks):]
		b.markReach(inReach)
	}
	// Mentions of entities.
	for ei, e := range b.m.Entities {
		if inReach == nil && e.Kind != Other {
			// Without pronouns a mention makes no event: only a name of
			// kind Other is read (for possiblePerson). A quarter of the dev
			// articles have no gendered pronoun.
			continue
		}
		for mi := range e.Mentions {
			mm := &e.Mentions[mi]
			if len(mm.Tokens) == 0 {
				continue
			}
			// (A name mention's sentence is its first token's, read from
			// the mention rather than from the token.)
			sent := int32(mm.Sentence)
			if mm.Form == TitleOnly {
				sent = toks[mm.Tokens[0]].Sentence
				if inTitle != nil {
					for _, k := range mm.Tokens {
						inTitle[k] = true
					}
				}
			}
			ev := newEvent(mm.Tokens[0], mm.Tokens[len(mm.Tokens)-1], sent, e.Kind)
			ev.ent, ev.mi = int32(ei+1), int32(mi)
			if e.Kind == Other {
				if b.possiblePerson(mm, &ev) {
					e.PossiblePerson = true
				}
			}
			if inReach != nil && inReach[sent] {
				events = append(events, ev)
			}
		}
	}
	if len(prons) > 0 {
		for k := range b.m.Unresolved {
			mm := &b.m.Unresolved[k]
			if !inReach[mm.Sentence] {
				continue
			}
			ev := newEvent(mm.Tokens[0], mm.Tokens[len(mm.Tokens)-1], int32(mm.Sentence), Person)
			ev.mi = int32(k)
			events = append(events, ev)
		}
	}
	for _, e := range b.m.Entities {
		if len(prons) == 0 {
			break
		}
		for ti := range e.Titles {
			t := &e.Titles[ti]
			for k := b.titleStart(e, t); k < len(toks) && toks[k].Span.Start < t.Span.End; k++ {
				inTitle[k] = true
			}
		}
	}
	// Common nouns: the woman, his wife, the government, the club, and
	// nouns for people of either sex (the judge, the contestant).
	for _, i32 := range b.nouns {
		i := int(i32)
		t := &toks[i]
		if b.m.entityID(i) != 0 {
			continue
		}
		lw := b.lowerTok(i, t.Text)
		nc, ok := nounClasses.get(lw)
		if !ok {
			continue
		}
		if g := nc.gender; nc.gendered {
			if inReach != nil && inReach[t.Sentence] {
				events = append(events, nounEvent(t, i, Person, g, false))
			}
			if g == Female {
				b.m.FemaleNouns = append(b.m.FemaleNouns, t.Span)
			}
			continue
		}
		if len(prons) == 0 || !inReach[t.Sentence] {
			continue
		}
		if nc.person && !inTitle[i] && b.determinedNoun(i) && (i+1 >= len(toks) || !b.nameTok(i+1)) {
			events = append(events, nounEvent(t, i, Person, Unknown, false))
			continue
		}
		if strings.HasSuffix(lw, "s") {
			continue
		}
		if nc.group || nc.it {
			if i > 0 && (determinerSet.has(b.lowerTok(i-1, toks[i-1].Text)) || isCap(&toks[i-1]) || toks[i-1].Kind == lint.Word) {
				events = append(events, nounEvent(t, i, Organization, Unknown, nc.it))
			}
		}
	}
	// The pronouns (listed by scanCase; a capital inside a sentence is a
	// title: She Hate Me).
	if len(prons) == 0 {
		return
	}
	events = b.sortEvents(events)
	b.m.Pronouns = take(&b.m.st.prons, len(prons))[:0]
	rev, spare, wins := b.reachBacking(events)
	for p, i32 := range prons {
		i := int(i32)
		t := &toks[i]
		// The form is the one scanCase found (see addPron), and the word
		// in lower case is the form's: the token's text, a miss of its own
		// on a long article, is not read.
		pf := b.pronAt[p].form()
		lw := pf.word()
		pr := PronounRef{Token: i, Span: t.Span, Text: t.Text, Gender: pf.g, Case: pf.c, InQuote: t.Has(lint.InQuote) || b.quoteStart(i), Sentence: int(t.Sentence)}
		if lw == "her" {
			pr.Case = b.herCase(i)
		}
		s := int(t.Sentence)
		// Events before the pronoun, nearest first.
		hi := int(wins[p].hi)
		// The event the pronoun may point forward to (see forwardEvent).
		fwd := int(wins[p].fwd)
		// The events before the pronoun, nearest first, are a run of rev:
		// the reach shares it unless a forward candidate comes first.
		back := func(limit, from int) []Candidate {
			n := countBack(events, hi, limit, from)
			x := int(wins[p].at)
			return rev[x : x+n : x+n]
		}
		if fwd >= 0 {
			// Its own room, set aside with the backing.
			bk := back(maxReach-1, s-2)
			pr.Reach = spare[: 0 : 1+len(bk)]
			spare = spare[1+len(bk):]
			pr.Reach = append(append(pr.Reach, b.candidate(&events[fwd])), bk...)
		} else {
			pr.Reach = back(maxReach, s-2)
		}
		if !hasPersonOrNoun(pr.Reach) {
			// The far reach is the pronoun's whole window, back(maxReach,
			// s-farBack) as reachBacking counted it.
			x, n := int(wins[p].at), int(wins[p].hi-wins[p].lo)
			pr.Reach = rev[x : x+n : x+n]
			pr.Far = n > 0
		}
		// Clear resolution: one person in this and the previous sentence,
		// nothing else that could be a person.
		// A pronoun before a speech verb ("…," he said) names the speaker,
		// who may be far back; a sentence with a quotation has more people
		// in it than its names show.
		if !pr.InQuote && !pr.Far && !b.beforeSpeechVerb(i) && !b.hasQuote(s) {
			var only *Entity
			clear := true
			for k := range pr.Reach {
				c := &pr.Reach[k]
				// (The candidate's sentence is its first token's, as
				// every event's is: reading it from the token was a miss
				// per candidate on a long article.)
				if c.Sentence < s-1 {
					continue
				}
				switch {
				case c.Noun && c.Kind == Person:
					clear = false
				case c.Entity == nil && c.Kind == Person:
					clear = false
				case c.Entity != nil && c.Entity.Kind == Person:
					if only != nil && only != c.Entity {
						clear = false
					}
					only = c.Entity
				case c.Entity != nil && c.Entity.Kind == Other:
					clear = false
				}
			}
			if clear && only != nil {
				pr.Antecedent = only
				only.Evidence = append(only.Evidence, Evidence{Gender: pf.g, Why: why("pronoun ", lw), Span: t.Span, Source: FromPronoun})
			}
		}
		b.m.Pronouns = append(b.m.Pronouns, pr)
	}
}

// titleStart returns the first token of e's title t, doc.TokenAt of its
// start, searched out from the first token of the mention the title is
// attached to (a title stands beside its name): on a long page a binary
// search over every token took a miss at each of its last steps, for
// every title.
func (b *builder) titleStart(e *Entity, t *Title) int {
	if t.Mention >= 0 && t.Mention < len(e.Mentions) {
		if ts := e.Mentions[t.Mention].Tokens; len(ts) > 0 {
			return b.doc.TokenAtFrom(t.Span.Start, ts[0])
		}
	}
	return b.doc.TokenAt(t.Span.Start)
}

// markReach sets inReach (by sentence, all false) for the sentences whose
// events a pronoun's reach may take: the pronoun's own and the farBack before
// (see reachBacking), each set once.
func (b *builder) markReach(inReach []bool) {
	next := 0 // the sentences before next are set where they need to be
	for _, pf := range b.pronAt {
		s := int(pf.sent)
		for x := max(s-farBack, next); x <= s; x++ {
			inReach[x] = true
		}
		next = max(next, s+1)
	}
}

// reachWindow is the run of events a pronoun's reach may take,
// events[lo:hi], where the nearest of them (events[hi-1]) stands in the
// reversed backing, and the event the pronoun may point forward to (fwd,
// -1: none).
type reachWindow struct{ lo, hi, at, fwd int32 }

// countBack returns how many of the events before events[hi], nearest
// first, stand in sentence from or later, at most limit.
func countBack(events []event, hi, limit, from int) int {
	n := 0
	for k := hi - 1; k >= 0 && n < limit; k-- {
		if int(events[k].sent) < from {
			break
		}
		n++
	}
	return n
}

// forwardEvent returns the index of the event, from events[hi] on, that
// the pronoun of gender g at token i, in sentence s, may point forward to, or -1: a noun
// for a person later in the same sentence (In her ruling, the judge
// said…), or a person named there when the pronoun opens the sentence.
// It reads the tables of setForward, so that a sentence with many
// pronouns and many events (a page of one endless sentence) is not read
// again from each pronoun to its end: a cost quadratic in the sentence.
func (b *builder) forwardEvent(events []event, i, s, hi int, g Gender) int {
	if hi >= len(events) || int(events[hi].sent) != s {
		return -1
	}
	var k int32
	switch g {
	case Male:
		k = b.fwd[hi*3]
	case Female:
		k = b.fwd[hi*3+1]
	default: // (no gendered pronoun: read the sentence)
		for k := hi; k < len(events) && int(events[k].sent) == s; k++ {
			c := &events[k]
			if c.noun && c.kindOf() == Person && (c.genderOf() == Unknown || c.genderOf() == g) || i-b.doc.Sentences[s].FirstToken <= 4 && b.isPerson(c) {
				return k
			}
		}
		return -1
	}
	if i-b.doc.Sentences[s].FirstToken <= 4 {
		if p := b.fwd[hi*3+2]; p >= 0 && (k < 0 || p < k) {
			k = p
		}
	}
	return int(k)
}

// forwardHook, when set (by a test), sees the events once setForward has
// filled its table.
var forwardHook func(b *builder, events []event)

// setForward fills b.fwd, three entries for each event k: the first event
// from k on in k's sentence that is a noun for a person a male pronoun may
// point forward to (of unknown or male gender), the same for a female
// pronoun, and the first event there naming a person; -1 where there is
// none. One pass from the end.
func (b *builder) setForward(events []event) {
	fwd := scratch.Resized(b.fwd, 3*len(events))
	b.fwd = fwd
	next := [3]int32{-1, -1, -1}
	for k := len(events) - 1; k >= 0; k-- {
		c := &events[k]
		if k+1 < len(events) && events[k+1].sent != c.sent {
			next = [3]int32{-1, -1, -1}
		}
		if c.noun && c.kindOf() == Person {
			switch c.genderOf() {
			case Unknown:
				next[0], next[1] = int32(k), int32(k)
			case Male:
				next[0] = int32(k)
			case Female:
				next[1] = int32(k)
			}
		}
		if b.isPerson(c) {
			next[2] = int32(k)
		}
		fwd[3*k], fwd[3*k+1], fwd[3*k+2] = next[0], next[1], next[2]
	}
}

// reachBacking returns the candidates of the events that the pronouns'
// reaches may take, in reverse order, room for the reaches that begin
// with a forward candidate, and each pronoun's window: a reach is a slice
// of the backing or of that room. The windows of the pronouns (at most
// maxReach events back to six sentences before) are merged where they
// meet, so the backing holds each event once, and only the events near a
// pronoun; backing and room are one carve.
func (b *builder) reachBacking(events []event) (rev, spare []Candidate, wins []reachWindow) {
	wins = b.wins[:0]
	b.setForward(events)
	if forwardHook != nil {
		forwardHook(b, events)
	}
	extra := 0
	hi, last := 0, -1 // the first event at or after the pronoun last
	// (The pronouns' sentences and genders are read from pronAt, not from
	// their tokens: see addPron.)
	for p, i32 := range b.prons {
		i := int(i32)
		if i < last { // (the pronouns come in text order)
			hi = 0
		}
		for hi < len(events) && int(events[hi].tok) < i {
			hi++
		}
		last = i
		pf := b.pronAt[p]
		s := int(pf.sent)
		n := countBack(events, hi, maxReach, s-farBack)
		w := reachWindow{lo: int32(hi - n), hi: int32(hi), fwd: -1}
		if k := b.forwardEvent(events, i, s, hi, Gender(pf.g)); k >= 0 {
			w.fwd = int32(k)
			extra += 1 + countBack(events, hi, maxReach-1, s-2)
		}
		wins = append(wins, w)
	}
	b.wins = wins
	// The windows' ends only grow from one pronoun to the next, so merged
	// windows are runs of pronouns: each run's events are copied once, the
	// last first.
	total := 0
	for p := 0; p < len(wins); {
		q, hi := p+1, wins[p].hi
		for q < len(wins) && wins[q].lo <= hi {
			hi = wins[q].hi
			q++
		}
		total += int(hi - wins[p].lo)
		p = q
	}
	all := carve(&b.m.st.cands, total+extra, 1<<14)
	long := len(b.toks) >= warmFrom
	rev, spare = all[:total:total], all[total:]
	off := 0
	for p := 0; p < len(wins); {
		lo, q, hi := wins[p].lo, p+1, wins[p].hi
		for q < len(wins) && wins[q].lo <= hi {
			hi = wins[q].hi
			q++
		}
		for k := lo; k < hi; k++ {
			if long && (k-lo)%warmBatch == 0 {
				// (a long article's events are read a batch at a
				// time, warmed first: see warmEvents)
				b.warmed += warmEvents(b.toks, b.m.Entities, events[k:min(k+warmBatch, hi)])
			}
			b.setCandidate(&rev[off+int(hi-1-k)], &events[k]) // (carve's room is zero)
		}
		for r := p; r < q; r++ {
			wins[r].at = int32(off) + hi - wins[r].hi
		}
		off += int(hi - lo)
		p = q
	}
	return rev, spare, wins
}

// possiblePerson reports whether a mention of kind Other may name a
// person: a first name used alone (Kelly), or a known surname that is the
// subject of said, says, told or added.
func (b *builder) possiblePerson(mm *Mention, ev *event) bool {
	if len(mm.Tokens) != 1 {
		return false
	}
	l := mm.Tokens[0]
	// The mention's text is its token's word, unless it is an initial (J.).
	id := b.wid(l)
	if b.infos[id].text != mm.Text {
		id = b.docID(mm.Text)
	}
	if b.commonFirstID(id) && !b.commonID(id) {
		return true
	}
	if b.surnameID(id) && l+1 < len(b.toks) {
		switch b.toks[l+1].Text {
		case "said", "says", "told", "added":
			// The subject test last: it reads the sentence.
			return b.isSubject(ev)
		}
	}
	return false
}

// quoteStart reports whether token i directly follows an opening
// quotation mark (the segmenter may lose count of straight quotes).
func (b *builder) quoteStart(i int) bool {
	if i == 0 {
		return false
	}
	p := &b.toks[i-1]
	if p.Kind != lint.Punct {
		// (Each mark below is a token of its own, punctuation: a word
		// before the pronoun, of one or three bytes as some marks are, is
		// turned away without a read of its text, a miss on a long
		// article.)
		return false
	}
	switch p.Text {
	case "“", "‘", "«", "„":
		return true
	case "\"", "'":
		return i < 2 || b.toks[i-2].Kind == lint.Punct || p.Has(lint.SpaceBefore) || p.Has(lint.BlockStart)
	}
	return false
}

func (b *builder) beforeSpeechVerb(i int) bool {
	return i+1 < len(b.toks) && isSpeechVerbTok(&b.toks[i+1]) && !b.toks[i+1].Has(lint.InQuote)
}

// hasQuote reports whether sentence s holds quoted words, each sentence
// looked at once (a long sentence with many pronouns is not rescanned).
func (b *builder) hasQuote(s int) bool {
	if b.quoted == nil {
		b.quoted = scratch.Zeroed(b.quotedBuf, len(b.doc.Sentences))
		b.quotedBuf = b.quoted
	}
	if q := b.quoted[s]; q != 0 {
		return q > 0
	}
	sen := b.doc.Sentences[s]
	b.quoted[s] = -1
	for k := sen.FirstToken; k < sen.EndToken; k++ {
		if b.toks[k].Has(lint.InQuote) {
			b.quoted[s] = 1
			break
		}
	}
	return b.quoted[s] > 0
}

func hasPersonOrNoun(cs []Candidate) bool {
	for k := range cs {
		if c := &cs[k]; c.Noun || c.Kind == Person || c.Kind == Other {
			return true
		}
	}
	return false
}

// determinedNoun reports whether the noun at i follows a determiner,
// directly or across one lower-case modifier (the pop star, the
// 22-year-old star).
func (b *builder) determinedNoun(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		t := &b.toks[k]
		if t.Kind != lint.Word || isCap(t) && !t.Has(lint.SentenceStart) {
			return false
		}
		if determinerSet.has(b.lowerTok(k, t.Text)) {
			return true
		}
	}
	return false
}

// herCase tells possessive her (her book) from objective her (told her).
func (b *builder) herCase(i int) PronounCase {
	if i+1 >= len(b.toks) {
		return Objective
	}
	n := &b.toks[i+1]
	if n.Kind != lint.Word || n.Sentence != b.toks[i].Sentence {
		return Objective
	}
	switch b.lowerTok(i+1, n.Text) {
	case "to", "in", "on", "at", "for", "from", "with", "by", "of", "and", "or", "but", "that", "as",
		"a", "an", "the", "this", "up", "out", "down", "off", "back", "away", "about", "into", "over",
		"if", "when", "while", "because", "so", "than", "after", "before", "is", "was", "has", "had",
		"will", "would", "not", "again", "too", "last", "yesterday", "today", "there", "here", "what",
		"how", "why", "who", "where", "just", "also", "now", "then":
		return Objective
	}
	return Possessive
}

// GenderExcept is the person's gender as the article shows it, leaving out
// the evidence given at span skip (a rule judging a pronoun leaves that
// pronoun out). Honorifics and gendered titles outrank a first name, which
// outranks pronouns; evidence that contradicts itself gives Unknown.
func (e *Entity) GenderExcept(skip lint.Span) Gender {
	var strong, name, pron [3]int
	for _, ev := range e.Evidence {
		if ev.Span == skip && skip != (lint.Span{}) {
			continue
		}
		switch ev.Source {
		case FromHonorific, FromTitle:
			strong[ev.Gender]++
		case FromFirstName:
			name[ev.Gender]++
		case FromPronoun:
			pron[ev.Gender]++
		}
	}
	pick := func(c [3]int) Gender {
		switch {
		case c[Male] > 0 && c[Female] == 0:
			return Male
		case c[Female] > 0 && c[Male] == 0:
			return Female
		}
		return Unknown
	}
	if strong[Male]+strong[Female] > 0 {
		return pick(strong)
	}
	if g := pick(name); g != Unknown {
		other := Male
		if g == Male {
			other = Female
		}
		if pron[other] >= 2 && pron[other] > 2*pron[g] {
			return Unknown
		}
		return g
	}
	switch {
	case pron[Male] >= 2 && pron[Female]*3 < pron[Male]:
		return Male
	case pron[Female] >= 2 && pron[Male]*3 < pron[Female]:
		return Female
	}
	return Unknown
}

func (b *builder) decideGender() {
	for _, e := range b.m.Entities {
		if e.Kind == Person {
			e.Gender = e.GenderExcept(lint.Span{})
		}
	}
}

// nameWord is one distinct spelling of a name word in the article.
type nameWord struct {
	key     string // folded
	text    string
	tl      string // translit of key, once a pair needs it ("": not yet)
	id      int32  // vocabulary index of text
	count   int32
	mask    uint32
	first   int32 // index into occ of the first occurrence
	last    int32 // index into occ of the last occurrence
	rank    int32 // see sortPairs (0 outside it)
	inFull  bool  // part of a multi-word person name
	asFirst bool  // first word of a person's full name
	asLast  bool  // surname of a person's full name
	speaker bool  // an ordinary word seen only opening a sentence before said (see speakerSlip)
	mixed   bool  // a speaker word also capitalised elsewhere (Tang Wei, a trader, said)
	paired  bool  // a near miss of the document's words holds it (see lexSlips)
	filled  bool  // its occurrences and flags are filled (see wordOccs)
}

// nearOccs are the occurrences of the name words of nearMisses: the
// token of each and the next of the same word (-1 at the last), and, once
// asked for (see wordOccs), a word's occurrences in full and its
// full-name flags (nameWord.inFull, asFirst, asLast), read from where
// group placed each name word (see wordAt). Most articles have no pair of
// words alike: their occurrences are not filled; a long article fills
// those of the words of its pairs.
type nearOccs struct {
	tok   []int32
	next  []int32
	full  []occurrence // (only the filled words' are set)
	sized bool         // full has its length
}

// wordOccs fills the occurrences in full and the flags of the word nw of
// nearMisses, once per document, and returns the occurrences, of which
// those of the words filled are set.
func (b *builder) wordOccs(no *nearOccs, nw *nameWord) []occurrence {
	if !no.sized {
		no.sized = true
		no.full = grow(no.full[:0], len(no.tok))[:len(no.tok)]
	}
	if nw.filled {
		return no.full
	}
	nw.filled = true
	for oi := nw.first; oi >= 0; oi = no.next[oi] {
		ti := int(no.tok[oi])
		a := b.wordAt(ti)
		if a.e == nil {
			a.mi = -1
		}
		if a.place&inFullName != 0 {
			nw.inFull = true
			if a.place&firstOfName != 0 {
				nw.asFirst = true
			}
			if a.place&lastOfName != 0 {
				nw.asLast = true
			}
		}
		sp := b.toks[ti].Span
		sp.End = sp.Start + len(b.tokWordAt(ti))
		no.full[oi] = occurrence{e: a.e, mi: a.mi, tok: ti, span: sp}
	}
	return no.full
}

// wordPos is where group put a name token: the index of its mention in
// its entity's Mentions (set again by titleOnly where title-only mentions
// come before it), and its place in a person's full name.
type wordPos struct {
	mi    int32
	place wordPlace
}

// wordPlace says where a word stands in a person's full name (a mention
// of two words or more of a person): in one, and first or last of it.
type wordPlace uint8

const (
	inFullName wordPlace = 1 << iota
	firstOfName
	lastOfName
)

// placeOf is the place of word k (from 0) of a name run of n words that
// group made a mention of form form of an entity of kind kind.
func placeOf(kind Kind, form MentionForm, k, n int) wordPlace {
	if kind != Person || form != FullName || n < 2 {
		return 0
	}
	p := inFullName
	if k == 0 {
		p |= firstOfName
	}
	if k == n-1 {
		p |= lastOfName
	}
	return p
}

// wordAt returns the name mention (not title-only) that token ti is a word
// of, and the word's place (e nil: none): every token with an entity is a
// word of one of its name mentions (see wordPos).
func (b *builder) wordAt(ti int) wordAt {
	id := b.m.entityID(ti)
	if id == 0 {
		return wordAt{}
	}
	p := b.wordPos[ti]
	return wordAt{b.m.Entities[id-1], int(p.mi), p.place}
}

// rePlace sets again the mention index of the words of e's name mentions,
// once its mentions are sorted with title-only ones among them.
func (b *builder) rePlace(e *Entity) {
	for mi := range e.Mentions {
		mm := &e.Mentions[mi]
		if mm.Form == TitleOnly {
			continue
		}
		for _, ti := range mm.Tokens {
			if b.m.entityID(ti) == int32(e.ID) {
				b.wordPos[ti].mi = int32(mi)
			}
		}
	}
}

// wordAt is where a token stands in a mention.
type wordAt struct {
	e     *Entity
	mi    int
	place wordPlace
}

// nearScratch is the reusable scratch of nearMisses.
type nearScratch struct {
	ents     []*Entity
	slab     []nameWord
	occs     []occurrence
	occTok   []int32
	occNext  []int32
	entries  []keyEntry
	table    []keySlot
	used     []int32
	pairs    [][2]int32
	group    []int32
	tgen     uint16       // the number of the current table (see keyTable)
	owners   []uint32     // candidatePairs' keys held once (see ownedKeys)
	spans    []keySpan    // partPairs' words' keys
	sel      []uint64     // and the keys of a part
	ranked   []rankedWord // sortPairs' words
	pairKeys []uint64     // and pairs
	nmKeys   []uint64     // sortNearMisses' keys
	nmTmp    []NearMiss   // and copy
}

// keyEntry is one blocking key of one word: the word and the previous
// entry with the same key (-1 at the first).
type keyEntry struct {
	w, next int32
}

// keySlot is a slot of the blocking-key table: the key, the word holding
// it (n 1) or the last entry holding it (n 2 or more) and how many hold
// it, for the document gen (slots of other documents count as empty, so
// the table is never cleared).
type keySlot struct {
	h    uint64
	last int32
	n    uint16 // saturates
	gen  uint16 // see nearScratch.tgen
}

type occurrence struct {
	e    *Entity
	mi   int
	tok  int
	span lint.Span
}

func letterMask(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}

// setFoldMask sets the foldMask of a folded form, fold, on first use by
// nearMisses (kept out of line, so that nearMisses' loop stays as small).
//
//go:noinline
func (c *lexCold) setFoldMask(fold string) uint32 {
	c.foldMask = letterMask(fold)
	return c.foldMask
}

// nearSkip reports whether nearMisses passes over the capitalised token
// t, whatever its word: a word in capitals, or a lower-case name token
// with no hyphen after its particle's first two or three bytes (bint-Talal
// is no word of its own there).
func nearSkip(t *lint.Token) bool {
	return t.Has(lint.AllCaps) || !t.Has(lint.Capitalized) && t.Text[2] != '-' && t.Text[3] != '-'
}

// nearMisses compares the distinct spellings of name words and records
// the mentions whose spelling is a likely slip for another's.
func (b *builder) nearMisses() {
	nm := &b.nm
	slab := nm.slab[:0] // the distinct words
	// The occurrences of the words: their tokens, and the next of the same
	// word (-1 at the last); in full (see occurrence) only once a pair or
	// a lexical slip needs a word's (see nearOccs).
	// (tok and next have room for every capitalised token: the loop
	// writes them by index, n of them.)
	no := &nearOccs{tok: scratch.Resized(nm.occTok, b.ncap), next: scratch.Resized(nm.occNext, b.ncap), full: nm.occs[:0]}
	n := int32(0)
	defer func() {
		clear(nm.ents[:cap(nm.ents)])
		clear(slab)
		clear(no.full)
		nm.slab, nm.occs, nm.occTok, nm.occNext = slab[:0], no.full[:0], no.tok[:0], no.next[:0]
	}()
	speakers := false // some word is a speaker word
	// Every capitalised word counts, in names and in titles alike, except an
	// ordinary word capitalised only because it starts a sentence.
	// (The token's own tests were made by scanCase: the capitals it
	// passes over, listed in capSkip, split caps into runs that are
	// walked without a test of their own.)
	caps, from := b.caps, 0
	for x := 0; x <= len(b.capSkip); x++ {
		to := len(caps)
		if x < len(b.capSkip) {
			to = int(b.capSkip[x])
		}
		run := caps[from:to]
		from = to + 1
		for _, ti32 := range run {
			ti := int(ti32)
			if b.isInitial(ti) {
				continue
			}
			id := b.wid(ti)
			speaker := false
			if b.initialish(ti) && b.midCapOf(id) == 0 && b.commonID(id) {
				if !b.speakerSlip(ti, id) {
					continue
				}
				speaker = true
			}
			// The words of one folded form share a nameWord: its index is
			// found through the folded form's own vocabulary entry (see
			// foldRepID), and kept with the word itself for its next
			// occurrences (0: none, its folded form is too short).
			li := &b.infos[id]
			if li.nwGen != b.gen {
				// (Read from the folded form's entry, once the word knows
				// it: see foldRepSlow.)
				rep, key := li.foldRep-1, ""
				if rep >= 0 {
					key = b.coldAt(rep).fold
				} else {
					key = b.foldID(id)
				}
				if len(key) < 3 {
					li.nwGen, li.nw = b.gen, 0
					continue
				}
				if len(slab) >= maxNameWords {
					// A page of names, not an article (see maxNameWords): a
					// later form is compared with none, a later spelling of a
					// form compared already counts with it. (The form is
					// looked up without adding it to the vocabulary: a page
					// of a million names added a million forms, 240 MB.)
					li.nwGen, li.nw = b.gen, b.foldNameWord(key)
				} else {
					if rep < 0 {
						rep = b.foldRepID(id) // (may grow infos: li is taken again)
					}
					rc := b.coldAt(rep) // (it stays where it is when the vocabulary grows: see paged)
					if rc.fnwGen != b.gen {
						rc.fnwGen, rc.fnw = b.gen, int32(len(slab))+1
						// The room beyond the words is zero (slab is cleared
						// after use; extendOne doubles it into a zero array:
						// slices.Grow added a quarter at a time once the words
						// were many, and their copies were four times the
						// slab): only the fields that may not be zero are written.
						slab = extendOne(slab)
						nw := &slab[len(slab)-1]
						nw.key, nw.text, nw.id = key, b.tokWordAt(ti), id
						m := rc.foldMask
						if m == 0 {
							m = rc.setFoldMask(key)
						}
						nw.mask, nw.first, nw.last = m, n, -1
					}
					li = &b.infos[id]
					li.nwGen, li.nw = b.gen, rc.fnw
				}
			}
			if li.nw == 0 {
				continue
			}
			nw := &slab[li.nw-1]
			if speaker && !nw.speaker {
				nw.speaker = true
				speakers = true
			}
			nw.count++
			if nw.last >= 0 {
				no.next[nw.last] = n
			}
			nw.last = n
			no.next[n], no.tok[n] = -1, ti32
			n++
		}
	}
	no.tok, no.next = no.tok[:n], no.next[:n]
	if speakers {
		b.markMixed(slab)
	}
	// Candidate pairs share a blocking key: the word (folded or
	// transliterated) with one letter deleted, or its consonant skeleton.
	// Every pair Spelling accepts shares one, so no pair of words is
	// compared unless it may match: the work grows with the number of
	// words, not its square.
	pairs := b.nearPairs(slab)
	var occs []occurrence
	occNext := no.next
	for _, pr := range pairs {
		if len(b.m.NearMisses) >= maxNearMisses {
			break // a page of look-alike codes, not an article (see maxNearMisses)
		}
		a, c := &slab[pr[0]], &slab[pr[1]]
		if bits.OnesCount32(a.mask^c.mask) > 4 {
			continue // (nearPairs has dropped such pairs, unless a test turns nearFilter off)
		}
		if a.speaker || c.speaker {
			// (speakerPair reads the full-name flags that wordOccs fills.)
			b.wordOccs(no, a)
			b.wordOccs(no, c)
			if !speakerPair(a, c) {
				continue
			}
		}
		// (Spelling of the two words: their keys are folded already, and
		// the distance is worked out only for a pair that is kept.
		// mayPair asked it already: the words' transliterations, if it
		// needed them, are kept in tl.)
		ok := a.key != c.key && spellingVariant(a.key, c.key, &a.tl, &c.tl, true)
		if !ok && !mayDrop(a.key, c.key) {
			// Neither unknownDrop nor sharedFirstDrop can take the pair
			// (mayPair has dropped it already, unless a test turns
			// nearFilter off). The words' occurrences are read only past
			// this point: filling them reads their tokens where they stand
			// in the text, a miss each once the tokens outgrow the cache.
			continue
		}
		b.wordOccs(no, a)
		occs = b.wordOccs(no, c)
		var dropped *nameWord // the unknown word of an unknownDrop pair
		if !ok {
			dropped = b.unknownDrop(a, c, occs, occNext)
		}
		if !ok && dropped == nil && !b.sharedFirstDrop(a, c, occs, occNext) || ok && b.namesakes(a, c, occs, occNext) {
			continue
		}
		dev, ref := a, c
		if c.speaker {
			dev, ref = c, a
		}
		switch {
		case dropped != nil:
			// the word no list knows is the slip, however the two are used
			if dropped == a {
				dev, ref = a, c
			} else {
				dev, ref = c, a
			}
		case a.speaker || c.speaker:
			// already ordered: the speaker word is the deviant one
		case a.count > c.count:
			dev, ref = c, a
		case a.count == c.count:
			switch {
			case b.listedOver(c, a, ok, occs, occNext):
				dev, ref = c, a
			case b.listedOver(a, c, ok, occs, occNext):
			case a.inFull && !c.inFull:
				dev, ref = c, a
			case c.inFull && !a.inFull:
			default:
				// A true tie: report the later spelling.
				if occs[a.first].tok < occs[c.first].tok {
					dev, ref = c, a
				}
			}
		}
		dist := 0.0
		if a.key != c.key {
			dist = spellingDist(a.key, c.key)
		}
		// Two people introduced by full name with different first or last names.
		known := b.isKnown(dev.text)
		two := known && (dev.asLast && ref.asLast || dev.asFirst && ref.asFirst) && b.distinctPeople(dev, ref, occs, occNext)
		// Prefer a full-name mention as the reference.
		ro := occs[ref.first]
		for ri := ref.first; ri >= 0; ri = occNext[ri] {
			if r := occs[ri]; r.e != nil && r.e.Mentions[r.mi].Form == FullName && len(r.e.Mentions[r.mi].Tokens) > 1 {
				ro = r
				break
			}
		}
		refMention := b.occMention(ro)
		dev.paired, ref.paired = true, true
		place := b.isPlace(dev.text) || b.demonym(dev.text) != "" ||
			b.geoNounAfter(dev, occs, occNext) && b.inPerson(ref, "", occs, occNext)
		common := b.isCommon(dev.text)
		listed := dev.count == ref.count && !dev.speaker && b.listedOver(dev, ref, ok, occs, occNext) && !b.inPerson(dev, ref.text, occs, occNext)
		if !listed && dev.count == 1 && ref.count == 1 && !known && !common && !place && b.unlistedTie(dev, ref, occs, occNext) {
			listed = true
		}
		// (The calendar test first: inPerson walks the reference's every
		// occurrence, and most near misses have no day or month for one.)
		refDate := !ref.inFull && (lexicon.IsDay(ref.text) || lexicon.IsMonthName(ref.text)) && !b.inPerson(ref, "", occs, occNext)
		for oi := dev.first; oi >= 0 && len(b.m.NearMisses) < maxNearMisses; oi = occNext[oi] {
			o := occs[oi]
			b.m.NearMisses = append(b.m.NearMisses, NearMiss{
				Mention: b.occMention(o), Entity: ro.e, Ref: refMention, Distance: dist,
				Known: known, Place: place,
				Word: dev.text, RefWord: ref.text, WordSpan: o.span, RefWordSpan: ro.span,
				Count: int(dev.count), RefCount: int(ref.count), InFull: dev.inFull, RefInFull: ref.inFull, RefDate: refDate,
				Common: common, TwoPeople: two, Speaker: dev.speaker, Listed: listed,
			})
		}
	}
	b.lexSlips(no, slab)
	b.sortNearMisses()
}

// maxNameWords bounds the distinct name words (folded forms) of a
// document that nearMisses compares: the first maxNameWords in the order
// of the text; the later ones are compared with none, and are no lexical
// slips. The dev corpus joined into one article (1.7 MB) has about 4,500; a
// page of a million distinct capitalised words kept a million of them,
// their blocking keys (ten or so each) and four million candidate pairs,
// some 300 MB. A variable so that a test can lower it.
var maxNameWords = 1 << 16

// maxNearMisses bounds the near misses found between a document's own
// words (lexSlips adds at most one per word written once). A news article has
// a handful (the whole dev corpus joined into one 10 MB article, about
// 5,800); a page of look-alike codes (Word4449, Word4499, … each written
// twenty times) has one per occurrence per look-alike, and 475,000 records
// of them took 900 MB for a 1.2 MB file. Beyond the bound the pairs left are
// not compared: a variable so that a test can lower it.
var maxNearMisses = 20000

// sortNearMisses sorts the near misses by the start of their word, stably
// (one word may be the slip of two references). A long article's many
// near misses (big records) are not moved about by a stable sort's
// rotations: their starts and indices are sorted as numbers and each is
// copied once into its place.
func (b *builder) sortNearMisses() {
	ns := b.m.NearMisses
	if slices.IsSortedFunc(ns, func(x, y NearMiss) int { return x.WordSpan.Start - y.WordSpan.Start }) {
		return
	}
	nm := &b.nm
	keys := nm.nmKeys[:0]
	for i := range ns {
		keys = append(keys, uint64(ns[i].WordSpan.Start)<<32|uint64(i))
	}
	slices.Sort(keys) // (the index breaks ties: stable)
	tmp := append(nm.nmTmp[:0], ns...)
	for i, k := range keys {
		ns[i] = tmp[uint32(k)]
	}
	clear(tmp) // (it holds pointers into the model)
	nm.nmKeys, nm.nmTmp = keys[:0], tmp[:0]
}

// speakerSlip reports whether the ordinary word id, capitalised at token
// ti only because it opens a sentence, is nonetheless compared with the
// document's names: it is a known surname and no first name, and said,
// says, told or added follows it (Tang said, after Rebecca Tan). Words of
// quantity (Few said) and first names (Will said, Rose said) stay out.
//
// The word's own facts are asked first: they are memos of its vocabulary
// entry, which stays in the cache, where beforeSpeech reads the next token,
// a miss on a long article (a sentence opener every few hundred bytes of
// tokens), and only about one opener in twenty is a surname and no first
// name (95 of 2,068 in the dev corpus joined into 1 MB).
func (b *builder) speakerSlip(ti int, id int32) bool {
	if !b.surnameID(id) || b.isFirstID(id) {
		return false
	}
	if !b.beforeSpeech(ti) {
		return false
	}
	switch b.lowerID(id) {
	case "few", "both", "many", "most", "some", "all", "none", "each", "several", "such", "more", "other", "others":
		return false
	}
	return true
}

// markMixed marks the speaker words capitalised anywhere but before a
// speech verb: a word that also opens a name (Tang Wei, a trader, said ...
// Tang said) or a sentence of another kind is no slip made only as a
// speaker. One pass over the capitalised words, made only when the
// document has a speaker word.
func (b *builder) markMixed(slab []nameWord) {
	for _, ti32 := range b.caps {
		ti := int(ti32)
		id := b.wid(ti)
		li := &b.infos[id]
		if li.nwGen != b.gen || li.nw <= 0 || int(li.nw) > len(slab) {
			continue
		}
		nw := &slab[li.nw-1]
		if nw.speaker && !nw.mixed && !b.beforeSpeech(ti) {
			nw.mixed = true
		}
	}
}

// beforeSpeech reports whether said, says, told or added follows token ti.
func (b *builder) beforeSpeech(ti int) bool {
	if ti+1 >= len(b.toks) {
		return false
	}
	switch b.toks[ti+1].Text {
	case "said", "says", "told", "added":
		return true
	}
	return false
}

// speakerPair reports whether a pair with a speaker word (see speakerSlip)
// may be compared: exactly one of them is a speaker word, and the other is
// the surname of a person introduced by full name in the document.
func speakerPair(a, c *nameWord) bool {
	if a.speaker == c.speaker || a.mixed || c.mixed {
		return false
	}
	if a.speaker {
		return c.asLast
	}
	return a.asLast
}

// cmpWords orders name words by the length of their folded form, then by
// the folded form (distinct for distinct words).
func cmpWords(x, y *nameWord) int {
	if len(x.key) != len(y.key) {
		return len(x.key) - len(y.key)
	}
	return strings.Compare(x.key, y.key)
}

// candidatePairs returns the pairs of words (indices into list, the
// smaller by cmpWords first, sorted by cmpWords, each once) that share a
// blocking key held by at most 64 entries. Only the words of a pair are
// compared, not all the words sorted.
//
// The keys go into an open-addressing table of about maxKeySlots slots at
// most: a page of a million distinct capitalised words has some twelve
// million keys, whose table took 537 MB. Past that, the keys are taken in
// parts by the top bits of their hash (every holder of one key is in one
// part), one table of a part at a time; the pairs are the same, and
// sortPairs orders them whatever order the parts gave them in. (The
// number of parts comes from the average part, so a part a little above
// it may take a table of twice maxKeySlots: 8 MB.)
func (b *builder) candidatePairs(list []nameWord) [][2]int32 { return b.blockPairs(list, false) }

// nearPairs is candidatePairs less the pairs mayPair turns away, which
// are dropped before the pairs are sorted: a long article's words share
// keys in thousands of pairs (the 1 MB article, 3,452), of which nine in
// ten are no near miss, and sorting them cost more than telling them
// apart. The pairs left are those of candidatePairs that mayPair keeps,
// in the same order.
func (b *builder) nearPairs(list []nameWord) [][2]int32 { return b.blockPairs(list, nearFilter) }

// nearFilter is whether nearPairs drops the pairs mayPair turns away: a
// variable so that a test can compare the model without it.
var nearFilter = true

// mayPair reports whether nearMisses may make a near miss of the words a
// and c, by their keys alone: their letters differ in four places at
// most, and Spelling takes them or one is the other with a letter dropped
// (see mayDrop: unknownDrop and sharedFirstDrop take no other pair). What
// else nearMisses asks of a pair (speakerPair, namesakes, …) reads the
// words' occurrences and only turns pairs away. The pair is put in
// cmpWords order first, as nearMisses gives it to Spelling.
func mayPair(a, c *nameWord) bool {
	if bits.OnesCount32(a.mask^c.mask) > 4 {
		return false
	}
	if cmpWords(a, c) > 0 {
		a, c = c, a
	}
	return a.key != c.key && spellingVariant(a.key, c.key, &a.tl, &c.tl, true) || mayDrop(a.key, c.key)
}

// blockPairs is candidatePairs, less the pairs mayPair turns away when
// near is set.
func (b *builder) blockPairs(list []nameWord, near bool) [][2]int32 {
	nm := &b.nm
	// The table is sized for the most keys the words may have (see
	// blockKeys: the deletion keys of the folded form and three more).
	nkeys := 0
	for k := range list {
		nkeys += min(len(list[k].key), maxSlipWord) + 4
	}
	kt := keyTable{entries: nm.entries[:0], multi: nm.used[:0], table: nm.table, tgen: nm.tgen}
	pairs := nm.pairs[:0]
	// An owners slot numbers its word in 16 bits (see ownedKeys): more
	// words take partPairs' way.
	if 2*nkeys <= maxKeySlots && len(list) < math.MaxUint16 {
		// The key table holds only the keys held twice or more (a
		// long article's 46k keys have 2.7k such): it starts with
		// room for one per word and grows when they are more (see
		// keyTable.grow). Sized for nkeys/2, it was 1 MB at 1 MB, each
		// probe a cache miss.
		start := min(len(list), nkeys/2)
		if keyTableStart > 0 {
			start = keyTableStart
		}
		kt.reset(start)
		nm.owners = b.ownedKeys(&kt, list, scratch.Zeroed(nm.owners, tableSize(nkeys)))
		pairs, nm.group = kt.pairs(pairs, nm.group[:0])
	} else {
		pairs = b.partPairs(&kt, list, pairs)
	}
	if near {
		kept := pairs[:0]
		for _, pr := range pairs {
			if mayPair(&list[pr[0]], &list[pr[1]]) {
				kept = append(kept, pr)
			}
		}
		pairs = kept
	}
	pairs = b.sortPairs(list, pairs)
	// A big table stays with its builder: a builder of long documents is
	// pooled in a sync.Pool, which lets it go when no long document comes.
	nm.entries, nm.table, nm.used, nm.pairs, nm.tgen = kt.entries[:0], kt.table, kt.multi[:0], pairs[:0], kt.tgen
	return pairs
}

// maxKeySlots bounds the slots of candidatePairs' tables: owners (4
// bytes each) and the key table (16 bytes each, half as many but for
// partPairs, where a part above the average may take twice as many):
// the dev corpus joined into one article (1.7 MB) fills a table of 1<<17
// slots; maxNameWords words of ordinary length have some 800k keys (in
// eight parts).
// A variable so that a test can lower it.
var maxKeySlots = 1 << 18

// keyTableStart, when positive, is the number of keys ownedKeys' key
// table starts with room for, instead of one per word: a test lowers it
// so that the table grows.
var keyTableStart = 0

// partPairs is candidatePairs for words with too many keys for one table:
// the keys are split into parts by the top bits of their hash, counted
// per part, and each part's keys are put into a table of their own,
// whose pairs are appended to pairs.
func (b *builder) partPairs(kt *keyTable, list []nameWord, pairs [][2]int32) [][2]int32 {
	nm := &b.nm
	// Each word's keys: where they are in bkeys (computed once, kept: the
	// parts read them from there in order instead of each word's entry).
	spans := scratch.Resized(nm.spans, len(list))
	nkeys := 0
	for wi := range list {
		b.blockKeysID(list[wi].id)
		li := &b.infos[list[wi].id]
		spans[wi] = keySpan{li.bk, li.nbk}
		nkeys += int(li.nbk)
	}
	shift := 64
	for parts := 1; 2*nkeys > parts*maxKeySlots; parts <<= 1 {
		shift--
	}
	nparts := 1 << (64 - shift)
	counts := make([]int, nparts)
	for _, sp := range spans {
		for _, h := range b.bkeys[sp.bk : sp.bk+sp.nbk] {
			counts[h>>shift]++
		}
	}
	sel := nm.sel[:0]
	for part, n := range counts {
		if n == 0 {
			continue
		}
		kt.reset(n)
		for wi, sp := range spans {
			sel = sel[:0]
			for _, h := range b.bkeys[sp.bk : sp.bk+sp.nbk] {
				if int(h>>shift) == part {
					sel = append(sel, h)
				}
			}
			if len(sel) > 0 {
				kt.add(sel, int32(wi))
			}
		}
		pairs, nm.group = kt.pairs(pairs, nm.group[:0])
	}
	nm.spans, nm.sel = spans[:0], sel[:0]
	return pairs
}

// ownedKeys puts into kt the keys of the words of list held more than
// once, with all their holders, and returns owners, its table. Most keys
// are held by one word: instead of a slot of kt (16 bytes) each takes a
// slot of owners (4 bytes, a quarter of the cache lines), which holds
// bits 16 to 31 of the key (a tag, in its top half) and the index + 1 of
// the word holding it (the key itself is in the word's keys). A key that
// meets a slot of its tag is compared with the keys of the slot's word
// (see ownedAgain): only a key held already goes into kt. kt's pairs and
// counts are those of a table of every key.
func (b *builder) ownedKeys(kt *keyTable, list []nameWord, owners []uint32) []uint32 {
	for wi := range list {
		// (The keys are computed once per word and kept.)
		keys := b.keptKeys(list[wi].id)
		if len(keys) == 0 {
			keys = b.blockKeysID(list[wi].id)
		}
		for k := 0; ; k++ {
			n, p := placeOwned(owners, keys[k:], uint32(wi+1))
			if k += n; k == len(keys) {
				break
			}
			b.ownedAgain(kt, list, owners, keys[:k+1], wi, p)
		}
	}
	return owners
}

// keptKeys returns the blocking keys of the word's folded form when they
// are computed already (see blockKeysID), or none. (A word with none may
// have a bk past the end of bkeys: putBuilder drops a frozen
// vocabulary's keys of a document by their count alone.)
func (b *builder) keptKeys(id int32) []uint64 {
	li := &b.infos[id]
	if li.nbk == 0 {
		return nil
	}
	return b.bkeys[li.bk:][:li.nbk]
}

// placeOwned puts the keys of word w-1 into owners (see ownedKeys) while
// each finds an empty slot before one of its tag, and returns how many it
// put and the slot of its tag that the next one found. (As placeNew, its
// loop is kept apart, its variables in registers.)
//
//go:noinline
func placeOwned(owners []uint32, keys []uint64, w uint32) (int, int) {
	mask := len(owners) - 1
	for i, h := range keys {
		tag := uint32(h) &^ 0xffff
		for p := int(h>>40) & mask; ; p = (p + 1) & mask {
			o := owners[p]
			if o == 0 {
				owners[p] = tag | w
				break
			}
			if o&^0xffff == tag {
				return i, p
			}
		}
	}
	return len(keys), 0
}

// ownedAgain places the last of keys, a key of word wi that found slot p
// of owners, of its tag: into kt when kt has it (it is held twice
// already) or when the word of such a slot holds it (before it, when that
// is wi; see heldBy), or else into owners.
func (b *builder) ownedAgain(kt *keyTable, list []nameWord, owners []uint32, keys []uint64, wi, p int) {
	h, mask := keys[len(keys)-1], len(owners)-1
	at, ok := kt.find(h)
	if ok {
		kt.hold(at, int32(wi))
		return
	}
	tag := uint32(h) &^ 0xffff
	for ; ; p = (p + 1) & mask {
		o := owners[p]
		if o == 0 {
			owners[p] = tag | uint32(wi+1)
			return
		}
		if ow := int32(o&0xffff) - 1; o&^0xffff == tag && b.heldBy(list, keys, wi, ow) {
			// The key was held once, by ow: both get their entries.
			if 2*(len(kt.multi)+1) > len(kt.table) {
				kt.grow()
				at, _ = kt.find(h)
			}
			kt.table[at] = keySlot{h: h, last: ow, n: 1, gen: kt.tgen}
			kt.hold(at, int32(wi))
			return
		}
	}
}

// heldBy reports whether word ow holds the last of keys, a key of word wi
// (before it, when ow is wi).
func (b *builder) heldBy(list []nameWord, keys []uint64, wi int, ow int32) bool {
	held := keys[:len(keys)-1]
	if int(ow) != wi {
		held = b.keptKeys(list[ow].id)
	}
	return slices.Contains(held, keys[len(keys)-1])
}

// tableSize is the size of an open-addressing table for at most nkeys
// keys (ownedKeys' owners, keyTable): a power of two, twice nkeys or more,
// 16 at least.
func tableSize(nkeys int) int {
	size := 16
	for size < 2*nkeys {
		size <<= 1
	}
	return size
}

// keySpan is where a word's blocking keys are in builder.bkeys.
type keySpan struct{ bk, nbk int32 }

// keyTable is the table of candidatePairs: an open-addressing table from
// key to the one word holding it, or once two words or more do, to the
// last entry of their chain in entries, and how many hold it; the keys
// held by two or more are listed in multi. (Most keys are held by one
// word: they get no entry.)
type keyTable struct {
	table   []keySlot
	entries []keyEntry
	multi   []int32
	tgen    uint16 // the number of the current table
	mask    int
}

// reset empties the table for at most nkeys keys.
func (kt *keyTable) reset(nkeys int) {
	size := tableSize(nkeys)
	if cap(kt.table) < size {
		kt.table = make([]keySlot, size)
	}
	kt.table = kt.table[:size]
	// The slots are stamped with a number of their own (16 bits keep a
	// slot in 16 bytes): when it wraps, the table is cleared.
	kt.tgen++
	if kt.tgen == 0 {
		clear(kt.table[:cap(kt.table)])
		kt.tgen = 1
	}
	kt.mask = size - 1
	kt.entries, kt.multi = kt.entries[:0], kt.multi[:0]
}

// grow doubles the table of ownedKeys' keys, each held twice or more and
// so listed in multi, which is the only way a slot is taken there: those
// slots are taken out, the table enlarged (its new slots are stamped with
// older numbers, or are new) and they are put back, multi pointing at
// their new places in the same order. (partPairs' tables, whose keys are
// held once too, are sized for all of them and never grow.)
func (kt *keyTable) grow() {
	moved := make([]keySlot, len(kt.multi))
	for i, p := range kt.multi {
		moved[i] = kt.table[p]
		kt.table[p].gen = 0 // (never a table's number: empty)
	}
	size := 2 * len(kt.table)
	if cap(kt.table) >= size {
		kt.table = kt.table[:size]
	} else {
		kt.table = make([]keySlot, size)
	}
	kt.mask = size - 1
	for i := range moved {
		p, _ := kt.find(moved[i].h)
		kt.table[p] = moved[i]
		kt.multi[i] = int32(p)
	}
}

// find returns the slot of the key h, or the empty slot where it goes.
func (kt *keyTable) find(h uint64) (int, bool) {
	p := int(h>>32^h) & kt.mask
	for ; kt.table[p].gen == kt.tgen; p = (p + 1) & kt.mask {
		if kt.table[p].h == h {
			return p, true
		}
	}
	return p, false
}

// add puts the keys of word wi into the table.
func (kt *keyTable) add(keys []uint64, wi int32) {
	table, gen, mask := kt.table, kt.tgen, kt.mask
	for {
		// Most keys are new: placeNew puts them in up to the first
		// that is held already, which is added to its chain here.
		keys = keys[placeNew(table, gen, keys, wi):]
		if len(keys) == 0 {
			return
		}
		h := keys[0]
		keys = keys[1:]
		p := int(h>>32^h) & mask
		for table[p].h != h {
			p = (p + 1) & mask
		}
		kt.hold(p, wi)
	}
}

// hold adds word wi to the holders of the key of slot p, which one word
// holds at least.
func (kt *keyTable) hold(p int, wi int32) {
	sl := &kt.table[p]
	if sl.n == 1 {
		// A second word: the first gets its entry now.
		kt.entries = append(kt.entries, keyEntry{w: sl.last, next: -1})
		sl.last = int32(len(kt.entries) - 1)
		kt.multi = append(kt.multi, int32(p))
	}
	kt.entries = append(kt.entries, keyEntry{w: wi, next: sl.last})
	sl.last = int32(len(kt.entries) - 1)
	if sl.n < math.MaxUint16 {
		sl.n++
	}
}

// pairs appends to pairs those of the words of each key held by two to 64
// entries (group is scratch).
func (kt *keyTable) pairs(pairs [][2]int32, group []int32) ([][2]int32, []int32) {
	for _, p := range kt.multi {
		sl := &kt.table[p]
		if sl.n > 64 {
			continue
		}
		group = group[:0]
		for ei := sl.last; ei >= 0; ei = kt.entries[ei].next {
			group = append(group, kt.entries[ei].w)
		}
		for x := 0; x < len(group); x++ {
			for y := x + 1; y < len(group); y++ {
				if a, c := group[x], group[y]; a != c {
					pairs = append(pairs, [2]int32{a, c})
				}
			}
		}
	}
	return pairs, group[:0]
}

// sortPairs puts each pair of words (indices into list) in cmpWords
// order, sorts the pairs by their first word, then their second, and
// drops repeats. The words of the pairs are sorted once and numbered by
// rank (nameWord.rank), so that the pairs sort as numbers: a long article
// has thousands of pairs, among fewer words, and comparing words by their
// strings at each step of the pairs' sort cost more than the rest of the
// candidate search.
func (b *builder) sortPairs(list []nameWord, pairs [][2]int32) [][2]int32 {
	if len(pairs) == 1 { // (most articles have none or one)
		if pr := &pairs[0]; cmpWords(&list[pr[1]], &list[pr[0]]) < 0 {
			pr[0], pr[1] = pr[1], pr[0]
		}
		return pairs
	}
	if len(pairs) == 0 {
		return pairs
	}
	nm := &b.nm
	words := nm.ranked[:0]
	for _, pr := range pairs {
		for _, w := range pr {
			if list[w].rank == 0 {
				list[w].rank = -1
				words = append(words, rankedWord{cmpPrefix(list[w].key), w})
			}
		}
	}
	slices.SortFunc(words, func(x, y rankedWord) int {
		if x.p != y.p {
			return cmp.Compare(x.p, y.p)
		}
		return cmpWords(&list[x.w], &list[y.w])
	})
	for r, w := range words {
		list[w.w].rank = int32(r)
	}
	keys := nm.pairKeys[:0]
	for _, pr := range pairs {
		ra, rc := uint64(list[pr[0]].rank), uint64(list[pr[1]].rank)
		keys = append(keys, min(ra, rc)<<32|max(ra, rc))
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	pairs = pairs[:0]
	for _, k := range keys {
		pairs = append(pairs, [2]int32{words[k>>32].w, words[uint32(k)].w})
	}
	for _, w := range words {
		list[w.w].rank = 0
	}
	nm.ranked, nm.pairKeys = words[:0], keys[:0]
	return pairs
}

// rankedWord is a word of sortPairs (w, an index into its list) and its
// cmpPrefix (p).
type rankedWord struct {
	p uint64
	w int32
}

// cmpPrefix is a number that orders folded words as cmpWords does, but
// for the words it cannot tell apart (equal numbers): their length and
// first seven bytes. Words of 255 bytes or more all get the same number,
// so that cmpWords, which orders them by their full length first, decides.
func cmpPrefix(key string) uint64 {
	if len(key) >= 255 {
		return 255 << 56
	}
	p := uint64(len(key)) << 56
	for i := 0; i < len(key) && i < 7; i++ {
		p |= uint64(key[i]) << (48 - 8*i)
	}
	return p
}

// placeNew puts the keys of word wi into the table of candidatePairs
// (of generation gen, a power of two in size) while each is new, and
// returns how many it put: the next key is in the table already. Most
// keys are held by one word: their loop is kept apart (not inlined), its
// variables in registers.
//
//go:noinline
func placeNew(table []keySlot, gen uint16, keys []uint64, wi int32) int {
	mask := len(table) - 1
	for i, h := range keys {
		for p := int(h>>32^h) & mask; ; p = (p + 1) & mask {
			sl := &table[p]
			if sl.gen != gen {
				*sl = keySlot{h: h, last: wi, n: 1, gen: gen}
				break
			}
			if sl.h == h {
				return i
			}
		}
	}
	return len(keys)
}

// blockKeys appends the keys under which a folded word is indexed for the
// near-miss search: hashes of the folded form whole and with each letter
// deleted, of the transliterated form whole and without its first letter,
// and, for long words, of its consonant skeleton. Hashing keeps the search free of allocations; a
// collision only adds a pair that Spelling then rejects.
func blockKeys(keys []uint64, w string) []uint64 {
	keys = deleteHashes(keys, w, 0)
	var buf [32]byte
	t := appendTranslit(buf[:0], w)
	if string(t) != w {
		keys = append(keys, hashSkip(t, -1, 1))
		// A slip on the transliteration key (Qaddafi, Gadafi).
		for i := 0; i < len(t) && i < 1; i++ {
			keys = append(keys, hashSkip(t, i, 1))
		}
	}
	if len(t) >= 6 {
		keys = append(keys, hashConsonants(t, 3))
	}
	return keys
}

// maxSlipWord is the longest word whose one-byte slips deleteHashes
// keys: each of a word's keys costs its length, so a longer one (no name
// is, but a hostile page may hold a 100 KB "word") keeps only its own hash
// and is compared with no other word by a slip.
const maxSlipWord = 128

// deleteHashes appends hashSkip(f, -1, 0) and hashSkip(f, i, 0) for each
// byte i of f (for f of at most maxSlipWord bytes). The hash of f without
// byte i goes on from the hash of f[:i], which the loop carries along, so
// each costs the bytes after i. (tag is not read: every key is seeded 0.)
func deleteHashes(keys []uint64, f string, tag uint64) []uint64 {
	keys = append(keys, hashSkip(f, -1, 0))
	if len(f) > maxSlipWord {
		return keys
	}
	pre := uint64(fnvOffset) // hashSkip's seed (tag 0) on f[:i]
	for i := 0; i < len(f); i++ {
		h := pre
		for j := i + 1; j < len(f); j++ {
			h ^= uint64(f[j])
			h *= fnvPrime
		}
		keys = append(keys, h)
		pre ^= uint64(f[i])
		pre *= fnvPrime
	}
	return keys
}

// fnvOffset and fnvPrime are FNV-1a's 64-bit offset basis and prime, which
// the near-miss keys (hashSkip, deleteHashes, hashConsonants) hash with.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashSkip is the FNV-1a hash of s without its byte at skip (-1: none),
// seeded by tag.
func hashSkip[S string | []byte](s S, skip int, tag uint64) uint64 {
	h := uint64(fnvOffset) ^ tag
	for i := 0; i < len(s); i++ {
		if i == skip {
			continue
		}
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// occMention is the mention an occurrence belongs to, or a one-word
// mention of the word itself.
func (b *builder) occMention(o occurrence) Mention {
	if o.e != nil {
		return o.e.Mentions[o.mi]
	}
	t := &b.toks[o.tok]
	return Mention{Span: o.span, Text: b.doc.Text[o.span.Start:o.span.End], Form: Surname, Sentence: int(t.Sentence), Tokens: b.keep([]int{o.tok})}
}

// distinctPeople reports whether two spellings belong to different people
// introduced by full names that differ in another word too (Ed and David
// Miliband are not spellings of one another; Jane Smith and John Smyth are
// two people).
func (b *builder) distinctPeople(x, y *nameWord, occs []occurrence, occNext []int32) bool {
	as := entitiesOf(b.nm.ents[:0], x, occs, occNext)
	bs := entitiesOf(as[len(as):], y, occs, occNext)
	b.nm.ents = as[:0]
	for _, ea := range as {
		if ea.Kind != Person {
			continue
		}
		for _, eb := range bs {
			if eb.Kind != Person || ea == eb {
				continue
			}
			fa, fb := strings.Fields(ea.Name), strings.Fields(eb.Name)
			if len(fa) < 2 || len(fb) < 2 {
				continue
			}
			// Compare the other words of the two names.
			oa, ob := otherWords(fa, x.key), otherWords(fb, y.key)
			if oa != "" && ob != "" && oa != ob {
				if _, v := Spelling(oa, ob); !v {
					return true
				}
			}
		}
	}
	return false
}

// sharedFirstDrop reports whether one of two name words is the other with
// one letter dropped inside (see dropOne),
// both surnames of full names with the same other words (Bill Thompson …
// Bill Thomson, Rafa Benitez … Rafa Bnitez): a slip Spelling alone does
// not take, since a consonant dropped often makes another surname. Two
// people who share a first name and have surnames a letter apart (John
// Smith and John Smyth in one story) write each spelling twice or more, or
// introduce each with a description of its own (a title, an age or an
// apposition): then the pair is no slip.
func (b *builder) sharedFirstDrop(x, y *nameWord, occs []occurrence, occNext []int32) bool {
	if x.count >= 2 && y.count >= 2 || !dropOne(x.key, y.key) {
		return false
	}
	shared, described := b.sharedFirst(x, y, occs, occNext)
	return shared && (!described || sameTitle(x, y, occs, occNext))
}

// namesakes reports whether two name words that Spelling takes for one
// name are the surnames of two people who share their other names, each
// introduced with a description of their own and each spelling written
// twice or more (John Smith, who runs the village shop … John Smyth, a
// retired police sergeant … Mr Smith … John Smyth said).
func (b *builder) namesakes(x, y *nameWord, occs []occurrence, occNext []int32) bool {
	// (name-variant reports no spelling written three times or more, so
	// the walk is over two occurrences of one word)
	if x.count < 2 || y.count < 2 || x.count > 2 && y.count > 2 {
		return false
	}
	shared, described := b.sharedFirst(x, y, occs, occNext)
	return shared && described
}

// sharedFirst reports whether two name words are the surnames of full
// names with the same other words, and whether both of those full names
// come with a description of their own (see described).
func (b *builder) sharedFirst(x, y *nameWord, occs []occurrence, occNext []int32) (shared, described bool) {
	if !x.asLast || !y.asLast {
		return false, false
	}
	if x.count > y.count {
		x, y = y, x // the outer walk over the rarer word (one or two)
	}
	for oi := x.first; oi >= 0; oi = occNext[oi] {
		ox := occs[oi]
		if !b.lastOfFull(ox) {
			continue
		}
		for oj := y.first; oj >= 0; oj = occNext[oj] {
			oy := occs[oj]
			if !b.lastOfFull(oy) || !b.sameOtherWords(ox, oy) {
				continue
			}
			return true, b.described(ox) && b.described(oy)
		}
	}
	return false, false
}

// unknownDrop returns the shorter of two name words when it is the longer
// with one inner letter dropped (see dropOne: Lewis, Lwis; Kelly, Klly;
// Oatley, Oatey; Defar, Dfar) or its last (see finalDrop: Khodorkovsky,
// Khodorkovsk), no list knows it (no name, word, place or
// nationality) and it is written no more often than the longer: a letter
// dropped where Spelling accepts no slip of its own (a consonant, or a
// vowel among the first two letters or of a short name), because the two
// may be two names (Carol, Carl; Diana, Dana), unless one of them is no
// name at all. Two first names of full names with other surnames (Peter
// Kenyon, Petr Cech; Ronald, Roald; but Gordon Brown ... Grdon Brown is a
// slip), full names that differ in another word too (Robert
// Oatley and his son Sandy Oatey may be a slip, but brothers and couples
// are named so) and two people each introduced by a full name with a
// description of their own (David Hartley, the council's planning chief
// ... David Hartey, a builder) are two people, unless they are given the
// same title (Tim Danton, editor of PC Pro ... Tim Dnton, editor of PC
// Pro). Otherwise nil.
func (b *builder) unknownDrop(x, y *nameWord, occs []occurrence, occNext []int32) *nameWord {
	if len(x.key) > len(y.key) {
		x, y = y, x
	}
	if x.count > y.count || x.speaker || y.speaker || !dropOne(y.key, x.key) && !finalDrop(y.key, x.key) {
		return nil
	}
	id := x.id
	if b.isKnownID(id) || b.commonID(id) || b.placeID(id) || b.demonymID(id) != "" {
		return nil
	}
	if x.asFirst && y.asFirst && !b.sameSurname(x, y, occs, occNext) || x.asLast && y.asLast && b.describedFull(x, occs, occNext) && b.describedFull(y, occs, occNext) && !sameTitle(x, y, occs, occNext) ||
		b.distinctPeople(x, y, occs, occNext) {
		return nil
	}
	return x
}

// listedOver reports whether of two name words, the second is a name,
// place or nationality the lists know and the first none of these nor an
// ordinary word: at a tie, the slip. The two must be one typing slip apart
// (see lexSlip: Frago, Fargo; Disnuy, Disney), or, when the second is one
// of the proper words news copy writes often (see properWords), any two
// spellings Spelling takes for one (spelling says so: Britizh, British;
// Wednesdai, Wednesday), the first written alone, in no name of several
// words (not Banco do Brasil beside Brazil, Tokio Marine beside Tokyo).
func (b *builder) listedOver(dev, ref *nameWord, spelling bool, occs []occurrence, occNext []int32) bool {
	if b.isKnownID(dev.id) || b.commonID(dev.id) || b.placeID(dev.id) || b.demonymID(dev.id) != "" || unlistedWord(dev.key) {
		return false
	}
	if lexSlip(dev.key, ref.key) {
		return b.isKnownID(ref.id) || b.placeID(ref.id) || b.demonymID(ref.id) != ""
	}
	if !spelling || !lexProper().has(ref.key) {
		return false
	}
	for oi := dev.first; oi >= 0; oi = occNext[oi] {
		if o := occs[oi]; o.e != nil && len(o.e.Mentions[o.mi].Tokens) > 1 {
			return false
		}
	}
	return true
}

// unlistedTie reports whether two spellings written once each, the later
// one dev, are one typing slip apart (see lexSlip, either way: Mangala,
// Mangalla), in two sentences, neither a name, word or place the lists
// know nor in a person's name: one is a slip of the other, and the later one more
// likely so (the first mention is the one a writer checks).
func (b *builder) unlistedTie(dev, ref *nameWord, occs []occurrence, occNext []int32) bool {
	od, or := occs[dev.first], occs[ref.first]
	if dev.speaker || ref.speaker || od.tok < or.tok || b.toks[od.tok].Sentence == b.toks[or.tok].Sentence {
		return false // (two names of one sentence are two things: Tregony and Tregoney)
	}
	if !lexSlip(dev.key, ref.key) && !lexSlip(ref.key, dev.key) {
		return false
	}
	id := ref.id
	if b.isKnownID(id) || b.commonID(id) || b.placeID(id) || b.demonymID(id) != "" {
		return false
	}
	return !b.inPerson(dev, "", occs, occNext) && !b.inPerson(ref, "", occs, occNext)
}

// geoNounAfter reports whether every occurrence of a name word is followed
// by a lower-case noun of geography (the Surma river, the Dhemaji
// district, Sylhet region): it names a place, no slip for a person's name
// it resembles (Himanta Biswa Sarma; the caller asks only then: a place's
// own name may be misspelt, the Mangala field ... the Mangalla field).
func (b *builder) geoNounAfter(w *nameWord, occs []occurrence, occNext []int32) bool {
	for oi := w.first; oi >= 0; oi = occNext[oi] {
		j := occs[oi].tok + 1
		if j >= len(b.toks) || b.toks[j].Sentence != b.toks[j-1].Sentence {
			return false
		}
		switch b.toks[j].Text {
		case "river", "lake", "sea", "valley", "district", "districts", "region", "province", "county",
			"island", "islands", "mountains", "hills", "bay", "coast", "delta", "basin", "desert",
			"peninsula", "strait", "gulf", "state", "town", "village", "city", "field", "oilfield",
			"airport", "port", "canal", "dam", "glacier", "forest", "reservoir", "estuary":
		default:
			return false
		}
	}
	return true
}

// inPerson reports whether some occurrence of a name word is in a
// person's name, unless that name with the reference word (if any) in its
// place is a place the lists know: Las Veas and Latin Amercia are read as people
// (two capitalised words no list knows), but are Las Vegas and Latin
// America misspelt.
func (b *builder) inPerson(w *nameWord, ref string, occs []occurrence, occNext []int32) bool {
	for oi := w.first; oi >= 0; oi = occNext[oi] {
		o := occs[oi]
		if o.e == nil || o.e.Kind != Person {
			continue
		}
		mm := &o.e.Mentions[o.mi]
		at := o.span.Start - mm.Span.Start
		if ref == "" || len(mm.Tokens) < 2 || at < 0 || at+len(w.text) > len(mm.Text) ||
			!b.isPlace(mm.Text[:at]+ref+mm.Text[at+len(w.text):]) {
			return true
		}
	}
	return false
}

// sameTitle reports whether the people of two name words share a title
// (the same words, in any case).
func sameTitle(x, y *nameWord, occs []occurrence, occNext []int32) bool {
	for oi := x.first; oi >= 0; oi = occNext[oi] {
		ex := occs[oi].e
		if ex == nil {
			continue
		}
		for oj := y.first; oj >= 0; oj = occNext[oj] {
			ey := occs[oj].e
			if ey == nil || ey == ex {
				continue
			}
			for _, tx := range ex.Titles {
				for _, ty := range ey.Titles {
					if strings.EqualFold(tx.Text, ty.Text) {
						return true
					}
				}
			}
		}
	}
	return false
}

// sameSurname reports whether two name words open full names of people
// with the same words after them (Gordon Brown, Grdon Brown).
func (b *builder) sameSurname(x, y *nameWord, occs []occurrence, occNext []int32) bool {
	for oi := x.first; oi >= 0; oi = occNext[oi] {
		ox := occs[oi]
		if !b.firstOfFull(ox) {
			continue
		}
		for oj := y.first; oj >= 0; oj = occNext[oj] {
			if oy := occs[oj]; b.firstOfFull(oy) && b.sameOtherWords(ox, oy) {
				return true
			}
		}
	}
	return false
}

// firstOfFull reports whether an occurrence is the first word of a
// person's full name of two words or more.
func (b *builder) firstOfFull(o occurrence) bool {
	if o.e == nil || o.e.Kind != Person {
		return false
	}
	m := &o.e.Mentions[o.mi]
	return m.Form == FullName && len(m.Tokens) >= 2 && m.Tokens[0] == o.tok
}

// describedFull reports whether some occurrence of a name word is the
// surname of a person's full name given a description (see described).
func (b *builder) describedFull(w *nameWord, occs []occurrence, occNext []int32) bool {
	for oi := w.first; oi >= 0; oi = occNext[oi] {
		if o := occs[oi]; b.lastOfFull(o) && b.described(o) {
			return true
		}
	}
	return false
}

// finalDrop reports whether short is long (both folded) without its last
// letter, long having six letters or more, and that letter no a, e, i, o
// or s, which end other names and forms as often as slips (Petrova,
// Petrov; Evans, Evan; Browne, Brown; a possessive Cotterills'):
// Khodorkovsk, Hansar, Neverlan, Oatle. Only for a spelling no list knows
// (see unknownDrop, lexSlip).
func finalDrop(long, short string) bool {
	n := len(short)
	if len(long) != n+1 || n < 5 || long[:n] != short {
		return false
	}
	switch long[n] {
	case 'a', 'e', 'i', 'o', 's':
		return false
	}
	return true
}

// dropOne reports whether one folded word is the other with one letter
// dropped, neither the first nor the last (a final letter dropped makes
// another surname as often as a slip: Evans, Evan; a possessive written
// after an s, Cotterills', is no other spelling of the name), the longer
// having five letters or more.
func dropOne(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 || len(a) < 5 || a[0] != b[0] {
		return false
	}
	i := 1
	for i < len(b) && a[i] == b[i] {
		i++
	}
	return i < len(b) && a[i+1:] == b[i:]
}

// mayDrop reports whether one of two folded words is the other with one
// letter dropped, as unknownDrop and sharedFirstDrop ask before anything
// else (see dropOne and finalDrop): a pair Spelling turns away and mayDrop
// too is no near miss, whatever the words' occurrences say.
func mayDrop(a, c string) bool {
	return dropOne(a, c) || finalDrop(a, c) || finalDrop(c, a)
}

// lastOfFull reports whether an occurrence is the last word of a person's
// full name of two words or more.
func (b *builder) lastOfFull(o occurrence) bool {
	if o.e == nil || o.e.Kind != Person {
		return false
	}
	m := &o.e.Mentions[o.mi]
	return m.Form == FullName && len(m.Tokens) >= 2 && m.Tokens[len(m.Tokens)-1] == o.tok
}

// sameOtherWords reports whether two full-name occurrences (see
// firstOfFull and lastOfFull) have their own words at the same place in
// names of as many words, and the same words elsewhere (Gordon Brown,
// Grdon Brown; Peter Kenyon, Peter Knyon).
func (b *builder) sameOtherWords(x, y occurrence) bool {
	mx, my := &x.e.Mentions[x.mi], &y.e.Mentions[y.mi]
	if len(mx.Tokens) != len(my.Tokens) {
		return false
	}
	for k, tx := range mx.Tokens {
		ty := my.Tokens[k]
		if tx == x.tok || ty == y.tok {
			if tx != x.tok || ty != y.tok {
				return false // the two words stand at different places
			}
			continue
		}
		if b.toks[tx].Text != b.toks[ty].Text {
			return false
		}
	}
	return true
}

// described reports whether the full-name mention of an occurrence comes
// with a description of its own: a title given with it, or an apposition
// after it (", 45,", ", the chairman", ", a farmer", ", who").
func (b *builder) described(o occurrence) bool {
	for _, t := range o.e.Titles {
		if t.Mention == o.mi {
			return true
		}
	}
	toks := b.toks
	j := o.tok + 1
	if j+1 >= len(toks) || toks[j].Text != "," || toks[j+1].Sentence != toks[o.tok].Sentence {
		return false
	}
	w := toks[j+1].Text
	switch w {
	case "the", "a", "an", "who", "whose", "aged", "now":
		return true
	}
	return w != "" && '0' <= w[0] && w[0] <= '9'
}

// entitiesOf appends to buf the entities whose name mentions hold the
// word, in the order of its occurrences (an entity repeated only when
// another came between).
func entitiesOf(buf []*Entity, w *nameWord, occs []occurrence, occNext []int32) []*Entity {
	n := len(buf)
	for oi := w.first; oi >= 0; oi = occNext[oi] {
		if e := occs[oi].e; e != nil && (len(buf) == n || buf[len(buf)-1] != e) {
			buf = append(buf, e)
		}
	}
	return buf[n:]
}

func otherWords(f []string, skip string) string {
	var out []string
	for _, w := range f {
		if Fold(strings.TrimSuffix(w, ".")) != skip {
			out = append(out, Fold(w))
		}
	}
	return strings.Join(out, " ")
}
