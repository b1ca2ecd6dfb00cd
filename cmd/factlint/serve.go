package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
	"github.com/factlint/factlint/server"
)

func init() {
	register("serve", "run the HTTP service for a CMS: factlint serve --addr 127.0.0.1:8080", runServe)
}

func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "serve [--addr HOST:PORT] [flags]", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on this `address`")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "request body limit in `bytes` (413 beyond)")
	maxInFlight := fs.Int("max-in-flight", server.DefaultMaxInFlight(), "requests admitted at once, waiting or linting (429 beyond)")
	maxFindings := fs.Int("max-findings-per-rule", lint.DefaultMaxFindingsPerRule, "report at most `n` findings of one rule in one article; a request's config may ask for fewer, not for more or for no limit (0)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "requests linted at the same time (the others wait their turn)")
	timeout := fs.Duration("timeout", server.DefaultRequestTimeout, "deadline for linting one request (503 beyond)")
	readHeader := fs.Duration("read-header-timeout", server.DefaultReadHeaderTimeout, "time a client has to send its headers")
	read := fs.Duration("read-timeout", server.DefaultReadTimeout, "time a client has to send its whole request")
	write := fs.Duration("write-timeout", server.DefaultWriteTimeout, "time to write a response")
	shutdown := fs.Duration("shutdown-timeout", server.DefaultShutdownTimeout, "on SIGTERM, time left to requests in progress")
	logFormat := fs.String("log-format", "json", "log `format` on stderr: json or text")
	logLevel := fs.String("log-level", "info", "log `level`: debug, info, warn, error")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "factlint serve takes no arguments")
		return 2
	}
	if *maxFindings < 1 {
		fmt.Fprintf(stderr, "factlint serve: --max-findings-per-rule must be 1 or more (the service always has a limit), not %d\n", *maxFindings)
		return 2
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(stderr, "factlint serve: --log-level: %v\n", err)
		return 2
	}
	hopts := &slog.HandlerOptions{Level: level}
	var logger *slog.Logger
	switch *logFormat {
	case "json":
		logger = slog.New(slog.NewJSONHandler(stderr, hopts))
	case "text":
		logger = slog.New(slog.NewTextHandler(stderr, hopts))
	default:
		fmt.Fprintf(stderr, "factlint serve: --log-format must be json or text, not %q\n", *logFormat)
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "factlint serve: %v\n", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM)
	defer stop()
	err = server.Serve(ctx, ln, server.Options{
		Rules:              all.All(),
		Version:            versionString(),
		Logger:             logger,
		MaxBody:            *maxBody,
		MaxInFlight:        *maxInFlight,
		MaxFindingsPerRule: *maxFindings,
		Workers:            *workers,
		RequestTimeout:     *timeout,
		ReadHeaderTimeout:  *readHeader,
		ReadTimeout:        *read,
		WriteTimeout:       *write,
		ShutdownTimeout:    *shutdown,
	})
	if err != nil && !errors.Is(err, context.Canceled) {
		logger.Error("serve", "err", err)
		return 2
	}
	return 0
}
