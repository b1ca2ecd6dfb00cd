// Package all is the registry of factlint's rules. Each file of this package
// registers one class's rules; All returns them sorted by name.
package all

import (
	"sort"

	"github.com/factlint/factlint/lint"
)

var registry []*lint.Rule

func register(rules ...*lint.Rule) { registry = append(registry, rules...) }

// All returns every rule, sorted by name.
func All() []*lint.Rule {
	out := append([]*lint.Rule(nil), registry...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Lookup returns the rule with the given name, or nil.
func Lookup(name string) *lint.Rule {
	for _, r := range registry {
		if r.Name == name {
			return r
		}
	}
	return nil
}
