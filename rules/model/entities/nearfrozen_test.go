package entities

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestFrozenNearMisses: a builder whose vocabulary is frozen forgets, after
// each document, the blocking keys it computed for the vocabulary's words
// (their count goes to 0, their place in bkeys is past its end once the
// document's keys are dropped); a later document's near-miss search must
// compute them again. Articles of names and near misses, built one after
// another by a pooled builder frozen at several sizes, give the models a
// fresh builder gives, and no panic.
func TestFrozenNearMisses(t *testing.T) {
	defer func(n int) { maxVocab = n; dropBuilders() }(maxVocab)
	rng := rand.New(rand.NewPCG(11, 12))
	syll := []string{"ba", "ken", "dor", "li", "mar", "ro", "sel", "ta", "vin", "gu", "hal", "pe", "nor", "wick"}
	var names []string
	for range 120 {
		var sb strings.Builder
		for range 2 + rng.IntN(2) {
			sb.WriteString(syll[rng.IntN(len(syll))])
		}
		names = append(names, strings.ToUpper(sb.String()[:1])+sb.String()[1:])
	}
	name := func() string {
		w := names[rng.IntN(len(names))]
		if k := 1 + rng.IntN(len(w)-1); rng.IntN(4) == 0 {
			w = w[:k] + w[k:k+1] + w[k:] // a doubled letter: a near miss
		}
		return w
	}
	var articles []string
	for range 40 {
		var sb strings.Builder
		sb.WriteString("Council report\n\n")
		for range 4 + rng.IntN(6) {
			fmt.Fprintf(&sb, "The board met %s %s and %s on Monday, and %s said the plan would go ahead. ", name(), name(), name(), name())
			fmt.Fprintf(&sb, "Later %s told %s that %s had agreed. %s left early.\n\n", name(), name(), name(), name())
		}
		articles = append(articles, sb.String())
	}
	dump := func(a string) string {
		doc, err := lint.Parse("f.txt", []byte(a), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		if err := Dump(&sb, doc, nil); err != nil {
			t.Fatal(err)
		}
		return sb.String()
	}
	var want []string
	for _, a := range articles {
		dropBuilders()
		want = append(want, dump(a))
	}
	for _, limit := range []int{1, 50, 300, 1000} {
		maxVocab = limit
		dropBuilders()
		for round := range 2 {
			for i, a := range articles {
				if got := dump(a); got != want[i] {
					t.Fatalf("maxVocab %d, round %d, article %d: model differs from a fresh builder's\ngot:\n%s\nwant:\n%s", limit, round, i, got, want[i])
				}
			}
		}
	}
}
