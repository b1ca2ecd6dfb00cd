package scratch

import "testing"

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
