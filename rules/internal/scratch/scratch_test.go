package scratch

import (
	"bytes"
	"runtime/debug"
	"testing"

	"github.com/factlint/factlint/lint"
)

type buf struct{ b []int }

func TestPool(t *testing.T) {
	var p Pool[buf]
	x := p.Get()
	if x == nil || x.b != nil {
		t.Fatalf("first Get = %+v, want a zero value", x)
	}
	x.b = append(x.b, 1)
	p.Put(x, cap(x.b))
	// A pool may drop what it holds, so only a value it returns is checked.
	if y := p.Get(); y != x && y.b != nil {
		t.Errorf("Get returned a used value that is not the one put back: %+v", y)
	}
	big := &buf{b: make([]int, MaxPooled+1)}
	p.Put(big, len(big.b))
	for range 10 {
		if p.Get() == big {
			t.Fatal("a buffer over MaxPooled was pooled")
		}
	}
	// Nobody has asked GetFor of this pool, so nobody would take a long
	// document's buffer from its side for long documents: it is not kept.
	if p.big.Get() != nil {
		t.Error("a pool never asked GetFor kept a buffer over MaxPooled")
	}
}

func TestZeroed(t *testing.T) {
	b := Zeroed([]int(nil), 3)
	if len(b) != 3 || b[0] != 0 || b[2] != 0 {
		t.Fatalf("Zeroed(nil, 3) = %v", b)
	}
	b[1] = 7
	c := Zeroed(b, 2)
	if len(c) != 2 || c[1] != 0 || &c[0] != &b[0] {
		t.Errorf("Zeroed(b, 2) = %v, want [0 0] in b's storage", c)
	}
	if d := Zeroed(c, 10); len(d) != 10 || d[1] != 0 {
		t.Errorf("Zeroed(c, 10) = %v, want ten zeros", d)
	}
}

func TestResized(t *testing.T) {
	b := Resized([]int(nil), 3)
	if len(b) != 3 {
		t.Fatalf("Resized(nil, 3) = %v", b)
	}
	b[1] = 7
	c := Resized(b, 2)
	if len(c) != 2 || c[1] != 7 || &c[0] != &b[0] {
		t.Errorf("Resized(b, 2) = %v, want b's first two, in its storage", c)
	}
	if d := Resized(c, 10); len(d) != 10 {
		t.Errorf("Resized(c, 10) has length %d, want 10", len(d))
	}
}

// A buffer grown past MaxPooled serves GetFor a document that long, never
// Get or GetFor a shorter document, and one past MaxBigPooled serves none.
// The side for long documents drops a buffer only at collections, so the
// long document is asked to reuse it once in several tries.
func TestPoolLongDocuments(t *testing.T) {
	var p Pool[buf]
	long := &buf{b: make([]int, 0, MaxPooled+1)}
	reused := false
	for range 20 {
		p.Put(long, cap(long.b))
		if p.Get() == long || p.GetFor(1000) == long || p.GetFor(MaxPooled) == long {
			t.Fatal("a buffer grown past MaxPooled served a shorter document")
		}
		if p.GetFor(MaxPooled+1) == long {
			reused = true
		}
	}
	if !reused {
		t.Error("a buffer grown past MaxPooled never served the next long document")
	}
	// (The slice is never filled: make with a length past MaxBigPooled would
	// clear 64 MB for nothing, so its capacity is given as the size.)
	huge := &buf{}
	for range 20 {
		p.Put(huge, MaxBigPooled+1)
		if p.GetFor(MaxBigPooled+1) == huge {
			t.Fatal("a buffer grown past MaxBigPooled was pooled")
		}
	}
}

// A 10 MB article (lint.DefaultMaxSize, the largest file the runner
// reads) of news prose has more than MaxPooled tokens, so that its
// buffers go to the side for long documents, where its next check finds
// them on any processor. With MaxPooled at 2 million the scaling
// benchmark's 10 MB article (2.0 million tokens) kept them in the
// sync.Pool, where on two processors its next check seldom found them.
func TestTenMegabyteArticleIsLong(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 10 MB")
	}
	// (Words of five letters on average, a comma or a full stop every
	// eight words: about 5.2 bytes a token, as in the dev corpus.)
	const para = "The prime minister told reporters on Tuesday that the budget, " +
		"which parliament approved in March after a long debate, would be revised " +
		"before the summer. Officials in the finance ministry said the changes were " +
		"modest. \"We expect growth to slow,\" said Maria Lopez, an economist at the " +
		"central bank in Madrid.\n\n"
	src := bytes.Repeat([]byte(para), lint.DefaultMaxSize/len(para))
	doc, err := lint.Parse("long.txt", src, lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(doc.Tokens); n <= MaxPooled {
		t.Errorf("a %d-byte article has %d tokens, not more than MaxPooled (%d): its buffers would stay on the side for any document", len(src), n, MaxPooled)
	}
	t.Logf("%d bytes, %d tokens (%.2f bytes a token)", len(src), len(doc.Tokens), float64(len(src))/float64(len(doc.Tokens)))
}

// PutFor keeps a value by the length of its document: a small one put back
// for a document of more than MaxPooled elements serves GetFor a document
// that long and never a shorter one, one put back for a short document
// serves any document, and one grown past MaxBigPooled serves none.
func TestPutForLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	var p Pool[buf]
	x := &buf{b: make([]int, 0, 100)}
	reused := false
	for range 20 {
		p.PutFor(x, MaxPooled+1, cap(x.b))
		if p.Get() == x || p.GetFor(1000) == x || p.GetFor(MaxPooled) == x {
			t.Fatal("the buffer of a long document served a shorter document")
		}
		if p.GetFor(MaxPooled+1) == x {
			reused = true
		}
	}
	if !reused {
		t.Error("the buffer of a long document never served the next long document")
	}
	// A short document's goes to the side for any document (a sync.Pool
	// may drop it, so only the long side is asked).
	p.PutFor(x, 1000, cap(x.b))
	if p.big.Get() == x {
		t.Error("the buffer of a short document went to the side for long documents")
	}
	huge := &buf{}
	for range 20 {
		p.PutFor(huge, MaxPooled+1, MaxBigPooled+1)
		if p.GetFor(MaxPooled+1) == huge {
			t.Fatal("a buffer grown past MaxBigPooled was pooled")
		}
	}
}
