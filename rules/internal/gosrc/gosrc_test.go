package gosrc

import (
	"bytes"
	"fmt"
	"go/format"
	"testing"
)

func TestWriteNumbersIsGofmtLayout(t *testing.T) {
	for _, n := range []int{1, 5, 12, 13} {
		var b bytes.Buffer
		b.WriteString("package p\n\nvar x = [...]int{\n")
		WriteNumbers(&b, n, 4, func(i int) string { return fmt.Sprint(i * 7) })
		b.WriteString("}\n")
		got, err := format.Source(b.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, b.Bytes()) {
			t.Errorf("n=%d: gofmt changes the output:\n%s", n, b.Bytes())
		}
	}
}
