package consistency

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// appendLeads keeps the capitals that its test, as a function of one
// capital (nameLeadPlain), keeps, in order, for the test articles and
// random words around honorifics, first names, offices and brackets.
func TestAppendLeads(t *testing.T) {
	texts := testTexts(t, "Mr mr Mr. . Sir sir john John smith Smith foreign Secretary prime Minister the The ( MPC ) "+
		"said Tony tony Blair blair Jose José Hughes's a and the Chancellor gordon Brown hughes Liam neeson Dr. dr", 3, 2000, 30)
	names := firstNameFolds()
	kept := 0
	for _, src := range texts {
		d, err := lint.Parse("x", []byte(src), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		toks := d.Tokens
		for _, bl := range d.Blocks {
			var caps []capital
			for i := bl.FirstToken; i < bl.EndToken; i++ {
				if capWord(&toks[i]) {
					caps = append(caps, capitalAt(toks, i))
				}
			}
			var want []capital
			for _, c := range caps {
				if nameLeadPlain(toks, c, names) {
					want = append(want, c)
				}
			}
			got := appendLeads(toks, caps, names, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("%q: leads %v, want %v", src, got, want)
			}
			kept += len(got)
		}
	}
	if kept < 100 {
		t.Errorf("%d leads kept: the test reads too few", kept)
	}
}

// nameLeadPlain is appendLeads' test of one capital c, as a function of its
// own (as it was before appendLeads wrote it out in its loop).
func nameLeadPlain(toks []lint.Token, c capital, names *bloom) bool {
	i := int(c.i)
	t := &toks[i]
	if headingLead(toks, i) {
		return true
	}
	// The word after the capital, after its full stop if it is an
	// honorific (a surname after a first name or an honorific). A capital
	// that is no honorific's Fold (most) needs the test lowerNames makes
	// of one that is no honorific.
	if honorificSet.Has(t.Fold) && mayBeHonorific(t.Text) {
		if lowAfter(toks, i, true) || i+1 < len(toks) && toks[i+1].Text == "." && lowAfter(toks, i+1, true) {
			return true
		}
	} else if lowAfter(toks, i, false) && !noFirstName(t, c.h, names) {
		return true
	}
	if !midCapital(t) {
		return false
	}
	// An honorific in lower case before the capital.
	if honorificMayPrecede(toks, i) {
		if k := honorificBefore(toks, i); k >= 0 && lowHonorifics[toks[k].Text] {
			return true
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
			return true
		}
		head := stemOf(t)
		return len(head) >= 7 && len(head) <= 12 && officeSet.Has(toks[k].Fold) && officeWords[w]
	}
	return false
}

// bodyMiddle's first test lets through every last word of a body's name
// however it is written (capitalised, in capitals, with a possessive).
func TestBodyHeadSet(t *testing.T) {
	for w := range bodyHeads {
		for _, form := range []string{upperFirstASCII(w), strings.ToUpper(w), upperFirstASCII(w) + "'s", upperFirstASCII(w) + "’s"} {
			toks := parsedWords(t, "the Detroit motor "+form+" said")
			tok := toks[3]
			if tok.Text != form {
				t.Fatalf("%q read as %q", form, tok.Text)
			}
			if !bodyHeadSet.Has(capKey(tok)) {
				t.Errorf("%q: not in bodyHeadSet", form)
			}
		}
	}
}
