package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
	"github.com/factlint/factlint/rules/model/entities"
)

func init() {
	register("entities", "print who is who in one article (the entity model the name rules read): factlint entities FILE", runEntities)
}

func runEntities(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("entities", "entities [--config FILE] [--stdin-filename NAME] FILE|-", stderr)
	config := fs.String("config", "", "use this config `file` instead of the nearest .factlint.yml")
	stdinName := fs.String("stdin-filename", "", "`name` of standard input (-); its extension chooses the format")
	maxSize := sizeFlag(lint.DefaultMaxSize)
	fs.Var(&maxSize, "max-size", "refuse files larger than `size`")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	path := fs.Arg(0)
	var src []byte
	name := path
	cfgPath := path
	if path == "-" {
		name, cfgPath = "<stdin>", "stdin.txt"
		if *stdinName != "" {
			name, cfgPath = *stdinName, *stdinName
		}
		b, err := io.ReadAll(io.LimitReader(stdin, int64(maxSize)+1))
		if err != nil {
			fmt.Fprintf(stderr, "%s: error: %v\n", name, lint.FileError(err))
			return 2
		}
		if int64(len(b)) > int64(maxSize) {
			fmt.Fprintf(stderr, "%s: error: larger than --max-size %s\n", name, lint.HumanSize(int64(maxSize)))
			return 2
		}
		src = b
	} else {
		b, _, err := lint.ReadFileLimit(path, int64(maxSize))
		if err != nil {
			fmt.Fprintf(stderr, "%s: error: %v\n", path, err)
			return 2
		}
		src = b
	}
	finder := &lint.ConfigFinder{Rules: all.All(), Explicit: *config}
	cfg, err := finder.For(filepath.Clean(cfgPath))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	doc, err := lint.Parse(name, src, lint.FormatOf(name))
	if err != nil {
		fmt.Fprintf(stderr, "%s: error: %v\n", name, err)
		return 2
	}
	if err := entities.Dump(stdout, doc, cfg); err != nil {
		fmt.Fprintf(stderr, "%s: error: %v\n", name, err)
		return 2
	}
	return 0
}
