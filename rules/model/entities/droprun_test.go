package entities

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/factlint/factlint/internal/difftest"
	"github.com/factlint/factlint/lint"
)

// TestDropRuns checks that a page of more names than a free builder keeps
// lets go of its runs once group is done, and that its model is the one
// built with the runs kept to the end (the passes after group do not read
// them), titles and all.
func TestDropRuns(t *testing.T) {
	page := "Defense Secretary Jim Mattis met Prime Minister Theresa May. " + namePage(maxPooledNames+1000) +
		" Mattis said Minister May agreed."
	doc, err := lint.Parse("page.txt", []byte(page), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	// The model with the runs kept to the end (the page has more of them
	// than dropRuns keeps), then with dropRuns after group.
	b := getBuilder(doc)
	var room bool
	want := DumpFull(doc, b.build(func(b *builder) {
		room = cap(b.names) > maxPooledNames && b.titles.len() > 0
	}))
	putBuilder(b)
	if !room {
		t.Fatal("the page has too few runs or no titles: dropRuns would keep them")
	}
	b = getBuilder(doc)
	var left string
	got := DumpFull(doc, b.build(func(b *builder) {
		b.dropRuns()
		if b.names != nil || b.titles.pages != nil || b.protos != nil || b.assigned != nil {
			left = fmt.Sprintf("dropRuns kept room for %d runs, %d titles, %d entities and %d assignments", cap(b.names), b.titles.len(), cap(b.protos), cap(b.assigned))
		}
	}))
	putBuilder(b)
	if left != "" {
		t.Error(left)
	}
	if got != want {
		t.Errorf("the model differs when the runs are let go after group:\n%s", difftest.First(want, got))
	}
	if got := DumpFull(doc, Build(doc, nil)); got != want {
		t.Errorf("Build's model differs from the one with the runs kept:\n%s", difftest.First(want, got))
	}
	if !strings.Contains(want, "Mattis") {
		t.Fatalf("the page lost its titled names:\n%.2000s", want)
	}
}

// longArticle is an article of more than maxPooledTokens tokens with a
// capital in about one token of nine, as in a long news story: sentences
// of 28 tokens, each with an invented place name among ordinary words.
func longArticle() string {
	names := strings.Fields(strings.NewReplacer("The ", "", " and ", " ", " met.", "").Replace(namePage(4096)))
	var sb strings.Builder
	for i := 0; sb.Len() < 5_300_000; i++ {
		sb.WriteString("The council in ")
		sb.WriteString(names[i%len(names)])
		sb.WriteString(" said on Tuesday that the new road to the old market would open next spring, and officials there agreed with the plan.")
		if i%6 == 5 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// TestKeepRuns checks that a long article of more names than a free
// builder keeps, whose runs take less than half its tokens' memory, keeps
// them past group and in the builder putBuilder hands to bigBuilders (the
// next long document does not allocate them again), and still has its
// names. (Nothing reads the runs after group, so the model is not built a
// second time with them let go to be compared: with two full dumps of a
// 5 MB article the test peaked at 700 MB.)
func TestKeepRuns(t *testing.T) {
	doc, err := lint.Parse("long.txt", []byte(longArticle()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	b := getBuilder(doc)
	var share float64
	var kept bool
	m := b.build(func(b *builder) {
		share = float64(b.runBytes()) / float64(len(b.toks)*int(unsafe.Sizeof(lint.Token{})))
		b.dropRuns()
		kept = cap(b.names) > maxPooledNames
	})
	if len(doc.Tokens) <= maxPooledTokens || share == 0 || share > 0.4 {
		t.Fatalf("the article has %d tokens, its runs take %.2f of their memory: not a long article of few names", len(doc.Tokens), share)
	}
	if !kept {
		t.Errorf("dropRuns let go of the runs of a long article (%.2f of its tokens' memory)", share)
	}
	if !slices.ContainsFunc(m.Entities, func(e *Entity) bool { return e.Name == "Bababa" }) {
		t.Fatalf("the article lost its names: %d entities", len(m.Entities))
	}
	putBuilder(b)
	if cap(b.names) <= maxPooledNames {
		t.Errorf("putBuilder let go of the runs of a long article: room for %d", cap(b.names))
	}
	runs := unsafe.SliceData(b.names)
	b2 := getBuilder(doc)
	if b2 == b { // (unless a collection dropped it)
		b2.build((*builder).dropRuns)
		if unsafe.SliceData(b2.names) != runs {
			t.Error("the next long article allocated its runs again")
		}
	}
	putBuilder(b2)
}

// TestKeepRunsBound checks keepRuns' bound on a builder given only room:
// the runs of a document of more than maxPooledTokens tokens are kept
// while they take at most half its tokens' memory, and those of a shorter
// one never (its builder lets them go when it is done).
func TestKeepRunsBound(t *testing.T) {
	run, tok := int(unsafe.Sizeof(nameRun{})), int(unsafe.Sizeof(lint.Token{}))
	for _, c := range []struct {
		toks  int
		share float64 // of the tokens' memory taken by the runs
		keep  bool
	}{
		{maxPooledTokens + 1, 0.35, true},
		{maxPooledTokens + 1, 0.49, true},
		{maxPooledTokens + 1, 0.51, false},
		{maxPooledTokens + 1, 1.2, false},
		{maxPooledTokens, 0.35, false},
	} {
		b := &builder{toks: make([]lint.Token, c.toks)}
		b.names = make([]nameRun, 0, int(c.share*float64(c.toks*tok))/run)
		if got := b.keepRuns(); got != c.keep {
			t.Errorf("%d tokens, runs %.2f of their memory: keepRuns %v, want %v", c.toks, c.share, got, c.keep)
		}
	}
}
