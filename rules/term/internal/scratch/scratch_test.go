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
