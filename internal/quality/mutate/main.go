// Command mutate is factlint's mutation harness: it plants new errors of
// every class, in ways the dev gold does not already use where possible,
// into copies of the clean dev articles (../shared/corpus/dev/clean, read at
// run time), lints the copies and the originals in-process, scores them as
// ../shared/corpus/score.py does and prints recall and precision per class
// and per kind of plant.
//
//	go run ./internal/quality/mutate [-seed N] [-out DIR] [-classes a,b] [-kinds k1,k2] [-n N] [-style bbc|us] [-format txt|md|html|wrap] [-dev DIR]
//
// Each mutated copy holds one planted error. OUT becomes an evaluation set
// (articles/CLASS--NAME.txt, clean/CLASS--NAME.txt, gold.jsonl with an extra
// "kind" field), so score.py can also be run on it. The missed plants, each
// with its sentence, go to OUT/misses-CLASS.txt, the false alarms to
// OUT/fps-CLASS.txt.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/internal/quality/corpus"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("mutate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	seed := fl.Uint64("seed", 1, "seed of the planting (the same seed plants the same errors)")
	out := fl.String("out", filepath.Join(os.TempDir(), "factlint-mutate"), "folder for the planted set, the misses and the false alarms")
	classes := fl.String("classes", strings.Join(Classes, ","), "classes to plant, comma-separated")
	kindList := fl.String("kinds", "", "only these kinds of plant, comma-separated (see the per-kind table)")
	n := fl.Int("n", 0, "at most this many copies per class (0: one per article where the class can be planted)")
	style := fl.String("style", "bbc", "house style the clean articles are rewritten in before planting: bbc (as they are) or us (American spelling, U.S., Mr.)")
	format := fl.String("format", "txt", "file format the articles are written in before planting: txt, md (# Headline), html (<h1>, <p>) or wrap (paragraphs hard-wrapped at 72 columns)")
	dev := fl.String("dev", "", "the set whose clean/ articles are mutated (default ../shared/corpus/dev, found upwards)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *dev == "" {
		d, ok := corpus.Dev()
		if !ok {
			fmt.Fprintln(stdout, "mutate: no ../shared/corpus/dev above the working directory; nothing to plant into")
			return 0
		}
		*dev = d
	}
	var cls []string
	for _, c := range strings.Split(*classes, ",") {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if Mutators[c] == nil {
			fmt.Fprintf(stderr, "mutate: unknown class %q (classes: %s)\n", c, strings.Join(Classes, ","))
			return 2
		}
		cls = append(cls, c)
	}
	kinds := map[string]bool{}
	for _, k := range strings.Split(*kindList, ",") {
		if k = strings.TrimSpace(k); k != "" {
			kinds[k] = true
		}
	}
	arts, err := ReadArticles(filepath.Join(*dev, "clean"))
	if err != nil {
		fmt.Fprintf(stderr, "mutate: %v\n", err)
		return 2
	}
	data := LoadData()
	data.Style = *style
	if arts, err = ApplyStyle(arts, *style, data); err != nil {
		fmt.Fprintf(stderr, "mutate: %v\n", err)
		return 2
	}
	if arts, err = ApplyFormat(arts, *format); err != nil {
		fmt.Fprintf(stderr, "mutate: %v\n", err)
		return 2
	}
	copies := PlantAll(arts, cls, kinds, *seed, *n, data)
	if err := WriteSet(*out, copies); err != nil {
		fmt.Fprintf(stderr, "mutate: %v\n", err)
		return 2
	}
	res, err := Evaluate(*out, copies, cls)
	if err != nil {
		fmt.Fprintf(stderr, "mutate: %v\n", err)
		return 2
	}
	res.Print(stdout, cls)
	if err := res.WriteMisses(*out, cls); err != nil {
		fmt.Fprintf(stderr, "mutate: %v\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "\n%d copies planted from %d articles (seed %d); set, misses-CLASS.txt and fps-CLASS.txt in %s\n", len(copies), len(arts), *seed, *out)
	return 0
}
