package titles

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// The country evidence found when only the tokens evidenceLeads passes
// are looked at is the evidence found when every capital is looked at
// (a sieve that passes every Fold), on the title rules' test articles,
// the development corpus and words written to slip past a Fold: a
// possessive after a grave accent, capitals beyond ASCII, all capitals,
// hyphens and apostrophes.
func TestEvidenceLeadsMatchEveryCapital(t *testing.T) {
	every := new(evidenceLead)
	for k := range every.any.folds {
		every.any.folds[k] = ^uint64(0)
	}
	texts := append(ruletest.Articles(t, "../../convention/testdata", 400), ruletest.Articles(t, "../../conflict/testdata", 0)...)
	texts = append(texts,
		"Britain`s Home Secretary met French officials in Paris`s mayoral offices and Kyiv`s. Glasgow` and Toulouse`s teams. WASHINGTON (Reuters) - The U.S. Senate voted.",
		"The Élysée said Kyiv's mayor and Ukraine's army met in Île-de-France; SCOTTISH ministers and Scots voted.",
		"BRITAIN'S envoy, FRANCE’S minister, GERMANY`S and ÉLYSÉE'S aides met Smith's and O'Neill's Anglo-French Jean-Paul in Côte d'Ivoire’s capital; CÔTE D'IVOIRE'S and Britain’s and Scotland′s. ZÜRICH'S bankers and BOGOTÁ police met in CURAÇAO.",
		"x")
	found := 0
	for _, text := range texts {
		doc, err := lint.Parse("evidence.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		got, want := newContext(doc, nil, evidenceLeads()), newContext(doc, nil, every)
		if !slices.Equal(got.Evidence, want.Evidence) {
			t.Errorf("%.60q…: sieved evidence %v, every capital's %v", text, got.Evidence, want.Evidence)
		}
		found += len(want.Evidence)
	}
	if found < 100 {
		t.Errorf("only %d pieces of evidence found: the comparison proves little", found)
	}
}

// mayLeadFlagged turns away flagged capitals that start no evidence (the
// comparison above would pass with a sieve that passes every one).
func TestMayLeadFlaggedTurnsAway(t *testing.T) {
	doc, err := lint.Parse("flagged.txt", []byte("Smith's Jean-Paul McDonald O'Neill's Britain's"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Smith's": false, "Jean-Paul": false, "O'Neill's": false, "Britain's": true}
	for i := range doc.Tokens {
		tok := &doc.Tokens[i]
		if w, ok := want[tok.Text]; ok {
			if got := evidenceLeads().mayLeadFlagged(tok); got != w {
				t.Errorf("mayLeadFlagged(%q) = %v, want %v", tok.Text, got, w)
			}
			delete(want, tok.Text)
		}
	}
	if len(want) != 0 {
		t.Errorf("tokens not found: %v", want)
	}
}
