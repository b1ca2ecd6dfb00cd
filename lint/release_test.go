package lint

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// A document parsed into released storage has exactly the tokens of one
// parsed into fresh storage: no field of an earlier token survives.
func TestReleaseReusesStorageCleanly(t *testing.T) {
	long := []byte("Mr Brown said the U.S. firm would hire 1,000 people. \"We are proud,\" he said.\n\nShe left on 6 November.\n")
	short := []byte("Short one.\n\nAnother paragraph with words.\n")
	fresh, err := Parse("b.txt", short, FormatText)
	if err != nil {
		t.Fatal(err)
	}
	want := append([]Token(nil), fresh.Tokens...)
	for i := 0; i < 20; i++ { // the pool may drop items: try a few times
		a, err := Parse("a.txt", long, FormatText)
		if err != nil {
			t.Fatal(err)
		}
		a.Release()
		if a.Tokens != nil || len(a.BlockTokens(0)) != 0 {
			t.Fatal("a released document still has tokens")
		}
		a.Release() // twice is harmless
		b, err := Parse("b.txt", short, FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Tokens, want) {
			t.Fatalf("tokens after reuse differ:\n got %+v\nwant %+v", b.Tokens, want)
		}
		b.Release()
	}
	var nilDoc *Document
	nilDoc.Release()
}

// A storage with room for many more tokens than a document needs is not
// reused for it (its memory goes back to the collector), unless the room
// is at most smallStorageTokens.
func TestStorageSized(t *testing.T) {
	small := &storage{tokens: make([]Token, 0, smallStorageTokens)}
	big := &storage{tokens: make([]Token, 0, smallStorageTokens+1)}
	for _, c := range []struct {
		st   *storage
		size int
		want bool
	}{
		{small, 0, true},
		{small, 100, true},
		{big, 100, false},
		{big, smallStorageTokens, false},
		{big, smallStorageTokens + 1, true},
		{big, 10 << 20, true},
	} {
		if got := c.st.sized(c.size); got != c.want {
			t.Errorf("storage of %d tokens sized(%d) = %v, want %v", cap(c.st.tokens), c.size, got, c.want)
		}
	}
}

// The storage of a document with more than smallStorageTokens tokens is
// reused by the next document of that size (a large file parsed again and
// again), not allocated and cleared afresh each time.
func TestReleaseReusesLargeStorage(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 5 MB")
	}
	src := []byte(strings.Repeat("The council said it would look again at the plans. ", 100_000))
	// A sync.Pool keeps an item in its processor's own slot, and the race
	// detector makes it drop a quarter of them: one processor, and a few
	// tries (with -race one run in eight failed after five).
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for i := 0; i < 12; i++ {
		a, err := Parse("a.txt", src, FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if cap(a.Tokens) <= smallStorageTokens {
			t.Fatalf("%d tokens of room: the test needs more than %d", cap(a.Tokens), smallStorageTokens)
		}
		first := &a.Tokens[:1][0]
		a.Release()
		b, err := Parse("b.txt", src, FormatText)
		if err != nil {
			t.Fatal(err)
		}
		reused := &b.Tokens[:1][0] == first
		b.Release()
		if reused {
			return
		}
	}
	t.Fatal("a large document's token storage was never reused")
}

// The storage of a document with more than smallStorageTokens tokens
// waits for the next document that long on any goroutine, and a short
// document parsed in between neither takes it nor drops it (from a
// sync.Pool it took it, found it too large and dropped it).
func TestLargeStorageOutlivesShortDocuments(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 5 MB")
	}
	checkStorageOutlives(t, []byte("Short one.\n\nAnother paragraph with words.\n"))
}

// A document of more than smallStorageTokens bytes whose storage the
// large one's is too big for (sized: more room for tokens than it has
// bytes) leaves that storage where it is, for the next document that
// long: it took it from bigStorage and dropped it, so that a 1.1 MB
// article between two of 5 MB made the second allocate its storage afresh.
func TestLargeStorageOutlivesMiddleDocuments(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 5 MB")
	}
	mid := []byte(strings.Repeat(largeSentence, 22_000))
	if room := cap(parseForTest(t, largeSource()).Tokens); len(mid) <= smallStorageTokens || room <= len(mid) {
		t.Fatalf("%d bytes between, room for %d tokens: the test no longer tests a storage too big for the document between", len(mid), room)
	}
	checkStorageOutlives(t, mid)
}

// largeSentence, repeated 100,000 times (largeSource), is a document of
// 5 MB whose storage has room for more than smallStorageTokens tokens.
const largeSentence = "The council said it would look again at the plans. "

func largeSource() []byte { return []byte(strings.Repeat(largeSentence, 100_000)) }

func parseForTest(t *testing.T, src []byte) *Document {
	t.Helper()
	d, err := Parse("a.txt", src, FormatText)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// checkStorageOutlives parses the large document, releases it, parses
// between (which must not take its storage), and checks that the large
// document parsed again on another goroutine reuses the storage. A value
// waits two collections, so it tries again should two fall in between.
func checkStorageOutlives(t *testing.T, between []byte) {
	t.Helper()
	src := largeSource()
	for range 3 {
		a := parseForTest(t, src)
		first := &a.Tokens[:1][0]
		a.Release()
		m := parseForTest(t, between)
		if &m.Tokens[:1][0] == first {
			t.Fatalf("a document of %d bytes took the storage of a document of %d", len(between), len(src))
		}
		m.Release()
		done := make(chan bool)
		go func() {
			b, err := Parse("a.txt", src, FormatText)
			done <- err == nil && &b.Tokens[:1][0] == first
			b.Release()
		}()
		if <-done {
			return
		}
	}
	t.Fatalf("the large document after one of %d bytes did not reuse the storage of the large one before it", len(between))
}

// TestDenseInputGrowsOnce parses inputs denser than news copy (initials:
// three tokens in four bytes; one-word sentences; one-word lines) and one
// sparser, and checks that the tokens, sentences and lines are not copied
// at every quarter more (append's growth, which allocated five times the
// final tokens and held two copies at once) and that the room for tokens
// fits the input: reserveSample and grown extrapolate from what the
// document gave so far.
func TestDenseInputGrowsOnce(t *testing.T) {
	for _, tc := range []struct{ name, unit string }{
		{"initials", "J. K. "},
		{"sentences", "Wxyz. "},
		{"lines", "wx\n"},
		// Sparse: a text of long words gets no room for short ones.
		{"long words", "Supercalifragilistic "},
	} {
		src := []byte(strings.Repeat(tc.unit, (4<<20)/len(tc.unit)))
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		d, err := Parse(tc.name, src, FormatText)
		if err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		final := cap(d.Tokens)*int(unsafe.Sizeof(Token{})) + cap(d.Sentences)*int(unsafe.Sizeof(Sentence{}))
		// Besides: Src, Text, the reserve made before the input proved
		// dense, the plain-text reader's lines (32 bytes each) and line
		// table: up to 16 bytes for each byte of input.
		if got := int(after.TotalAlloc - before.TotalAlloc); got > 2*final+16*len(src) {
			t.Errorf("%s: parsing allocated %d MB for %d MB of tokens and sentences", tc.name, got>>20, final>>20)
		}
		if len(d.Tokens) == 0 || cap(d.Tokens) > len(d.Tokens)+len(d.Tokens)/4+8 {
			t.Errorf("%s: room for %d tokens, %d used", tc.name, cap(d.Tokens), len(d.Tokens))
		}
	}
}
