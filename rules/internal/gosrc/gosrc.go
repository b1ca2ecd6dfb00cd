// Package gosrc holds what the table generators (the lexicon's places, the
// VarCon table) share to write Go source that gofmt leaves as it is.
package gosrc

import "bytes"

// WriteNumbers writes n numbers, per to a line, as gofmt lays them out in
// a composite literal: a tab, then each number followed by a comma, the
// numbers of a line separated by a space.
func WriteNumbers(b *bytes.Buffer, n, per int, num func(int) string) {
	for i := 0; i < n; i += per {
		b.WriteByte('\t')
		for j := i; j < min(i+per, n); j++ {
			if j > i {
				b.WriteByte(' ')
			}
			b.WriteString(num(j))
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
}
