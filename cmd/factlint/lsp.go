package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/factlint/factlint/lsp"
	"github.com/factlint/factlint/rules/all"
)

func init() {
	register("lsp", "run the language server on standard input and output (for editors)", runLSP)
}

func runLSP(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("lsp", "lsp [--debounce 300ms] [--log FILE]", stderr)
	debounce := fs.Duration("debounce", lsp.DefaultDebounce, "wait this long after the last change before linting again")
	logPath := fs.String("log", "", "append the server's log to this `file` (default: warnings on stderr)")
	fs.Bool("stdio", true, "speak over standard input and output (the only transport; accepted for clients that pass it)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "factlint lsp takes no arguments")
		return 2
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if *logPath != "" {
		f, err := os.OpenFile(*logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			fmt.Fprintf(stderr, "factlint lsp: %v\n", err)
			return 2
		}
		defer f.Close()
		logger = slog.New(slog.NewTextHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	err := lsp.Serve(ctx, stdin, stdout, lsp.Options{
		Rules:    all.All(),
		Debounce: *debounce,
		Version:  versionString(),
		Logger:   logger,
	})
	if err != nil {
		logger.Error("lsp", "err", err)
		return 1
	}
	return 0
}
