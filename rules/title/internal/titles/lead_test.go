package titles

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestLeadNeverMissesAKey checks that the matcher's lead sieve lets through
// every text a phrase may start with: each key of the trie's root as
// written, with each possessive ending, after each title prefix in several
// cases; also for a table extended with a phrase that starts with a letter
// outside ASCII (its upper case, ÉLYSÉE, folds apart from élysée).
func TestLeadNeverMissesAKey(t *testing.T) {
	extended := Default().Extend([]Entry{{Country: "FR", Wrong: "élysée minister", Right: "minister"}})
	for _, m := range []*Matcher{DefaultMatcher(), NewMatcher(extended)} {
		for _, k := range m.trie.rootKeys {
			for _, e := range possessiveEndings {
				for _, p := range []string{"", "ex-", "Ex-", "EX-", "eX-", "then-", "Then-", "THEN-", "former-", "Former-", "acting-", "ACTING-"} {
					w := p + k + e
					if !m.lead.folds.has(lint.FoldHash(w)) {
						t.Errorf("lead turns away %q", w)
					}
					if s, _ := StripPossessive(w); s[prefixLen(s):] != k {
						t.Errorf("%q does not strip to %q", w, k)
					}
				}
			}
		}
	}
	if !slices.Contains(NewMatcher(extended).trie.rootKeys, "ÉLYSÉE") {
		t.Error("the extended matcher has no key ÉLYSÉE")
	}
}

// TestLeadTurnsAwayMostWords checks that the sieve is worth its place.
func TestLeadTurnsAwayMostWords(t *testing.T) {
	m := DefaultMatcher()
	words := strings.Fields("the a of and to in said that for is on was with he it as at by his from be have has but are an they which not this were had been their one will would who or also there after its more first new than two about up over last people when year other time out into can could all")
	pass := 0
	for _, w := range words {
		if m.lead.folds.has(lint.FoldHash(w)) {
			pass++
		}
	}
	if pass > len(words)/20 {
		t.Errorf("%d of %d common words pass the lead sieve", pass, len(words))
	}
}

// TestTitleEndsLeadNeverMisses checks MayEndTitleToken against every title
// end, possessive or not, in its cases.
func TestTitleEndsLeadNeverMisses(t *testing.T) {
	for w := range titleEnds {
		for _, e := range possessiveEndings {
			for _, x := range []string{w + e, strings.ToUpper(w + e)} {
				if tok := (lint.Token{Text: x, Fold: lint.FoldHash(x)}); !MayEndTitleToken(&tok) {
					t.Errorf("MayEndTitleToken(%q) is false", x)
				}
			}
		}
	}
}

// TestSignalLeadNeverMisses checks the country evidence's lead against
// every key of its trie's root, possessive or not.
func TestSignalLeadNeverMisses(t *testing.T) {
	s := tableSignals()
	for _, k := range s.trie.rootKeys {
		for _, e := range possessiveEndings {
			if w := k + e; !s.lead.folds.has(lint.FoldHash(w)) {
				t.Errorf("the signals' lead turns away %q", w)
			}
		}
	}
}

// TestCrossConvention checks the pairs of names of one post that cannot
// both be right, and some that can.
func TestCrossConvention(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Treasury Secretary", "Chancellor", true},
		{"Chancellor", "TREASURY  SECRETARY", true},
		{"Secretary of Defense", "Defence Secretary", false},
		{"Defense Secretary", "Defence Secretary", false},
		{"Foreign Secretary", "foreign minister", false},
		{"Foreign Secretary", "Secretary of State", false},
		{"Treasury\u00a0Secretary", "Chancellor", true},
	} {
		if got := CrossConvention(c.a, c.b); got != c.want {
			t.Errorf("CrossConvention(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
