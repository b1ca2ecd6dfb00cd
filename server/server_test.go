package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/format"
	"github.com/factlint/factlint/rules/all"
	"github.com/factlint/factlint/rules/typography/apostrophe"
)

// TestMain fails the package if any test leaves a goroutine behind
// (connections, lint workers, shutdown).
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// article is invented copy with wire-service apostrophes (´ and `) that the
// typography-apostrophe rule fixes safely.
const article = `Port authority names new harbour master

The Harbour Board on Tuesday named Ellen Vasquez as the port´s new harbour master, ending a six-month search.

Ms Vasquez, who ran the ferry terminal for a decade, said the board` + "`" + `s decision "came as a surprise" and promised to publish the dredging plan by spring.

The post had been vacant since March.
`

func testOptions() Options {
	return Options{Rules: []*lint.Rule{apostrophe.Rule}}
}

func post(t *testing.T, h http.Handler, body string) (*httptest.ResponseRecorder, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/v1/lint", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	var m map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
		t.Fatalf("response is not a JSON object: %v\n%s", err, rec.Body.String())
	}
	return rec, m
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func TestLintText(t *testing.T) {
	s := New(testOptions())
	rec, _ := post(t, s, mustJSON(map[string]any{"text": article, "filename": "harbour.txt"}))
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var resp LintResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	// The same objects as --format json.
	doc, err := lint.Parse("harbour.txt", []byte(article), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, []*lint.Rule{apostrophe.Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := format.JSONDiagnostics(&lint.FileResult{Path: "harbour.txt", Doc: doc, Diags: diags})
	if len(want) != 2 {
		t.Fatalf("test article should have 2 findings, has %d", len(want))
	}
	if mustJSON(resp.Diagnostics) != mustJSON(want) {
		t.Errorf("diagnostics differ from --format json:\n got %s\nwant %s", mustJSON(resp.Diagnostics), mustJSON(want))
	}
	if resp.Diagnostics[0].Path != "harbour.txt" || resp.Diagnostics[0].Line != 3 {
		t.Errorf("first finding at %s:%d, want harbour.txt:3", resp.Diagnostics[0].Path, resp.Diagnostics[0].Line)
	}
	wantFixed := strings.NewReplacer("port´s", "port's", "board`s", "board's").Replace(article)
	if resp.Fixed != wantFixed {
		t.Errorf("fixed text:\n%s\nwant:\n%s", resp.Fixed, wantFixed)
	}
}

func TestLintMarkdownHTMLAndConfig(t *testing.T) {
	s := New(testOptions())
	md := "# Port names harbour master\n\nThe board`s choice, *Ellen Vasquez*, starts on Monday.\n"
	rec, m := post(t, s, mustJSON(map[string]any{"markdown": md}))
	if rec.Code != 200 {
		t.Fatalf("markdown: status %d: %s", rec.Code, rec.Body)
	}
	ds := m["diagnostics"].([]any)
	if len(ds) != 1 || ds[0].(map[string]any)["path"] != "article.md" || ds[0].(map[string]any)["line"] != 3.0 {
		t.Errorf("markdown diagnostics: %v", ds)
	}
	if !strings.Contains(m["fixed"].(string), "board's choice, *Ellen Vasquez*") {
		t.Errorf("markdown fixed: %q", m["fixed"])
	}

	html := "<html><body><h1>Harbour master named</h1><p>The board&#96;s choice is <b>Ellen Vasquez</b>; the port´s staff cheered.</p></body></html>"
	rec, m = post(t, s, mustJSON(map[string]any{"html": html, "filename": "story.html"}))
	if rec.Code != 200 {
		t.Fatalf("html: status %d: %s", rec.Code, rec.Body)
	}
	if ds := m["diagnostics"].([]any); len(ds) == 0 {
		t.Errorf("html: no diagnostics")
	}

	// Config as a JSON object, then as YAML text in a string: the rule off,
	// then its severity changed.
	rec, m = post(t, s, mustJSON(map[string]any{"text": article, "config": map[string]any{"rules": map[string]any{"typography-apostrophe": false}}}))
	if rec.Code != 200 || len(m["diagnostics"].([]any)) != 0 || m["fixed"] != article {
		t.Errorf("rule disabled by config: status %d, %v", rec.Code, m)
	}
	rec, m = post(t, s, mustJSON(map[string]any{"text": article, "config": "rules:\n  typography-apostrophe:\n    severity: info\n"}))
	if rec.Code != 200 || len(m["diagnostics"].([]any)) != 2 || m["diagnostics"].([]any)[0].(map[string]any)["severity"] != "info" {
		t.Errorf("severity from config: status %d, %v", rec.Code, m)
	}

	// Empty article: no findings, nothing fixed.
	rec, m = post(t, s, `{"text": "  \n"}`)
	if rec.Code != 200 || len(m["diagnostics"].([]any)) != 0 || m["fixed"] != "  \n" {
		t.Errorf("empty article: %d %v", rec.Code, m)
	}
}

func TestAllRulesOnSeed(t *testing.T) {
	src, err := os.ReadFile("../seeds/000_cbba7123a7b556d8.txt")
	if err != nil {
		t.Skip("seed not found:", err)
	}
	s := New(Options{Rules: all.All()})
	rec, m := post(t, s, mustJSON(map[string]any{"text": string(src), "filename": "seed.txt"}))
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if len(m["diagnostics"].([]any)) == 0 {
		t.Errorf("no findings on the seed")
	}
	if strings.Contains(m["fixed"].(string), "Russia´s") {
		t.Errorf("the safe apostrophe fix was not applied")
	}
}

func TestBadRequests(t *testing.T) {
	s := New(testOptions())
	for _, c := range []struct {
		body, want string
	}{
		{``, "empty body"},
		{`{"text": "abc"`, "malformed JSON"},
		{`{"text": "abc",}`, "line 1, column"},
		{"{\n  \"text\": 42\n}", "malformed JSON"},
		{`[1, 2]`, "malformed JSON"},
		{`{"text": "a"} {"text": "b"}`, "more than one value"},
		{`{"txt": "typo"}`, "unknown field"},
		{`{}`, "exactly one of"},
		{`{"text": "a", "html": "<p>b</p>"}`, "exactly one of"},
		{`{"text": "a", "config": 7}`, "config"},
		{`{"text": "a", "config": {"rules": {"typography-apostrophe": {"severity": "loud"}}}}`, "unknown severity"},
		{`{"text": "a", "config": {"rules": {"no-such-rule": "off"}}}`, "unknown rule"},
		{`{"text": "a", "config": "rules: [unclosed"}`, "config"},
		{`{"text": "a", "filename": "a\nb"}`, "filename"},
		{"\xff\xfe", "malformed JSON"},
	} {
		rec, m := post(t, s, c.body)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("%q: status %d, want 400", c.body, rec.Code)
		}
		if msg, _ := m["error"].(string); !strings.Contains(msg, c.want) {
			t.Errorf("%q: error %q does not mention %q", c.body, msg, c.want)
		}
	}
	// Wrong content type, method, path.
	req := httptest.NewRequest("POST", "/v1/lint", strings.NewReader(`{"text":"a"}`))
	req.Header.Set("Content-Type", "text/plain")
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain: status %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/lint", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET /v1/lint: status %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/v2/nothing", nil))
	if rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "no such endpoint") {
		t.Errorf("unknown path: status %d %s", rec.Code, rec.Body)
	}
}

func TestRulesAndHealth(t *testing.T) {
	s := New(Options{Rules: all.All(), Version: "test"})
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/rules", nil))
	var rules struct{ Rules []RuleInfo }
	if err := json.Unmarshal(rec.Body.Bytes(), &rules); err != nil || rec.Code != 200 {
		t.Fatalf("rules: %d %v", rec.Code, err)
	}
	found := false
	for _, r := range rules.Rules {
		if r.Name == "typography-apostrophe" {
			found = r.Class == "typography" && r.Fixable && strings.Contains(r.Doc, "## What it does")
		}
		if strings.HasPrefix(r.Name, "model-") {
			t.Errorf("result-only rule %s listed", r.Name)
		}
	}
	if !found {
		t.Errorf("typography-apostrophe missing or incomplete in %s", rec.Body)
	}
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"status":"ok"`) {
		t.Errorf("healthz: %d %s", rec.Code, rec.Body)
	}
}

func TestBodyLimit(t *testing.T) {
	opts := testOptions()
	opts.MaxBody = 1 << 10
	s := New(opts)
	big := mustJSON(map[string]any{"text": strings.Repeat("The board met. ", 100)})
	rec, m := post(t, s, big)
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(m["error"].(string), "1024") {
		t.Errorf("status %d %v, want 413", rec.Code, m)
	}
	// The default limit is 2 MiB, over a real connection.
	ts := httptest.NewServer(New(testOptions()))
	defer ts.Close()
	body := `{"text": "` + strings.Repeat("a", DefaultMaxBody) + `"}`
	resp, err := http.Post(ts.URL+"/v1/lint", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("over 2 MiB: status %d", resp.StatusCode)
	}
	ts.Client().CloseIdleConnections()
}

// TestShedding sends ten times the in-flight limit at once: the limit is
// linted, the rest get 429 at once, and afterwards the service answers
// normally again.
func TestShedding(t *testing.T) {
	const limit = 4
	release := make(chan struct{})
	var entered atomic.Int32
	opts := testOptions()
	opts.MaxInFlight = limit
	opts.Workers = limit
	opts.testHookLint = func() {
		entered.Add(1)
		<-release
	}
	ts := httptest.NewServer(New(opts))
	defer ts.Close()
	client := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 10 * limit}}
	defer client.CloseIdleConnections()
	body := mustJSON(map[string]any{"text": article})

	statuses := make(chan int, 10*limit)
	var wg sync.WaitGroup
	for i := 0; i < 10*limit; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := client.Post(ts.URL+"/v1/lint", "application/json", strings.NewReader(body))
			if err != nil {
				statuses <- -1
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			statuses <- resp.StatusCode
		}()
	}
	// Every request beyond the limit is answered while the limit is held.
	deadline := time.After(15 * time.Second)
	got := map[int]int{}
	for n := 0; n < 9*limit; n++ {
		select {
		case st := <-statuses:
			got[st]++
		case <-deadline:
			close(release)
			wg.Wait()
			t.Fatalf("only %d answers while the slots were held: %v", n, got)
		}
	}
	if got[http.StatusTooManyRequests] != 9*limit || entered.Load() != limit {
		t.Errorf("while full: %v, %d in the linter; want %d × 429, %d linting", got, entered.Load(), 9*limit, limit)
	}
	close(release)
	wg.Wait()
	close(statuses)
	for st := range statuses {
		got[st]++
	}
	if got[200] != limit {
		t.Errorf("after release: %v, want %d × 200", got, limit)
	}
	// Recovery: sequential and concurrent requests all succeed.
	for i := 0; i < 3*limit; i++ {
		resp, err := client.Post(ts.URL+"/v1/lint", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("recovery request %d: status %d", i, resp.StatusCode)
		}
	}
}

// TestDeadlineAndPanic: work past the deadline is answered with 503 (and
// still holds its slot until it ends); a panic is a 500 and the service
// goes on.
func TestDeadlineAndPanic(t *testing.T) {
	release := make(chan struct{})
	var mode atomic.Int32 // 0 normal, 1 block, 2 panic
	opts := testOptions()
	opts.MaxInFlight = 1
	opts.RequestTimeout = 100 * time.Millisecond
	opts.testHookLint = func() {
		switch mode.Load() {
		case 1:
			<-release
		case 2:
			panic("rule blew up")
		}
	}
	var logs bytes.Buffer
	var mu sync.Mutex
	opts.Logger = slog.New(slog.NewJSONHandler(&lockedWriter{w: &logs, mu: &mu}, nil))
	s := New(opts)
	body := mustJSON(map[string]any{"text": article})

	mode.Store(1)
	rec, m := post(t, s, body)
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(m["error"].(string), "deadline") {
		t.Errorf("slow lint: %d %v", rec.Code, m)
	}
	// The abandoned work still holds the only slot.
	rec, _ = post(t, s, body)
	if rec.Code != http.StatusTooManyRequests {
		t.Errorf("while abandoned work runs: %d, want 429", rec.Code)
	}
	close(release)
	waitFor(t, func() bool { return s.inFlight.Load() == 0 })

	mode.Store(2)
	rec, m = post(t, s, body)
	if rec.Code != http.StatusInternalServerError || m["error"] != "internal error while linting" {
		t.Errorf("panic: %d %v", rec.Code, m)
	}
	mode.Store(0)
	rec, _ = post(t, s, body)
	if rec.Code != 200 {
		t.Errorf("after panic: %d", rec.Code)
	}
	mu.Lock()
	defer mu.Unlock()
	var sawPanic, sawRequest bool
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var entry map[string]any
		if err := json.Unmarshal([]byte(line), &entry); err != nil {
			t.Fatalf("log line is not JSON: %q", line)
		}
		sawPanic = sawPanic || entry["msg"] == "panic while linting"
		sawRequest = sawRequest || entry["msg"] == "request" && entry["path"] == "/v1/lint" && entry["status"] == 200.0
	}
	if !sawPanic || !sawRequest {
		t.Errorf("structured log lacks the panic or the request line:\n%s", logs.String())
	}
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for i := 0; i < 500; i++ {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("condition not reached in 5 s")
}

// listen starts Serve on a real loopback listener and returns its address
// and a stop function that shuts it down and waits for Serve to return.
func listen(t *testing.T, opts Options) (string, func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- Serve(ctx, ln, opts) }()
	return ln.Addr().String(), func() error {
		cancel()
		select {
		case err := <-errc:
			return err
		case <-time.After(20 * time.Second):
			return errors.New("Serve did not return")
		}
	}
}

// TestSlowClients: a client that sends its body a byte at a time, and one
// that trickles its headers, block nobody, and the server drops them when
// their read timeouts pass.
func TestSlowClients(t *testing.T) {
	opts := testOptions()
	// Long enough that a fast client held up by the slow ones would wait
	// visibly longer than one that is not.
	opts.ReadHeaderTimeout = 4 * time.Second
	opts.ReadTimeout = 4 * time.Second
	opts.MaxInFlight = 2
	addr, stop := listen(t, opts)

	body := mustJSON(map[string]any{"text": article})
	slowBody := func() (net.Conn, error) {
		c, err := net.DialTimeout("tcp", addr, 2*time.Second)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(c, "POST /v1/lint HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", addr, len(body))
		return c, nil
	}
	var conns []net.Conn
	for i := 0; i < 4; i++ { // more slow clients than in-flight slots
		c, err := slowBody()
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	headerConn, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	conns = append(conns, headerConn)
	fmt.Fprintf(headerConn, "POST /v1/lint HTTP/1.1\r\nHost: ")

	// Trickle a byte to each slow client every 20 ms while fast clients are served.
	stopTrickle := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 400; i++ {
			select {
			case <-stopTrickle:
				return
			case <-time.After(20 * time.Millisecond):
			}
			for j, c := range conns[:4] {
				if i < len(body) {
					c.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
					c.Write([]byte{body[i]})
				}
				_ = j
			}
			headerConn.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
			headerConn.Write([]byte("x"))
		}
	}()

	client := &http.Client{Timeout: 5 * time.Second}
	for i := 0; i < 20; i++ {
		start := time.Now()
		resp, err := client.Post("http://"+addr+"/v1/lint", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatalf("fast client %d: %v", i, err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("fast client %d: status %d", i, resp.StatusCode)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("fast client %d waited %s", i, d)
		}
	}
	client.CloseIdleConnections()

	// The slow clients are cut off by the read timeouts: the server answers
	// or closes within a bounded time.
	for i, c := range conns {
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				t.Errorf("slow client %d was served although its body took longer than ReadTimeout", i)
			}
		} else if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Errorf("slow client %d: the server kept the connection open: %v", i, err)
		}
	}
	close(stopTrickle)
	wg.Wait()
	for _, c := range conns {
		c.Close()
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
}

// TestGracefulShutdown: a request being linted when shutdown begins is
// answered; new connections are refused; Serve returns nil.
func TestGracefulShutdown(t *testing.T) {
	entered := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	opts := testOptions()
	opts.testHookLint = func() {
		once.Do(func() { close(entered) })
		<-release
	}
	addr, stop := listen(t, opts)
	type result struct {
		status int
		err    error
	}
	res := make(chan result, 1)
	client := &http.Client{Timeout: 10 * time.Second}
	defer client.CloseIdleConnections()
	go func() {
		resp, err := client.Post("http://"+addr+"/v1/lint", "application/json", strings.NewReader(mustJSON(map[string]any{"text": article})))
		if err != nil {
			res <- result{err: err}
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		res <- result{status: resp.StatusCode}
	}()
	<-entered
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	// Wait until the listener is closed, then let the request finish.
	waitFor(t, func() bool {
		c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err == nil {
			c.Close()
			return false
		}
		return true
	})
	close(release)
	r := <-res
	if r.err != nil || r.status != 200 {
		t.Errorf("request during shutdown: %v %d", r.err, r.status)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// FuzzLintRequest: any body gets a JSON answer with a status from the
// documented set; nothing panics.
func FuzzLintRequest(f *testing.F) {
	for _, s := range []string{`{"text": "The board´s plan."}`, `{"markdown": "# A\n\n*b*"}`, `{"html": "<p>x</p>"}`,
		`{"text": "a", "config": {"rules": {}}}`, `{`, `null`, `{"text": null}`, `"x"`, `{"html": "<div><div><div>"}`} {
		f.Add([]byte(s))
	}
	s := New(testOptions())
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/v1/lint", bytes.NewReader(body))
		s.ServeHTTP(rec, req)
		switch rec.Code {
		case 200, 400, 413, 422:
		default:
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("invalid JSON answer for %q: %s", body, rec.Body)
		}
	})
}

// BenchmarkLintBytes is the work of one request for the load generator's
// 5 KB article with every rule: parse, check, apply the safe fixes.
func BenchmarkLintBytes(b *testing.B) {
	src, err := os.ReadFile("../internal/loadgen/article.txt")
	if err != nil {
		b.Skip(err)
	}
	rules := all.All()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LintBytes("story.txt", src, lint.FormatText, rules, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWorkerQueue: with one worker, a second request waits its turn; one
// whose deadline passes while it waits is answered 503 and never linted.
func TestWorkerQueue(t *testing.T) {
	release := make(chan struct{})
	var entered atomic.Int32
	opts := testOptions()
	opts.Workers = 1
	opts.MaxInFlight = 3
	opts.RequestTimeout = 2 * time.Second
	opts.testHookLint = func() {
		if entered.Add(1) == 1 {
			<-release
		}
	}
	s := New(opts)
	body := mustJSON(map[string]any{"text": article})
	first := make(chan int, 1)
	go func() { rec, _ := post(t, s, body); first <- rec.Code }()
	waitFor(t, func() bool { return entered.Load() == 1 })

	// Waits for the worker, then is linted once it is free.
	second := make(chan int, 1)
	go func() { rec, _ := post(t, s, body); second <- rec.Code }()
	waitFor(t, func() bool { return s.inFlight.Load() == 2 })
	if entered.Load() != 1 {
		t.Fatalf("a second request was linted while the only worker was busy")
	}
	close(release)
	if c1, c2 := <-first, <-second; c1 != 200 || c2 != 200 || entered.Load() != 2 {
		t.Errorf("statuses %d %d, %d linted", c1, c2, entered.Load())
	}

	// The worker busy past a waiting request's deadline: 503, not linted.
	release = make(chan struct{})
	entered.Store(0)
	s.opts.RequestTimeout = 150 * time.Millisecond
	go func() { rec, _ := post(t, s, body); first <- rec.Code }()
	waitFor(t, func() bool { return entered.Load() == 1 })
	rec, m := post(t, s, body)
	if rec.Code != http.StatusServiceUnavailable || entered.Load() != 1 {
		t.Errorf("waiting past the deadline: %d %v, %d linted", rec.Code, m, entered.Load())
	}
	close(release)
	<-first
	waitFor(t, func() bool { return s.inFlight.Load() == 0 })
}
