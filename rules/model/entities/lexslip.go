package entities

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/factlint/factlint/rules/internal/lexicon"
)

//go:generate go run ./internal/lexgen -freq ../../../../shared/data/frequency/news_corpora_wordfreq_cased.tsv -out data/properwords.txt

// properWords is the list of lexgen: the proper names of the word lists
// that name no person and that news copy writes often (European, Tuesday,
// Heathrow), one a line.
//
//go:embed data/properwords.txt
var properWords string

// lexTable indexes the proper words (see properWords) by the same delete
// hashes as the document's name words (deleteHashes of the folded form):
// a word and a list entry one slip apart share one.
type lexTable struct {
	words []string // as the lists write them
	folds []string // folded
	slots []lexSlot
	mask  int
	// seen has the bit h>>48 of each hash h of the slots: a document's
	// word probes the slots (a table too big for the nearest cache) only
	// with a hash whose bit is set, about one in eight.
	seen *[1 << 16 / 64]uint64
}

// mayHold reports whether some slot of t may hold the hash h.
func (t *lexTable) mayHold(h uint64) bool {
	return t.seen[h>>54]&(1<<(h>>48&63)) != 0
}

// lexSlot is one hash of one entry (w is the entry's index + 1; 0 empty).
type lexSlot struct {
	h uint64
	w int32
}

// lexProper is built once, at the first document with a word it may hold.
var lexProper = sync.OnceValue(func() *lexTable {
	t := &lexTable{}
	for rest := properWords; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, "\n")
		if f := Fold(w); len(f) >= 5 {
			t.words = append(t.words, w)
			t.folds = append(t.folds, f)
		}
	}
	n := 0
	for _, f := range t.folds {
		n += 1 + len(f)
	}
	size := tableSize(n)
	t.slots, t.mask = make([]lexSlot, size), size-1
	t.seen = new([1 << 16 / 64]uint64)
	var keys []uint64
	for i, f := range t.folds {
		keys = deleteHashes(keys[:0], f, 0)
		for _, h := range keys {
			p := int(h) & t.mask
			for t.slots[p].w != 0 {
				p = (p + 1) & t.mask
			}
			t.slots[p] = lexSlot{h: h, w: int32(i + 1)}
			t.seen[h>>54] |= 1 << (h >> 48 & 63)
		}
	}
	return t
})

// has reports whether the folded word f is a proper word of the table.
func (t *lexTable) has(f string) bool {
	h := hashSkip(f, -1, 0)
	for p := int(h) & t.mask; t.slots[p].w != 0; p = (p + 1) & t.mask {
		if s := t.slots[p]; s.h == h && t.folds[s.w-1] == f {
			return true
		}
	}
	return false
}

// lexSlips records, as lexical near misses, the words written once that no
// list knows (no name, word, place or nationality), in no person's name
// (see inPerson: Las Veas is Las Vegas misspelt) and in no near miss of the document's own words, that are one typing
// slip (see lexSlip) from exactly one proper name of the lists that the
// document does not write itself: The Eurpoean Union, On Tuedsay, flights
// from Heathorw. Only words of an initial capital and lower-case letters,
// five letters or more; the delete hashes are the word's own blocking keys,
// so a word costs a few probes of a static table.
func (b *builder) lexSlips(no *nearOccs, slab []nameWord) {
	var t *lexTable
	for k := range slab {
		w := &slab[k]
		if w.paired || w.count != 1 || w.speaker || len(w.key) < 5 || !lexicon.ProperShape(w.text) {
			continue
		}
		id := w.id
		if b.isKnownID(id) || b.commonID(id) || b.placeID(id) || b.demonymID(id) != "" || unlistedWord(w.key) {
			continue
		}
		if t == nil {
			t = lexProper()
		}
		ref := int32(-1)
		keys := b.blockKeysID(id)
		if n := 1 + len(w.key); n < len(keys) {
			keys = keys[:n] // the delete hashes (see blockKeys)
		}
	probe:
		for _, h := range keys {
			if !t.mayHold(h) {
				continue
			}
			for p := int(h) & t.mask; t.slots[p].w != 0; p = (p + 1) & t.mask {
				s := t.slots[p]
				if s.h != h || s.w-1 == ref {
					continue
				}
				if !lexSlip(w.key, t.folds[s.w-1]) {
					continue
				}
				if ref >= 0 {
					ref = -2 // two entries: no telling which
					break probe
				}
				ref = s.w - 1
			}
		}
		if ref < 0 {
			continue
		}
		occs := b.wordOccs(no, w)
		o := occs[w.first]
		if b.inPerson(w, t.words[ref], occs, no.next) {
			continue // a person's name, unless it is a place misspelt (Las Veas)
		}
		if b.foldNameWord(t.folds[ref]) != 0 {
			continue // the document's own spelling was compared already
		}
		if n := len(w.text); w.text[n-1] == 's' && (b.isKnown(w.text[:n-1]) || b.isCommon(w.text[:n-1])) {
			continue // a plural of a name of its own (the Cesars, French film awards: Cesar)
		}
		// The mention keeps its span, text and sentence but no tokens: the
		// word names nobody, so the pronoun rule takes it for no name.
		mm := b.occMention(o)
		mm.Tokens = nil
		b.m.NearMisses = append(b.m.NearMisses, NearMiss{
			Mention: mm, Word: w.text, RefWord: t.words[ref], WordSpan: o.span,
			Distance: 1 / float64(len(t.folds[ref])), Count: 1, Lexical: true,
		})
	}
}

// unlistedWord reports whether f (folded) is a real word the lists lack
// that is one typing slip from a proper word of the table: the capitalised
// words of the shared news counts for which that holds, read one by one,
// less the slips among them (Toyko, Feburary, Britian, Norweigan).
func unlistedWord(f string) bool {
	switch f {
	case "asean", // Asean, the BBC's ASEAN (Asian)
		"armco",     // the steelmaker (Aramco)
		"neste",     // the Finnish refiner (Nestle)
		"alleghany", // a county and a river (Allegheny)
		"gramm",     // Phil Gramm (Grammy)
		"columbian", // The Columbian, pre-Columbian (Colombian)
		"mayland":   // an Essex village (Maryland)
		return true
	}
	return false
}

// lexSlip reports whether dev (folded) is ref (folded) with one typing
// slip: two adjacent letters swapped (Eurpoean), one vowel for another
// except at either end and except y (Swedash; not Tunisie, Tokio), a
// letter doubled (Olyympics) or one dropped inside (Idian, Agentine; see
// dropOne) or at the end of a long word (Hansar; see finalDrop).
// Transliterations (Brasil, Kairo) are no slip here: other languages write
// the names so.
func lexSlip(dev, ref string) bool {
	switch len(dev) - len(ref) {
	case 0:
		p, n := -1, 0
		for i := 0; i < len(dev); i++ {
			if dev[i] != ref[i] {
				if n == 0 {
					p = i
				}
				n++
			}
		}
		switch n {
		case 1:
			return p > 0 && p < len(dev)-1 && plainVowel(dev[p]) && plainVowel(ref[p])
		case 2:
			return p+1 < len(dev) && dev[p] == ref[p+1] && dev[p+1] == ref[p] && dev[p] != dev[p+1]
		}
		return false
	case 1:
		i := 0
		for i < len(ref) && dev[i] == ref[i] {
			i++
		}
		return i > 0 && dev[i+1:] == ref[i:] && dev[i] == dev[i-1]
	case -1:
		return dropOne(ref, dev) || finalDrop(ref, dev)
	}
	return false
}

func plainVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}
