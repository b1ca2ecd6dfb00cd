// Package server is factlint's HTTP service for a newsroom's publishing
// pipeline: a CMS posts an article and gets back the findings (the same
// objects as `factlint --format json`) and the text with the safe fixes
// applied.
//
//	POST /v1/lint   {"text"|"markdown"|"html": "...", "filename": "...", "config": {...} | "yaml"}
//	GET  /v1/rules  every rule: name, class, severity, fixable, summary, options, doc
//	GET  /healthz   {"status": "ok"}
//
// The handler never touches the file system: the article and its config
// arrive in the request. Every request is bounded: the body by MaxBody (413
// beyond it), the work by RequestTimeout (503), the number of requests being
// linted at once by MaxInFlight (429 when full), reading and writing by the
// http.Server timeouts that NewHTTPServer sets.
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/format"
)

// Defaults of Options.
const (
	DefaultMaxBody           = 2 << 20
	DefaultRequestTimeout    = 10 * time.Second
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultWriteTimeout      = 45 * time.Second
	DefaultIdleTimeout       = 120 * time.Second
	DefaultShutdownTimeout   = 15 * time.Second
)

// DefaultMaxInFlight is the default bound on requests linted at once.
func DefaultMaxInFlight() int { return 32 * runtime.GOMAXPROCS(0) }

// Options configure the service. Zero values take the defaults.
type Options struct {
	// Rules are the rules to run (required).
	Rules []*lint.Rule
	// ParseConfig turns the request's config (YAML or JSON bytes, as in a
	// .factlint.yml) into a Config (default: lint.ParseConfig against Rules).
	ParseConfig func(data []byte) (*lint.Config, error)
	// Version is reported by /healthz.
	Version string
	// Logger receives one structured line per request (nil: discard).
	Logger *slog.Logger

	MaxBody     int64 // request body limit in bytes (default 2 MiB)
	MaxInFlight int   // requests admitted at once, waiting or linting (default 32 × GOMAXPROCS); 429 beyond
	// MaxFindingsPerRule is the most findings of one rule in one article
	// (default lint.DefaultMaxFindingsPerRule): a request's config may ask
	// for fewer, but its 0 (no limit) or a larger number means this many.
	MaxFindingsPerRule int
	// Workers is how many requests are linted at the same time (default
	// GOMAXPROCS): linting is CPU-bound, so the others wait their turn in
	// order, which keeps the slowest answers close to the typical one.
	Workers int

	RequestTimeout time.Duration // deadline for linting one request (default 10 s)

	ReadHeaderTimeout time.Duration // default 5 s
	ReadTimeout       time.Duration // whole request, body included (default 30 s)
	WriteTimeout      time.Duration // from the end of the headers to the end of the answer (default 45 s)
	IdleTimeout       time.Duration // keep-alive (default 120 s)
	ShutdownTimeout   time.Duration // graceful shutdown (default 15 s)

	// testHookLint, when set, runs inside the in-flight slot before linting
	// (tests use it to hold slots).
	testHookLint func()
}

func (o *Options) defaults() {
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = DefaultMaxInFlight()
	}
	if o.MaxFindingsPerRule <= 0 {
		o.MaxFindingsPerRule = lint.DefaultMaxFindingsPerRule
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = DefaultRequestTimeout
	}
	if o.ReadHeaderTimeout <= 0 {
		o.ReadHeaderTimeout = DefaultReadHeaderTimeout
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = DefaultReadTimeout
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = DefaultWriteTimeout
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = DefaultIdleTimeout
	}
	if o.ShutdownTimeout <= 0 {
		o.ShutdownTimeout = DefaultShutdownTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.ParseConfig == nil {
		rules := o.Rules
		o.ParseConfig = func(data []byte) (*lint.Config, error) { return lint.ParseConfig("config", data, rules) }
	}
}

// Service is the HTTP handler of the service.
type Service struct {
	opts     Options
	mux      *http.ServeMux
	slots    chan struct{} // admitted requests (MaxInFlight)
	workers  chan struct{} // requests being linted (Workers)
	rules    []byte        // the /v1/rules body, computed once
	inFlight atomic.Int64
}

// New returns the service's handler.
func New(opts Options) *Service {
	opts.defaults()
	s := &Service{opts: opts, mux: http.NewServeMux(), slots: make(chan struct{}, opts.MaxInFlight), workers: make(chan struct{}, opts.Workers)}
	s.rules = rulesBody(opts.Rules)
	s.mux.HandleFunc("POST /v1/lint", s.handleLint)
	s.mux.HandleFunc("GET /v1/rules", s.handleRules)
	s.mux.HandleFunc("GET /healthz", s.handleHealth)
	allowed := map[string]string{"/v1/lint": "POST", "/v1/rules": "GET, HEAD", "/healthz": "GET, HEAD"}
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if a, ok := allowed[r.URL.Path]; ok {
			w.Header().Set("Allow", a)
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: method not allowed (allowed: %s)", r.Method, r.URL.Path, a))
			return
		}
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path+" (try POST /v1/lint, GET /v1/rules, GET /healthz)")
	})
	return s
}

// NewHTTPServer wraps the service in an http.Server with the timeouts of
// opts: a client that trickles its headers or body cannot hold a
// connection longer than ReadHeaderTimeout / ReadTimeout.
func NewHTTPServer(addr string, opts Options) *http.Server {
	s := New(opts)
	o := s.opts
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: o.ReadHeaderTimeout,
		ReadTimeout:       o.ReadTimeout,
		WriteTimeout:      o.WriteTimeout,
		IdleTimeout:       o.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(o.Logger.Handler(), slog.LevelWarn),
	}
}

// Serve runs the service on ln until ctx is done (SIGTERM in the command),
// then shuts down gracefully: it stops accepting, lets requests in progress
// finish (at most ShutdownTimeout) and returns.
func Serve(ctx context.Context, ln net.Listener, opts Options) error {
	opts.defaults()
	srv := NewHTTPServer(ln.Addr().String(), opts)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	opts.Logger.Info("listening", "addr", ln.Addr().String(), "max_body", opts.MaxBody, "max_in_flight", opts.MaxInFlight, "max_findings_per_rule", opts.MaxFindingsPerRule)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	opts.Logger.Info("shutting down", "timeout", opts.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), opts.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	opts.Logger.Info("stopped")
	return nil
}

// statusWriter records the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// ServeHTTP routes the request, recovers from panics (500, never a dropped
// connection) and logs one line per request.
func (s *Service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.opts.Logger.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if sw.status == 0 {
				writeError(sw, http.StatusInternalServerError, "internal error")
			}
		}
		level := slog.LevelInfo
		if sw.status >= 500 {
			level = slog.LevelError
		}
		s.opts.Logger.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", sw.status), slog.Int("bytes", sw.bytes),
			slog.Int64("duration_us", time.Since(start).Microseconds()),
			slog.String("remote", r.RemoteAddr))
	}()
	s.mux.ServeHTTP(sw, r)
}

// LintRequest is the body of POST /v1/lint. Exactly one of Text, Markdown
// and HTML is set.
type LintRequest struct {
	Text     *string `json:"text,omitempty"`
	Markdown *string `json:"markdown,omitempty"`
	HTML     *string `json:"html,omitempty"`
	// Filename is the name printed in the diagnostics ("article.md"); its
	// extension does not change the format, which the field name decides.
	Filename string `json:"filename,omitempty"`
	// Config is a .factlint.yml given inline: a JSON object, or a string
	// holding YAML.
	Config json.RawMessage `json:"config,omitempty"`
}

// LintResponse is the answer to POST /v1/lint.
type LintResponse struct {
	Diagnostics []format.JSONDiagnostic `json:"diagnostics"`
	// Fixed is the article with the safe fixes of Diagnostics applied
	// (equal to the input when there is nothing to fix).
	Fixed string `json:"fixed"`
}

type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{Error: msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":"cannot encode the response"}` + "\n")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes()) // a client that went away is not an error of ours
}

func (s *Service) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"status":    "ok",
		"version":   s.opts.Version,
		"in_flight": s.inFlight.Load(),
		"rules":     len(s.opts.Rules),
	})
}

// RuleInfo is one rule in GET /v1/rules.
type RuleInfo struct {
	Name     string       `json:"name"`
	Class    string       `json:"class"`
	Severity string       `json:"severity"`
	Fixable  bool         `json:"fixable"`
	Summary  string       `json:"summary"`
	Options  []OptionInfo `json:"options"`
	Doc      string       `json:"doc"`
}

// OptionInfo is one option of a rule.
type OptionInfo struct {
	Name    string `json:"name"`
	Default any    `json:"default"`
	Doc     string `json:"doc"`
}

func rulesBody(rules []*lint.Rule) []byte {
	out := []RuleInfo{}
	for _, r := range rules {
		if r.ResultOnly {
			continue
		}
		ri := RuleInfo{Name: r.Name, Class: r.Class(), Severity: r.Severity.String(), Fixable: r.Fixable,
			Summary: r.Summary, Doc: r.Doc, Options: []OptionInfo{}}
		for _, o := range r.Options {
			ri.Options = append(ri.Options, OptionInfo{Name: o.Name, Default: o.Default, Doc: o.Doc})
		}
		out = append(out, ri)
	}
	b, err := json.Marshal(map[string]any{"rules": out})
	if err != nil {
		b = []byte(`{"rules":[]}`)
	}
	return append(b, '\n')
}

func (s *Service) handleRules(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(s.rules)
}

// handleLint reads and checks the request first (no slot is held while a
// slow client sends its body), then takes an in-flight slot or answers 429,
// then lints under the request deadline.
func (s *Service) handleLint(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(strings.ToLower(ct), "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "Content-Type must be application/json")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over the limit of %d bytes", mbe.Limit))
			return
		}
		writeError(w, http.StatusBadRequest, "cannot read the request body: "+err.Error())
		return
	}
	in, status, err := s.decode(body)
	if err != nil {
		writeError(w, status, err.Error())
		return
	}

	select {
	case s.slots <- struct{}{}:
	default:
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("server busy: %d requests in flight; retry later", cap(s.slots)))
		return
	}
	s.inFlight.Add(1)
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
	defer cancel()

	// The lint runs in its own goroutine so that the deadline can answer
	// for it; the slot is released only when the work has really ended, so
	// abandoned work still counts against MaxInFlight. A request waits for
	// a worker in arrival order (a channel's waiting senders are a queue);
	// one whose deadline passes while it waits gives up without linting.
	// The worker and the slot are handed back before the outcome is
	// delivered, so a client that sends its next request as soon as it
	// has an answer finds its slot free.
	done := make(chan lintOutcome, 1)
	go func() {
		released := false
		release := func() {
			if !released {
				released = true
				s.inFlight.Add(-1)
				<-s.slots
			}
		}
		defer release()
		select {
		case s.workers <- struct{}{}:
		case <-ctx.Done():
			return
		}
		out := func() lintOutcome {
			defer func() { <-s.workers }()
			return s.lint(in)
		}()
		release()
		done <- out
	}()
	select {
	case out := <-done:
		if out.err != nil {
			writeError(w, out.status, out.err.Error())
			return
		}
		writeJSON(w, http.StatusOK, out.resp)
	case <-ctx.Done():
		if r.Context().Err() != nil {
			return // the client went away
		}
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("linting took longer than the deadline of %s", s.opts.RequestTimeout))
	}
}

// input is a decoded, validated request.
type input struct {
	path   string
	src    []byte
	format lint.Format
	cfg    *lint.Config
}

func (s *Service) decode(body []byte) (*input, int, error) {
	bad := http.StatusBadRequest
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, bad, errors.New(`empty body: send a JSON object such as {"text": "...", "filename": "story.txt"}`)
	}
	var req LintRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return nil, bad, fmt.Errorf("malformed JSON: %s", jsonErrorMessage(body, err))
	}
	if dec.More() {
		return nil, bad, errors.New("malformed JSON: more than one value in the body")
	}
	in := &input{}
	n := 0
	for _, f := range []struct {
		v      *string
		format lint.Format
		name   string
	}{{req.Text, lint.FormatText, "article.txt"}, {req.Markdown, lint.FormatMarkdown, "article.md"}, {req.HTML, lint.FormatHTML, "article.html"}} {
		if f.v != nil {
			n++
			in.src, in.format, in.path = []byte(*f.v), f.format, f.name
		}
	}
	if n != 1 {
		return nil, bad, errors.New(`give exactly one of "text", "markdown" and "html"`)
	}
	if req.Filename != "" {
		if len(req.Filename) > 1024 || strings.ContainsAny(req.Filename, "\x00\r\n") {
			return nil, bad, errors.New(`"filename" must be one line of at most 1024 bytes`)
		}
		in.path = req.Filename
	}
	if len(req.Config) > 0 && !bytes.Equal(req.Config, []byte("null")) {
		cfg, err := s.parseConfig(req.Config)
		if err != nil {
			return nil, bad, fmt.Errorf("config: %v", err)
		}
		in.cfg = cfg
	}
	if n := in.cfg.FindingLimit(); n == 0 || n > s.opts.MaxFindingsPerRule {
		in.cfg = in.cfg.WithFindingLimit(s.opts.MaxFindingsPerRule)
	}
	return in, 0, nil
}

func (s *Service) parseConfig(raw json.RawMessage) (cfg *lint.Config, err error) {
	data := []byte(raw)
	switch raw[0] {
	case '"':
		var str string
		if err := json.Unmarshal(raw, &str); err != nil {
			return nil, err
		}
		data = []byte(str)
	case '{':
		// JSON is YAML: the object is read as a .factlint.yml.
	default:
		return nil, errors.New("want an object or a string of YAML")
	}
	defer func() {
		if v := recover(); v != nil {
			cfg, err = nil, fmt.Errorf("internal error reading the config: %v", v)
		}
	}()
	return s.opts.ParseConfig(data)
}

// jsonErrorMessage says where a JSON syntax error is, as line:column.
func jsonErrorMessage(body []byte, err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var off int64 = -1
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "unexpected end of the body"
	}
	if off < 0 || off > int64(len(body)) {
		return err.Error()
	}
	p := lint.NewLineTable(body).Position(int(off), lint.CodePoints)
	return fmt.Sprintf("%v (line %d, column %d)", err, p.Line, p.Column)
}

type lintOutcome struct {
	resp   *LintResponse
	status int
	err    error
}

// lint parses and checks the article and applies its safe fixes. It never
// panics: a panic becomes a 500.
func (s *Service) lint(in *input) (out lintOutcome) {
	defer func() {
		if v := recover(); v != nil {
			s.opts.Logger.Error("panic while linting", "path", in.path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			out = lintOutcome{status: http.StatusInternalServerError, err: errors.New("internal error while linting")}
		}
	}()
	if s.opts.testHookLint != nil {
		s.opts.testHookLint()
	}
	resp, err := LintBytes(in.path, in.src, in.format, s.opts.Rules, in.cfg)
	if err != nil {
		return lintOutcome{status: http.StatusUnprocessableEntity, err: err}
	}
	return lintOutcome{resp: resp}
}

// LintBytes lints one article held in memory and returns the findings and
// the text with their safe fixes applied. An empty article has no findings.
// Input the readers refuse (binary, invalid UTF-8) is an error.
func LintBytes(path string, src []byte, f lint.Format, rules []*lint.Rule, cfg *lint.Config) (*LintResponse, error) {
	resp := &LintResponse{Diagnostics: []format.JSONDiagnostic{}, Fixed: string(src)}
	doc, err := lint.Parse(path, src, f)
	if errors.Is(err, lint.ErrEmpty) {
		return resp, nil
	}
	if err != nil {
		return nil, err
	}
	defer doc.Release() // the response needs the source and line table, not the tokens
	diags, err := lint.Check(doc, rules, cfg)
	if err != nil && len(diags) == 0 {
		return nil, err
	}
	resp.Diagnostics = format.JSONDiagnostics(&lint.FileResult{Path: path, Doc: doc, Diags: diags})
	// The safe fixes of exactly the diagnostics returned (when two overlap,
	// the first in order; linting the fixed text again offers the other).
	// One round, not --fix's rounds to a fixed point: the answer stays
	// consistent with its own diagnostics, and it costs one lint, not two.
	if edits := lint.FixEdits(diags, false); len(edits) > 0 {
		if fixed, err := lint.ApplyEdits(src, edits); err == nil {
			resp.Fixed = string(fixed)
		}
	}
	return resp, nil
}
