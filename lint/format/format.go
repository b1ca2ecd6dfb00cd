// Package format writes diagnostics in factlint's output formats. Every
// format is fed the same FileResults, one file at a time in output order, so
// output can stream as files finish.
package format

import (
	"io"
	"sort"

	"github.com/factlint/factlint/lint"
)

// Options tune a formatter.
type Options struct {
	Color   bool         // terminal colour (text format)
	Rules   []*lint.Rule // all registered rules, for formats that describe them (SARIF)
	Version string       // factlint's version, for formats that name the tool
}

// Formatter writes one output format.
type Formatter interface {
	// Begin is called once before the first file.
	Begin(w io.Writer) error
	// File is called for each file in output order. Files with Err set
	// are errors reported on stderr by the caller; formats may skip them.
	File(w io.Writer, r *lint.FileResult) error
	// End is called once after the last file.
	End(w io.Writer) error
}

// Factory makes a Formatter.
type Factory func(Options) Formatter

var formats = map[string]Factory{}

// Register adds a format; each format's file registers itself in init.
func Register(name string, f Factory) { formats[name] = f }

// Get returns the factory of a named format.
func Get(name string) (Factory, bool) { f, ok := formats[name]; return f, ok }

// Names lists the formats, sorted.
func Names() []string {
	var out []string
	for n := range formats {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
