package keyindex

import (
	"fmt"
	"strings"
	"testing"
)

func TestTableFinds(t *testing.T) {
	var sb strings.Builder
	want := map[string]string{}
	for i := range 3000 {
		k := fmt.Sprintf("w%dx", i*7)
		v := ""
		if i%3 == 0 {
			v = fmt.Sprint(i % 17)
			sb.WriteString(k + "\t" + v + "\n")
		} else {
			sb.WriteString(k + "\n")
		}
		want[k] = v
	}
	sb.WriteString("w0x\tlater\n\n") // a repeated key keeps its first line; empty lines are skipped
	list := sb.String()
	idx, err := Build(list)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(idx) / 4; n&(n-1) != 0 || 2*n < 3*len(want) {
		t.Fatalf("%d slots for %d keys: want a power of two, at least 1.5 a key", n, len(want))
	}
	tab := New(list, idx)
	for k, v := range want {
		if got, ok := tab.Find(k); !ok || got != v {
			t.Fatalf("Find(%q) = %q, %v; want %q", k, got, ok, v)
		}
	}
	for _, k := range []string{"", "w", "w0", "w0x\t", "w1x", "x0x", "w0xx"} {
		if _, ok := tab.Find(k); ok {
			t.Errorf("Find(%q) found a key the list lacks", k)
		}
	}
}

func TestBuildRefusesLongLists(t *testing.T) {
	if _, err := Build(strings.Repeat("a\n", offMask/2+1)); err == nil {
		t.Error("a list past 20-bit offsets was indexed")
	}
}
