package lint

import (
	"bytes"
	"testing"
)

// TestFixRoundsIgnoreTheLimit checks that FixRounds checks each round
// without the limit on findings: given the limited findings of a flood
// and a config with a small limit, it still fixes every finding (the first
// round the ones given, the next all the others).
func TestFixRoundsIgnoreTheLimit(t *testing.T) {
	src := tickFlood(1500)
	cfg := limitConfig(40)
	doc, err := Parse("a.txt", []byte(src), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := Check(doc, []*Rule{testTick}, cfg)
	if err != nil || len(diags) != 41 {
		t.Fatalf("%d findings (%v), want 40 and the summary", len(diags), err)
	}
	fixed, _, left := FixRounds(doc, diags, []*Rule{testTick}, cfg, false, MaxFixRounds)
	if n := bytes.Count(fixed, []byte("`")); n != 0 || len(left) != 0 {
		t.Errorf("%d backticks and %d findings left after the fix rounds", n, len(left))
	}
	if cfg.FindingLimit() != 40 {
		t.Error("FixRounds changed the config it was given")
	}
}
