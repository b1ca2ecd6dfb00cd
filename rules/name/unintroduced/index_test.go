package unintroduced

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// lookAlikePage writes a made-up page of people introduced by full name
// and lone surnames resembling them, from a small alphabet so that many
// pairs tie, prefix one another, or come before the person they resemble;
// a few are longer than maxPrefix.
func lookAlikePage(seed uint64, people int) string {
	rng := rand.New(rand.NewPCG(seed, 7))
	firsts := []string{"Anna", "David", "Helen", "Peter", "Ruth"}
	mids := []string{"a", "e", "o", "i", "ar", "el", "ü", "ø", "ж", "σe"}
	name := func() string {
		var b strings.Builder
		b.WriteString([]string{"Ha", "Ho", "Ma"}[rng.IntN(3)])
		for range 1 + rng.IntN(3) {
			b.WriteString(mids[rng.IntN(len(mids))])
			b.WriteByte("bdklmnrst"[rng.IntN(9)])
		}
		b.WriteString([]string{"son", "sen", "ley", ""}[rng.IntN(4)])
		if rng.IntN(25) == 0 {
			b.WriteString(strings.Repeat("el", 32)) // longer than maxPrefix
		}
		return b.String()
	}
	alike := func(s string) string {
		switch r := []rune(s); rng.IntN(5) {
		case 0: // one letter changed
			i := 1 + rng.IntN(len(r)-1)
			r[i] = rune("aeiou"[rng.IntN(5)])
			return string(r)
		case 1: // one letter dropped
			i := 1 + rng.IntN(len(r)-1)
			return string(append(r[:i:i], r[i+1:]...))
		case 2: // a letter added
			return s + "e"
		case 3: // a word made from the name
			return s + "ite"
		default:
			return name()
		}
	}
	var b strings.Builder
	var named []string
	for i := range people {
		s := name()
		named = append(named, s)
		fmt.Fprintf(&b, "%s %s, a local teacher, said the plan was sound.", firsts[i%len(firsts)], s)
		if rng.IntN(3) > 0 {
			fmt.Fprintf(&b, " Later %s said it again.", alike(named[rng.IntN(len(named))]))
		}
		if rng.IntN(4) == 0 {
			fmt.Fprintf(&b, " Mr %s agreed.", alike(s))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// TestIndexedMatchesScan: findings with the index asked for every
// candidate are those of comparing every pair near it, and the index
// answers for many of them (it does not always give up).
func TestIndexedMatchesScan(t *testing.T) {
	defer func(n int) { indexFrom, indexAnswered = n, nil }(indexFrom)
	answered := 0
	indexAnswered = func() { answered++ }
	long := "Ha" + strings.Repeat("el", 32) + "son" // longer than maxPrefix
	// Page 0: a surname longer than maxPrefix is a prefix of the lone
	// word, which is then no slip (and has no finding).
	pages := []string{"Peter " + long + ", a local teacher, said the plan was sound.\n\nLater " + long + "e said it again.\n"}
	for seed := range uint64(12) {
		pages = append(pages, lookAlikePage(seed, 40+int(seed)*40))
	}
	for seed, page := range pages {
		src := []byte(page)
		check := func(from int) []lint.Diagnostic {
			indexFrom = from
			doc, err := lint.Parse("page.txt", src, lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			diags, err := lint.Check(doc, []*lint.Rule{Rule}, nil)
			if err != nil {
				t.Fatal(err)
			}
			return diags
		}
		before := answered
		scan := check(1 << 30)
		if answered != before {
			t.Fatal("the index answered with indexFrom 1<<30")
		}
		indexed := check(0)
		if len(scan) == 0 && seed > 0 {
			t.Errorf("page %d: no findings; the page tests nothing", seed)
		}
		if !reflect.DeepEqual(scan, indexed) {
			t.Errorf("page %d: %d findings comparing every pair, %d from the index", seed, len(scan), len(indexed))
			for i := range min(len(scan), len(indexed)) {
				if !reflect.DeepEqual(scan[i], indexed[i]) {
					t.Errorf("first difference: %s\nagainst %s", scan[i].Message, indexed[i].Message)
					break
				}
			}
		}
	}
	if answered < 100 {
		t.Errorf("the index answered %d times; want at least 100", answered)
	}
}

// TestPairBudget: on a page where the index cannot answer (each lone
// surname two edits or more from everyone, all of whom it resembles), the
// pairs compared past the index stay within pairBudget; without the
// budget they would not.
func TestPairBudget(t *testing.T) {
	defer func(n, b int) { indexFrom, pairBudget, scannedPairs = n, b, nil }(indexFrom, pairBudget)
	var b strings.Builder
	rng := rand.New(rand.NewPCG(1, 2))
	middle := func(letters string) string {
		return string([]byte{letters[rng.IntN(len(letters))], letters[rng.IntN(len(letters))], letters[rng.IntN(len(letters))]})
	}
	for range 300 {
		fmt.Fprintf(&b, "Anna Ha%sson said the plan was sound. Later Ha%sson said it again.\n\n", middle("abcdefghijklm"), middle("nprstuvwy"))
	}
	src := []byte(b.String())
	scanned := func(budget int) int {
		indexFrom, pairBudget = 16, budget
		n := 0
		scannedPairs = func(pairs int) { n += pairs }
		doc, err := lint.Parse("page.txt", src, lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := lint.Check(doc, []*lint.Rule{Rule}, nil); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := scanned(1 << 30); n <= 5000 {
		t.Fatalf("without the budget %d pairs compared past the index; the page tests nothing", n)
	}
	if n := scanned(5000); n > 5000 || n == 0 {
		t.Errorf("with a budget of 5000, %d pairs compared past the index", n)
	}
}

// TestBestIndexedDirect asks bestIndexed and bestNear of made-up people
// and lone words directly (no entity model, so no word is left to
// name-variant): where the index answers, it names whom comparing every
// pair names. The surnames come from a few letters, some longer than
// maxPrefix, and the words are surnames changed by an edit or two, cut
// short or made longer.
func TestBestIndexedDirect(t *testing.T) {
	defer func(n int) { indexFrom = n }(indexFrom)
	indexFrom = 0
	rng := rand.New(rand.NewPCG(5, 9))
	long := strings.Repeat("el", 31)
	name := func() string {
		b := []byte("Ha")
		for range 2 + rng.IntN(3) {
			b = append(b, "aelnos"[rng.IntN(6)])
		}
		s := string(b) + []string{"son", "sen", ""}[rng.IntN(3)]
		if rng.IntN(4) == 0 {
			s += long
		}
		return s
	}
	answered, checked := 0, 0
	for round := range 40 {
		sc := new(scratch)
		var names []string
		for x := range 30 + round*5 {
			n := name()
			names = append(names, n)
			sc.people = append(sc.people, person{Entity: &entities.Entity{Name: "Anna " + n, Surname: n}, first: x * 100})
		}
		sc.indexEdges()
		for range 60 {
			w := names[rng.IntN(len(names))]
			switch rng.IntN(5) {
			case 0: // one letter changed
				i := 2 + rng.IntN(len(w)-2)
				w = w[:i] + string("aeiou"[rng.IntN(5)]) + w[i+1:]
			case 1: // cut short
				w = w[:len(w)-1-rng.IntN(3)]
			case 2: // made longer
				w += []string{"e", "ite", "s"}[rng.IntN(3)]
			case 3: // two edits
				w = "Ho" + w[2:len(w)-1]
			default:
				w = name()
			}
			ranges, count := sc.nearRanges(w)
			if count == 0 {
				continue
			}
			start := rng.IntN(len(names) * 100)
			fw := sc.text(sc.fold(w))
			want := sc.bestNear(sc.listNear(ranges), fw, start, 0.6)
			got, ok := sc.bestIndexed(count, fw, start, 0.6)
			checked++
			if !ok {
				continue
			}
			answered++
			if got != want {
				t.Errorf("%q at %d: the index names %s, every pair %s", w, start, nameOf(got), nameOf(want))
			}
		}
	}
	if answered < checked/3 {
		t.Errorf("the index answered %d of %d words", answered, checked)
	}
}

func nameOf(e *entities.Entity) string {
	if e == nil {
		return "nobody"
	}
	return e.Name
}
