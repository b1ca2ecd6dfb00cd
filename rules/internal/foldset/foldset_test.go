package foldset

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// Every word of the set passes Has in any case; few others do.
func TestSet(t *testing.T) {
	words := map[string]bool{"president": true, "mr": true, "vice-president": true, "lord": true, "sir": true}
	s := Of(words)
	for w := range words {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !s.Has(lint.FoldHash(v)) {
				t.Errorf("Has(FoldHash(%q)) = false", v)
			}
		}
	}
	others := strings.Fields("the a of and said minister's presidents secretaries govern mayoral judged people government year told would could after before their there about mrs miss lady sirs")
	pass := 0
	for _, w := range others {
		if s.Has(lint.FoldHash(w)) {
			pass++
		}
	}
	if pass > 2 {
		t.Errorf("%d of %d other words pass Has", pass, len(others))
	}
}

// Every word of a Wide set passes Has in any case; of a few thousand
// other words, few do.
func TestWide(t *testing.T) {
	var s Wide
	var in []string
	for i := range 400 {
		w := fmt.Sprintf("word%dx", i)
		in = append(in, w)
		s.Add(w)
	}
	for _, w := range in {
		if !s.Has(lint.FoldHash(w)) || !s.Has(lint.FoldHash(strings.ToUpper(w))) {
			t.Errorf("Has(FoldHash(%q)) = false", w)
		}
	}
	pass := 0
	const others = 5000
	for i := range others {
		if s.Has(lint.FoldHash(fmt.Sprintf("other%d", i))) {
			pass++
		}
	}
	// 400 bits of 65,536 are set: about 30 of 5,000 pass by chance.
	if pass > 100 {
		t.Errorf("%d of %d other words pass Has", pass, others)
	}
}
