// Package varcon holds the spelling-variant table that the spelling rules
// share: for each word whose spelling differs between American, British
// (-ise and -ize) , Canadian and Australian English, how acceptable it is in
// each and what the preferred spelling is instead. The table is derived from
// VarCon by gen/ (see NOTICE) and parsed once, on first use.
package varcon

//go:generate go run ./gen -varcon ../../../../../shared/data/spelling/varcon.txt -out table.tsv

import (
	_ "embed"
	"strings"
	"sync"
)

// Category is a spelling category of VarCon.
type Category int

const (
	American   Category = iota // A
	British                    // B: British with -ise
	BritishIZE                 // Z: British with -ize (Oxford)
	Canadian                   // C
	Australian                 // D
)

// Levels of acceptance.
const (
	Preferred = 0 // the preferred (or an equal) spelling
	Variant   = 1 // a variant (v)
	Seldom    = 2 // a seldom used variant (V)
	Possible  = 3 // a possible variant (-)
	Improper  = 4 // an improper variant (x)
	Absent    = 5 // not a spelling of the category
)

// Entry says how one spelling is accepted in each category.
type Entry struct {
	// Level is the acceptance of the word per category (most accepting
	// over all its senses).
	Level [5]uint8
	// Repl is the preferred spelling per category where the word is not
	// preferred ("" when it is, or when none is known).
	Repl [5]string
}

// Accepted reports whether the word is a preferred spelling in c.
func (e Entry) Accepted(c Category) bool { return e.Level[c] == Preferred }

//go:embed table.tsv
var tableData string

var table = sync.OnceValue(func() map[string]Entry {
	m := make(map[string]Entry, 13000)
	data := tableData
	for len(data) > 0 {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 || len(f[1]) != 5 {
			continue
		}
		var e Entry
		for k := 0; k < 5; k++ {
			e.Level[k] = f[1][k] - '0'
			e.Repl[k] = f[2+k]
		}
		m[f[0]] = e
	}
	return m
})

// Lookup returns the entry of a lower-case word.
func Lookup(word string) (Entry, bool) {
	e, ok := table()[word]
	return e, ok
}
