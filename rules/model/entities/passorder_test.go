package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// buildPasses are Build's passes in its order, for the tests that stop
// after one of them.
var buildPasses = []func(*builder){
	(*builder).scanCase, (*builder).findRuns, (*builder).group, (*builder).appositions,
	(*builder).titleOnly, (*builder).pronouns, (*builder).decideGender, (*builder).nearMisses,
}

// builtThrough parses text and runs Build's first n passes on a builder
// (hand it back with putBuilder).
func builtThrough(t *testing.T, text string, n int) *builder {
	t.Helper()
	doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	b := getBuilder(doc)
	b.m = newModel(len(b.toks))
	for _, pass := range buildPasses[:n] {
		pass(b)
	}
	return b
}
