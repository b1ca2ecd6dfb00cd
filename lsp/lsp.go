// Package lsp is factlint's language server: `factlint lsp` speaks the
// Language Server Protocol over standard input and output so that any
// editor with an LSP client (Neovim, VS Code, Helix, Emacs, Vim with a
// plugin) shows findings as the reporter types.
//
// It publishes diagnostics when a document is opened, changed (debounced)
// and saved; offers each finding's fixes as quick-fix code actions (and all
// safe fixes at once as a source.fixAll action); shows the rule's doc on
// hover; counts columns in UTF-16 code units as the protocol requires, or
// in UTF-8 bytes (or code points) when the client offers "utf-8" (or
// "utf-32") in positionEncodings; and
// reloads .factlint.yml when it changes (on workspace/didChangeWatchedFiles,
// and on every lint by its modification time).
//
// The protocol's types and dispatch come from github.com/tliron/glsp; the
// transport is github.com/sourcegraph/jsonrpc2 (glsp's own), fed with the
// streams the caller gives, so the server runs on any pipe.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/factlint/factlint/lint"
)

// DefaultDebounce is how long the server waits after the last change before
// it lints a document again.
const DefaultDebounce = 300 * time.Millisecond

// Options configure the server.
type Options struct {
	// Rules are the rules to run (required).
	Rules []*lint.Rule
	// LoadConfig reads a config file (default: lint.LoadConfig against Rules).
	LoadConfig func(path string) (*lint.Config, error)
	// ConfigNames are the config file names looked for, walking up from a
	// document's folder (default lint.ConfigFileNames).
	ConfigNames []string
	// Debounce after a change (default DefaultDebounce).
	Debounce time.Duration
	// Version is reported in serverInfo.
	Version string
	// Logger receives the server's own log (nil: discard). Never stdout:
	// stdout is the protocol stream.
	Logger *slog.Logger
}

// Serve runs the language server on in and out until the client sends
// exit, the input ends, or ctx is done. It returns nil after a clean
// shutdown + exit, and an error otherwise (an exit without shutdown, a
// broken stream).
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) error {
	if opts.Debounce <= 0 {
		opts.Debounce = DefaultDebounce
	}
	if len(opts.ConfigNames) == 0 {
		opts.ConfigNames = lint.ConfigFileNames
	}
	if opts.LoadConfig == nil {
		rules := opts.Rules
		opts.LoadConfig = func(path string) (*lint.Config, error) { return lint.LoadConfig(path, rules) }
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	s := newServer(opts)
	defer s.stopTimers()

	stream := jsonrpc2.NewBufferedStream(&rwc{in: in, out: out}, jsonrpc2.VSCodeObjectCodec{})
	conn := jsonrpc2.NewConn(ctx, stream, jsonrpc2.HandlerWithError(s.handle))
	s.mu.Lock()
	s.conn = conn
	s.mu.Unlock()
	select {
	case <-conn.DisconnectNotify():
	case <-ctx.Done():
		conn.Close()
		return ctx.Err()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.exited && s.shutdown:
		return nil
	case s.exited:
		return errors.New("exit before shutdown")
	}
	return errors.New("the client closed the stream without exit")
}

// rwc joins the two streams; closing it closes whichever of them can be.
type rwc struct {
	in  io.Reader
	out io.Writer
}

func (r *rwc) Read(p []byte) (int, error)  { return r.in.Read(p) }
func (r *rwc) Write(p []byte) (int, error) { return r.out.Write(p) }
func (r *rwc) Close() error {
	var errs []error
	if c, ok := r.in.(io.Closer); ok {
		errs = append(errs, c.Close())
	}
	if c, ok := r.out.(io.Closer); ok {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// document is one open text document.
type document struct {
	uri     string
	path    string // file path, or "" for an unsaved buffer
	format  lint.Format
	version int32
	text    []byte
	lines   *lint.LineTable

	// The last lint, of the text at linted.
	linted    int32
	hasResult bool
	doc       *lint.Document
	diags     []lint.Diagnostic

	timer  *time.Timer
	lintMu sync.Mutex // one lint of this document at a time, published in order
}

type server struct {
	opts     Options
	handler  *protocol.Handler
	rulesBy  map[string]*lint.Rule
	configs  *configCache
	mu       sync.Mutex
	conn     *jsonrpc2.Conn
	docs     map[string]*document
	unit     lint.ColumnUnit
	encoding string
	roots    []string
	watchReg bool // the client registers file watchers dynamically
	shutdown bool
	exited   bool
}

func newServer(opts Options) *server {
	s := &server{opts: opts, docs: map[string]*document{}, unit: lint.UTF16, encoding: "utf-16",
		rulesBy: map[string]*lint.Rule{}}
	for _, r := range opts.Rules {
		s.rulesBy[r.Name] = r
	}
	s.configs = &configCache{names: opts.ConfigNames, load: opts.LoadConfig, entries: map[string]*configEntry{}}
	s.handler = &protocol.Handler{
		Initialize:                     s.initialize,
		Initialized:                    s.initialized,
		Shutdown:                       s.shutdownFn,
		SetTrace:                       func(*glsp.Context, *protocol.SetTraceParams) error { return nil },
		TextDocumentDidOpen:            s.didOpen,
		TextDocumentDidChange:          s.didChange,
		TextDocumentDidSave:            s.didSave,
		TextDocumentDidClose:           s.didClose,
		TextDocumentCodeAction:         s.codeAction,
		TextDocumentHover:              s.hover,
		WorkspaceDidChangeWatchedFiles: s.didChangeWatchedFiles,
		WorkspaceDidChangeConfiguration: func(*glsp.Context, *protocol.DidChangeConfigurationParams) error {
			s.configs.clear()
			s.relintAll()
			return nil
		},
	}
	return s
}

// handle adapts a JSON-RPC request to glsp's dispatch (as glsp's own
// server does), answering unknown methods and bad params with the
// protocol's error codes. Requests are handled one at a time, in order.
func (s *server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (result any, err error) {
	defer func() {
		if v := recover(); v != nil {
			buf := make([]byte, 8<<10)
			buf = buf[:runtime.Stack(buf, false)]
			s.opts.Logger.Error("panic", "method", req.Method, "panic", fmt.Sprint(v), "stack", string(buf))
			result, err = nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: fmt.Sprintf("internal error: %v", v)}
		}
	}()
	if req.Method == "initialize" && req.Params != nil {
		s.readClientCapabilities(*req.Params)
	}
	gctx := &glsp.Context{
		Method: req.Method,
		Notify: func(method string, params any) {
			if err := conn.Notify(ctx, method, params); err != nil {
				s.opts.Logger.Warn("notify", "method", method, "err", err)
			}
		},
		Call: func(method string, params any, result any) {
			if err := conn.Call(ctx, method, params, result); err != nil {
				s.opts.Logger.Warn("call", "method", method, "err", err)
			}
		},
	}
	if req.Params != nil {
		gctx.Params = *req.Params
	} else {
		gctx.Params = json.RawMessage("null")
	}
	if req.Method == "exit" {
		// Handled here: glsp refuses every method but initialize once
		// shutdown has marked the server uninitialized.
		s.exit()
		conn.Close()
		return nil, nil
	}
	res, validMethod, validParams, herr := s.handler.Handle(gctx)
	switch {
	case !validMethod:
		if req.Notif || strings.HasPrefix(req.Method, "$/") {
			return nil, nil // notifications we do not handle are ignored
		}
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method}
	case !validParams:
		msg := "invalid params"
		if herr != nil {
			msg += ": " + herr.Error()
		}
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: msg}
	case herr != nil:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: herr.Error()}
	}
	return res, nil
}

// readClientCapabilities takes what glsp's 3.16 types do not carry:
// general.positionEncodings (3.17) and the watcher registration support.
func (s *server) readClientCapabilities(raw json.RawMessage) {
	var p struct {
		Capabilities struct {
			General struct {
				PositionEncodings []string `json:"positionEncodings"`
			} `json:"general"`
			Workspace struct {
				DidChangeWatchedFiles struct {
					DynamicRegistration bool `json:"dynamicRegistration"`
				} `json:"didChangeWatchedFiles"`
			} `json:"workspace"`
		} `json:"capabilities"`
	}
	if json.Unmarshal(raw, &p) != nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// UTF-8 if offered (it is what the document holds), else UTF-32 (code
	// points), else the protocol's default, UTF-16.
	for _, want := range []struct {
		name string
		unit lint.ColumnUnit
	}{{"utf-8", lint.Bytes}, {"utf-32", lint.CodePoints}} {
		if slices.ContainsFunc(p.Capabilities.General.PositionEncodings, func(e string) bool { return strings.EqualFold(e, want.name) }) {
			s.unit, s.encoding = want.unit, want.name
			break
		}
	}
	s.watchReg = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
}

// initializeResult is glsp's InitializeResult with 3.17's positionEncoding.
type initializeResult struct {
	Capabilities capabilities                         `json:"capabilities"`
	ServerInfo   *protocol.InitializeResultServerInfo `json:"serverInfo,omitempty"`
}

type capabilities struct {
	protocol.ServerCapabilities
	PositionEncoding string `json:"positionEncoding"`
}

func (s *server) initialize(ctx *glsp.Context, p *protocol.InitializeParams) (any, error) {
	s.mu.Lock()
	if p.RootURI != nil {
		if path := uriToPath(*p.RootURI); path != "" {
			s.roots = append(s.roots, path)
		}
	}
	for _, f := range p.WorkspaceFolders {
		if path := uriToPath(f.URI); path != "" {
			s.roots = append(s.roots, path)
		}
	}
	enc := s.encoding
	s.mu.Unlock()

	yes := true
	change := protocol.TextDocumentSyncKindIncremental
	version := s.opts.Version
	caps := capabilities{PositionEncoding: enc}
	caps.TextDocumentSync = protocol.TextDocumentSyncOptions{
		OpenClose: &yes,
		Change:    &change,
		Save:      protocol.SaveOptions{IncludeText: &yes},
	}
	caps.HoverProvider = true
	caps.CodeActionProvider = protocol.CodeActionOptions{
		CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix, fixAllKind},
	}
	return initializeResult{Capabilities: caps, ServerInfo: &protocol.InitializeResultServerInfo{Name: "factlint", Version: &version}}, nil
}

// fixAllKind is the kind of the action that applies every safe fix.
const fixAllKind = protocol.CodeActionKind("source.fixAll.factlint")

func (s *server) initialized(ctx *glsp.Context, p *protocol.InitializedParams) error {
	s.mu.Lock()
	reg, conn := s.watchReg, s.conn
	s.mu.Unlock()
	if !reg || conn == nil {
		return nil
	}
	// Ask the client to watch the config files. Asynchronously: the answer
	// comes through the stream this handler is blocking.
	var watchers []map[string]any
	for _, n := range s.opts.ConfigNames {
		watchers = append(watchers, map[string]any{"globPattern": "**/" + n})
	}
	params := map[string]any{"registrations": []map[string]any{{
		"id": "factlint-config", "method": "workspace/didChangeWatchedFiles",
		"registerOptions": map[string]any{"watchers": watchers},
	}}}
	go func() {
		cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := conn.Call(cctx, "client/registerCapability", params, nil); err != nil {
			s.opts.Logger.Warn("registering config watchers", "err", err)
		}
	}()
	return nil
}

func (s *server) shutdownFn(ctx *glsp.Context) error {
	s.mu.Lock()
	s.shutdown = true
	s.mu.Unlock()
	s.stopTimers()
	return nil
}

func (s *server) exit() {
	s.mu.Lock()
	s.exited = true
	s.mu.Unlock()
}

func (s *server) stopTimers() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.docs {
		if d.timer != nil {
			d.timer.Stop()
		}
	}
}

// formatOf picks the reader from the language id, else the file name.
func formatOf(languageID, path string) lint.Format {
	switch strings.ToLower(languageID) {
	case "markdown", "mdx":
		return lint.FormatMarkdown
	case "html":
		return lint.FormatHTML
	case "plaintext", "text":
		return lint.FormatText
	}
	return lint.FormatOf(path)
}

func (s *server) didOpen(ctx *glsp.Context, p *protocol.DidOpenTextDocumentParams) error {
	td := p.TextDocument
	path := uriToPath(td.URI)
	name := path
	if name == "" {
		name = td.URI
	}
	d := &document{uri: td.URI, path: path, format: formatOf(td.LanguageID, name), version: int32(td.Version), text: []byte(td.Text)}
	d.lines = lint.NewLineTable(d.text)
	s.mu.Lock()
	if old := s.docs[td.URI]; old != nil && old.timer != nil {
		old.timer.Stop()
	}
	s.docs[td.URI] = d
	s.mu.Unlock()
	s.lintAndPublish(d)
	return nil
}

func (s *server) didChange(ctx *glsp.Context, p *protocol.DidChangeTextDocumentParams) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return fmt.Errorf("didChange for a document that is not open: %s", p.TextDocument.URI)
	}
	for _, c := range p.ContentChanges {
		switch c := c.(type) {
		case protocol.TextDocumentContentChangeEventWhole:
			d.text = []byte(c.Text)
		case protocol.TextDocumentContentChangeEvent:
			lt := lint.NewLineTable(d.text)
			start := offsetOf(lt, c.Range.Start, s.unit)
			end := offsetOf(lt, c.Range.End, s.unit)
			if end < start {
				start, end = end, start
			}
			next := make([]byte, 0, len(d.text)-(end-start)+len(c.Text))
			next = append(next, d.text[:start]...)
			next = append(next, c.Text...)
			d.text = append(next, d.text[end:]...)
		}
	}
	d.lines = lint.NewLineTable(d.text)
	d.version = int32(p.TextDocument.Version)
	s.scheduleLocked(d, s.opts.Debounce)
	return nil
}

// scheduleLocked (re)starts d's debounce timer; s.mu is held.
func (s *server) scheduleLocked(d *document, delay time.Duration) {
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(delay, func() { s.lintAndPublish(d) })
}

func (s *server) didSave(ctx *glsp.Context, p *protocol.DidSaveTextDocumentParams) error {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		s.mu.Unlock()
		return nil
	}
	if p.Text != nil && string(d.text) != *p.Text {
		d.text = []byte(*p.Text)
		d.lines = lint.NewLineTable(d.text)
	}
	if d.timer != nil {
		d.timer.Stop()
	}
	s.mu.Unlock()
	s.lintAndPublish(d)
	return nil
}

func (s *server) didClose(ctx *glsp.Context, p *protocol.DidCloseTextDocumentParams) error {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	delete(s.docs, p.TextDocument.URI)
	if d != nil && d.timer != nil {
		d.timer.Stop()
	}
	s.mu.Unlock()
	if d != nil {
		s.publish(p.TextDocument.URI, nil, []protocol.Diagnostic{})
	}
	return nil
}

func (s *server) didChangeWatchedFiles(ctx *glsp.Context, p *protocol.DidChangeWatchedFilesParams) error {
	changed := false
	for _, c := range p.Changes {
		path := uriToPath(c.URI)
		if path == "" {
			continue
		}
		for _, n := range s.opts.ConfigNames {
			if filepath.Base(path) == n {
				s.configs.forget(path)
				changed = true
			}
		}
	}
	if changed {
		s.relintAll()
	}
	return nil
}

// relintAll lints every open document again (after a config change).
func (s *server) relintAll() {
	s.mu.Lock()
	var docs []*document
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.mu.Unlock()
	sort.Slice(docs, func(i, j int) bool { return docs[i].uri < docs[j].uri })
	for _, d := range docs {
		s.lintAndPublish(d)
	}
}

// result is a lint of one version of a document.
type result struct {
	version int32
	text    []byte
	lines   *lint.LineTable
	doc     *lint.Document
	diags   []lint.Diagnostic
	cfgErr  error
	lintErr error
}

// lintNow lints the document's current text and stores the result.
func (s *server) lintNow(d *document) *result {
	s.mu.Lock()
	r := &result{version: d.version, text: d.text, lines: d.lines}
	path, format := d.path, d.format
	name := path
	if name == "" {
		name = d.uri
	}
	s.mu.Unlock()

	var cfg *lint.Config
	if path != "" {
		cfg, r.cfgErr = s.configs.forFile(path)
	} else if roots := s.rootsCopy(); len(roots) > 0 {
		cfg, r.cfgErr = s.configs.forFile(filepath.Join(roots[0], "untitled"))
	}
	if cfg != nil && path != "" && cfg.Ignored(path) {
		r.doc = &lint.Document{Src: r.text, Lines: r.lines} // ignored by the config: nothing to report
	} else {
		r.doc, r.diags, r.lintErr = lintBytes(name, r.text, format, s.opts.Rules, cfg)
	}

	s.mu.Lock()
	if d.version == r.version {
		d.linted, d.hasResult, d.doc, d.diags = r.version, true, r.doc, r.diags
	}
	s.mu.Unlock()
	return r
}

func (s *server) rootsCopy() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.roots...)
}

// lintBytes parses and checks; it never panics.
func lintBytes(name string, src []byte, f lint.Format, rules []*lint.Rule, cfg *lint.Config) (doc *lint.Document, diags []lint.Diagnostic, err error) {
	defer func() {
		if v := recover(); v != nil {
			doc, diags, err = nil, nil, fmt.Errorf("internal error: %v", v)
		}
	}()
	doc, err = lint.Parse(name, src, f)
	if errors.Is(err, lint.ErrEmpty) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	diags, err = lint.Check(doc, rules, cfg)
	return doc, diags, err
}

// lintAndPublish lints d and publishes its diagnostics, unless a newer
// version arrived meanwhile (its own lint will publish).
func (s *server) lintAndPublish(d *document) {
	d.lintMu.Lock()
	defer d.lintMu.Unlock()
	s.mu.Lock()
	open := s.docs[d.uri] == d
	s.mu.Unlock()
	if !open {
		return
	}
	r := s.lintNow(d)
	s.mu.Lock()
	stale := d.version != r.version || s.docs[d.uri] != d
	unit := s.unit
	s.mu.Unlock()
	if stale {
		return
	}
	out := []protocol.Diagnostic{}
	src := "factlint"
	errSev := protocol.DiagnosticSeverityError
	if r.cfgErr != nil {
		code := protocol.IntegerOrString{Value: "config"}
		out = append(out, protocol.Diagnostic{Range: protocol.Range{}, Severity: &errSev, Source: &src, Code: &code,
			Message: "config: " + r.cfgErr.Error() + " (linting with the defaults)"})
	}
	if r.lintErr != nil {
		out = append(out, protocol.Diagnostic{Range: protocol.Range{}, Severity: &errSev, Source: &src,
			Message: r.lintErr.Error()})
	}
	for _, dg := range r.diags {
		out = append(out, toLSP(dg, d.uri, r.lines, unit))
	}
	v := protocol.UInteger(r.version)
	s.publish(d.uri, &v, out)
}

func (s *server) publish(uri string, version *protocol.UInteger, diags []protocol.Diagnostic) {
	s.mu.Lock()
	conn := s.conn
	s.mu.Unlock()
	if conn == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := conn.Notify(ctx, "textDocument/publishDiagnostics", protocol.PublishDiagnosticsParams{URI: uri, Version: version, Diagnostics: diags}); err != nil {
		s.opts.Logger.Warn("publishing diagnostics", "uri", uri, "err", err)
	}
}

// current returns the open document and a lint of its current text,
// linting now when the stored one is older (a request arrived inside the
// debounce window).
func (s *server) current(uri string) (*document, *result) {
	s.mu.Lock()
	d := s.docs[uri]
	if d == nil {
		s.mu.Unlock()
		return nil, nil
	}
	if d.hasResult && d.linted == d.version {
		r := &result{version: d.version, text: d.text, lines: d.lines, doc: d.doc, diags: d.diags}
		s.mu.Unlock()
		return d, r
	}
	s.mu.Unlock()
	return d, s.lintNow(d)
}

// Position conversion. LSP positions are 0-based lines and 0-based
// characters in the negotiated unit; the line table is 1-based.

func toPosition(lt *lint.LineTable, off int, unit lint.ColumnUnit) protocol.Position {
	p := lt.Position(off, unit)
	return protocol.Position{Line: protocol.UInteger(p.Line - 1), Character: protocol.UInteger(p.Column - 1)}
}

func toRange(lt *lint.LineTable, sp lint.Span, unit lint.ColumnUnit) protocol.Range {
	return protocol.Range{Start: toPosition(lt, sp.Start, unit), End: toPosition(lt, sp.End, unit)}
}

func offsetOf(lt *lint.LineTable, p protocol.Position, unit lint.ColumnUnit) int {
	return lt.Offset(lint.Position{Line: int(p.Line) + 1, Column: int(p.Character) + 1}, unit)
}

func severityOf(s lint.Severity) protocol.DiagnosticSeverity {
	switch s {
	case lint.Error:
		return protocol.DiagnosticSeverityError
	case lint.Warning:
		return protocol.DiagnosticSeverityWarning
	}
	return protocol.DiagnosticSeverityInformation
}

func toLSP(d lint.Diagnostic, uri string, lt *lint.LineTable, unit lint.ColumnUnit) protocol.Diagnostic {
	sev := severityOf(d.Severity)
	src := "factlint"
	code := protocol.IntegerOrString{Value: d.Rule}
	out := protocol.Diagnostic{Range: toRange(lt, d.Span, unit), Severity: &sev, Code: &code, Source: &src, Message: d.Message}
	for _, r := range d.Related {
		msg := r.Message
		if msg == "" {
			msg = "related"
		}
		out.RelatedInformation = append(out.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: uri, Range: toRange(lt, r.Span, unit)}, Message: msg})
	}
	return out
}

func overlaps(sp lint.Span, start, end int) bool {
	return sp.Start <= end && start <= sp.End
}

func (s *server) codeAction(ctx *glsp.Context, p *protocol.CodeActionParams) (any, error) {
	d, r := s.current(p.TextDocument.URI)
	actions := []protocol.CodeAction{}
	if d == nil || r.doc == nil {
		return actions, nil
	}
	s.mu.Lock()
	unit := s.unit
	s.mu.Unlock()
	want := func(kind protocol.CodeActionKind) bool {
		if len(p.Context.Only) == 0 {
			return true
		}
		for _, k := range p.Context.Only {
			if k == kind || strings.HasPrefix(string(kind), string(k)+".") {
				return true
			}
		}
		return false
	}
	start, end := offsetOf(r.lines, p.Range.Start, unit), offsetOf(r.lines, p.Range.End, unit)
	quick := protocol.CodeActionKindQuickFix
	if want(quick) {
		for _, dg := range r.diags {
			if !overlaps(dg.Span, start, end) {
				continue
			}
			ld := toLSP(dg, d.uri, r.lines, unit)
			for i, f := range dg.Fixes {
				edits := make([]protocol.TextEdit, 0, len(f.Edits))
				for _, e := range f.Edits {
					edits = append(edits, protocol.TextEdit{Range: toRange(r.lines, e.Span, unit), NewText: e.NewText})
				}
				title := f.Message
				if !f.Safe {
					title += " (check first)"
				}
				preferred := f.Safe && i == 0
				actions = append(actions, protocol.CodeAction{
					Title: title, Kind: &quick, Diagnostics: []protocol.Diagnostic{ld}, IsPreferred: &preferred,
					Edit: &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{d.uri: edits}},
				})
			}
		}
	}
	if want(fixAllKind) {
		if all := lint.FixEdits(r.diags, false); len(all) > 0 {
			edits := make([]protocol.TextEdit, 0, len(all))
			for _, e := range all {
				edits = append(edits, protocol.TextEdit{Range: toRange(r.lines, e.Span, unit), NewText: e.NewText})
			}
			kind := fixAllKind
			actions = append(actions, protocol.CodeAction{
				Title: fmt.Sprintf("Apply all safe factlint fixes (%d)", len(all)), Kind: &kind,
				Edit: &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{d.uri: edits}},
			})
		}
	}
	return actions, nil
}

func (s *server) hover(ctx *glsp.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
	d, r := s.current(p.TextDocument.URI)
	if d == nil || r.doc == nil {
		return nil, nil
	}
	s.mu.Lock()
	unit := s.unit
	s.mu.Unlock()
	off := offsetOf(r.lines, p.Position, unit)
	var parts []string
	var span lint.Span
	seen := map[string]bool{}
	for _, dg := range r.diags {
		if off < dg.Span.Start || off > dg.Span.End || (off == dg.Span.End && dg.Span.Len() > 0) {
			continue
		}
		if len(parts) == 0 {
			span = dg.Span
		}
		part := fmt.Sprintf("**%s** (%s): %s", dg.Rule, dg.Severity, dg.Message)
		for _, f := range dg.Fixes {
			kind := "safe fix"
			if !f.Safe {
				kind = "fix to check"
			}
			part += fmt.Sprintf("\n\n*%s:* %s", kind, f.Message)
		}
		if rule := s.rulesBy[dg.Rule]; rule != nil && !seen[dg.Rule] {
			seen[dg.Rule] = true
			part += "\n\n---\n\n" + strings.TrimSpace(rule.Doc)
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return nil, nil
	}
	rng := toRange(r.lines, span, unit)
	return &protocol.Hover{
		Contents: protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: strings.Join(parts, "\n\n---\n\n")},
		Range:    &rng,
	}, nil
}

// uriToPath turns a file: URI into a path; other schemes give "".
func uriToPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		p = strings.TrimPrefix(p, "/")
	}
	return filepath.FromSlash(p)
}

// configCache finds the config of a file by walking up from its folder and
// keeps each config file parsed, keyed by its modification time and size,
// so an edited .factlint.yml is read again on the next lint.
type configCache struct {
	names   []string
	load    func(path string) (*lint.Config, error)
	mu      sync.Mutex
	entries map[string]*configEntry
}

type configEntry struct {
	mtime time.Time
	size  int64
	cfg   *lint.Config
	err   error
}

func (c *configCache) clear() {
	c.mu.Lock()
	c.entries = map[string]*configEntry{}
	c.mu.Unlock()
}

func (c *configCache) forget(path string) {
	c.mu.Lock()
	delete(c.entries, path)
	c.mu.Unlock()
}

// forFile returns the config that applies to path: the nearest config file
// in its folder or above; nil when there is none.
func (c *configCache) forFile(path string) (*lint.Config, error) {
	if c.load == nil {
		return nil, nil
	}
	dir := filepath.Dir(path)
	for i := 0; i < 256; i++ {
		for _, n := range c.names {
			cand := filepath.Join(dir, n)
			st, err := os.Stat(cand)
			if err != nil || st.IsDir() {
				continue
			}
			return c.get(cand, st)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return nil, nil
}

func (c *configCache) get(path string, st os.FileInfo) (*lint.Config, error) {
	c.mu.Lock()
	e := c.entries[path]
	c.mu.Unlock()
	if e != nil && e.mtime.Equal(st.ModTime()) && e.size == st.Size() {
		return e.cfg, e.err
	}
	cfg, err := c.load(path)
	e = &configEntry{mtime: st.ModTime(), size: st.Size(), cfg: cfg, err: err}
	c.mu.Lock()
	c.entries[path] = e
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return cfg, nil
}
