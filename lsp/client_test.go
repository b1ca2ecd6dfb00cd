package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// factlintBin is the real binary, built once by TestMain.
var factlintBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "factlint-lsp-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	factlintBin = filepath.Join(dir, "factlint")
	cmd := exec.Command("go", "build", "-o", factlintBin, "../cmd/factlint")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building factlint:", err)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// message is any JSON-RPC message.
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// client speaks JSON-RPC to a `factlint lsp` process over its pipes. Every
// wait is bounded, so a silent or hung server fails the test instead of
// hanging it.
type client struct {
	t      *testing.T
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	msgs   chan message
	stderr *strings.Builder
	nextID int
	// notifications read while waiting for something else
	pending []message
	// requests the server sent (answered with null)
	serverRequests []message
	done           chan error
}

func startServer(t *testing.T, dir string, args ...string) *client {
	t.Helper()
	cmd := exec.Command(factlintBin, append([]string{"lsp"}, args...)...)
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c := &client{t: t, cmd: cmd, stdin: stdin, msgs: make(chan message, 100), stderr: &strings.Builder{}, done: make(chan error, 1)}
	var errMu sync.Mutex
	cmd.Stderr = writerFunc(func(p []byte) (int, error) {
		errMu.Lock()
		defer errMu.Unlock()
		return c.stderr.Write(p)
	})
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go c.read(bufio.NewReader(stdout))
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-c.done
		}
		if t.Failed() {
			errMu.Lock()
			t.Logf("server stderr:\n%s", c.stderr.String())
			errMu.Unlock()
		}
	})
	return c
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// read parses Content-Length framed messages until the stream ends.
func (c *client) read(r *bufio.Reader) {
	defer close(c.msgs)
	for {
		length := -1
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				c.done <- c.cmd.Wait()
				return
			}
			line = strings.TrimRight(line, "\r\n")
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				length, _ = strconv.Atoi(v)
			}
		}
		if length < 0 {
			c.msgs <- message{Method: "!bad-header"}
			continue
		}
		body := make([]byte, length)
		if _, err := io.ReadFull(r, body); err != nil {
			c.done <- c.cmd.Wait()
			return
		}
		var m message
		if err := json.Unmarshal(body, &m); err != nil {
			m = message{Method: "!bad-json:" + string(body)}
		}
		c.msgs <- m
	}
}

func (c *client) write(m any) {
	c.t.Helper()
	body, err := json.Marshal(m)
	if err != nil {
		c.t.Fatal(err)
	}
	if _, err := fmt.Fprintf(c.stdin, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		c.t.Fatalf("writing to the server: %v", err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	c.write(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// call sends a request and waits (bounded) for its response, keeping the
// notifications that arrive meanwhile.
func (c *client) call(method string, params any, result any) {
	c.t.Helper()
	c.nextID++
	id := c.nextID
	c.write(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	deadline := time.After(10 * time.Second)
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				c.t.Fatalf("%s: the server closed its output", method)
			}
			if m.Method != "" && m.ID != nil {
				c.answerServerRequest(m)
				continue
			}
			if m.Method != "" {
				c.pending = append(c.pending, m)
				continue
			}
			if string(m.ID) != strconv.Itoa(id) {
				c.t.Fatalf("%s: response to id %s, want %d", method, m.ID, id)
			}
			if m.Error != nil {
				c.t.Fatalf("%s: error %d %s", method, m.Error.Code, m.Error.Message)
			}
			if result != nil {
				if err := json.Unmarshal(m.Result, result); err != nil {
					c.t.Fatalf("%s: result %s: %v", method, m.Result, err)
				}
			}
			return
		case <-deadline:
			c.t.Fatalf("%s: no response in 10 s", method)
		}
	}
}

func (c *client) answerServerRequest(m message) {
	c.serverRequests = append(c.serverRequests, m)
	c.write(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": nil})
}

// publishParams is textDocument/publishDiagnostics.
type publishParams struct {
	URI         string   `json:"uri"`
	Version     *int     `json:"version"`
	Diagnostics []lspDia `json:"diagnostics"`
}

type lspPos struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type lspRange struct {
	Start lspPos `json:"start"`
	End   lspPos `json:"end"`
}

type lspDia struct {
	Range              lspRange `json:"range"`
	Severity           int      `json:"severity"`
	Code               string   `json:"code"`
	Source             string   `json:"source"`
	Message            string   `json:"message"`
	RelatedInformation []struct {
		Location struct {
			URI   string   `json:"uri"`
			Range lspRange `json:"range"`
		} `json:"location"`
		Message string `json:"message"`
	} `json:"relatedInformation"`
}

// waitPublish waits (bounded) for the next publishDiagnostics for uri that
// satisfies ok; earlier ones are returned in skipped.
func (c *client) waitPublish(uri string, timeout time.Duration, ok func(publishParams) bool) (got publishParams, skipped []publishParams) {
	c.t.Helper()
	check := func(m message) bool {
		if m.Method != "textDocument/publishDiagnostics" {
			return false
		}
		var p publishParams
		if err := json.Unmarshal(m.Params, &p); err != nil {
			c.t.Fatalf("publishDiagnostics params: %v", err)
		}
		if p.URI != uri {
			return false
		}
		if ok(p) {
			got = p
			return true
		}
		skipped = append(skipped, p)
		return false
	}
	for len(c.pending) > 0 {
		m := c.pending[0]
		c.pending = c.pending[1:]
		if check(m) {
			return got, skipped
		}
	}
	deadline := time.After(timeout)
	for {
		select {
		case m, open := <-c.msgs:
			if !open {
				c.t.Fatalf("the server closed its output while we waited for diagnostics")
			}
			if m.Method != "" && m.ID != nil {
				c.answerServerRequest(m)
				continue
			}
			if check(m) {
				return got, skipped
			}
		case <-deadline:
			c.t.Fatalf("no matching publishDiagnostics for %s in %s (skipped %d)", uri, timeout, len(skipped))
		}
	}
}

// expectQuiet checks that no publishDiagnostics for uri arrives for d.
func (c *client) expectQuiet(uri string, d time.Duration) {
	c.t.Helper()
	deadline := time.After(d)
	for {
		select {
		case m, open := <-c.msgs:
			if !open {
				return
			}
			if m.Method == "textDocument/publishDiagnostics" && strings.Contains(string(m.Params), uri) {
				c.t.Errorf("unexpected publishDiagnostics: %s", m.Params)
			}
		case <-deadline:
			return
		}
	}
}

// shutdownExit ends the session as a client does and checks the exit status.
func (c *client) shutdownExit() {
	c.t.Helper()
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	c.stdin.Close()
	for {
		select {
		case _, open := <-c.msgs:
			if open {
				continue
			}
			select {
			case err := <-c.done:
				if err != nil {
					c.t.Errorf("exit status after shutdown + exit: %v", err)
				}
			case <-time.After(10 * time.Second):
				c.t.Fatal("the server did not exit")
			}
			return
		case <-time.After(10 * time.Second):
			c.t.Fatal("the server did not close its output after exit")
		}
	}
}
