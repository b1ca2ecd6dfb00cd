package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestPartRuns checks the runs addRun lists for capParticles (partRuns):
// every run marked capLead or lowPart is listed, in order, and a list with
// each run twice and an index past the last run (what a run taken back
// leaves) gives the same runs after capParticles, over the invented
// articles and a text with particles in both cases.
func TestPartRuns(t *testing.T) {
	extra := "Striker Ruud van Nistelrooy scored twice. Van Nistelrooy said he was pleased. " +
		"President Charles de Gaulle spoke. De Gaulle's speech was short. Van Basten said so too.\n"
	type runFacts struct {
		particle bool
		kind     Kind
	}
	marked := 0
	for _, text := range append(runTexts(), extra) {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		var got [2][]runFacts
		for pass := range got {
			b := getBuilder(doc)
			b.m = newModel(len(b.toks))
			b.scanCase()
			b.findRuns()
			at := 0
			for k := range b.names {
				if nr := &b.names[k]; nr.capLead || nr.lowPart {
					marked++
					for at < len(b.partRuns) && int(b.partRuns[at]) < k {
						at++
					}
					if at == len(b.partRuns) || int(b.partRuns[at]) != k {
						t.Fatalf("run %d (%q) is marked but not listed in %v", k, nr.text, b.partRuns)
					}
				}
			}
			if pass == 1 {
				var twice []int32
				for _, k := range b.partRuns {
					twice = append(twice, k, k)
				}
				b.partRuns = append(twice, int32(len(b.names)+1))
			}
			if b.capParts {
				b.capParticles()
			}
			for k := range b.names {
				got[pass] = append(got[pass], runFacts{b.names[k].particle, b.names[k].kind})
			}
			putBuilder(b)
		}
		for k := range got[0] {
			if got[0][k] != got[1][k] {
				t.Errorf("%q: run %d is %+v with the list as made, %+v with it doubled", text, k, got[0][k], got[1][k])
			}
		}
	}
	if marked == 0 {
		t.Fatal("no run marked capLead or lowPart: the test proves nothing")
	}
}
