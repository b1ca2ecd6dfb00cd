package lsp

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

const seedPath = "../seeds/000_cbba7123a7b556d8.txt"

// emojiLine is a paragraph of our own with an emoji (two UTF-16 units, four
// UTF-8 bytes, one code point) before a wire-style apostrophe.
const emojiLine = "Readers answered with a 👍 to the board´s statement on Friday."

func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

func initParams(dir string, encodings []string) map[string]any {
	general := map[string]any{}
	if encodings != nil {
		general["positionEncodings"] = encodings
	}
	return map[string]any{
		"processId":    nil,
		"rootUri":      fileURI(dir),
		"capabilities": map[string]any{"general": general, "textDocument": map[string]any{"publishDiagnostics": map[string]any{"relatedInformation": true}}},
	}
}

type initResult struct {
	Capabilities struct {
		PositionEncoding   string          `json:"positionEncoding"`
		HoverProvider      bool            `json:"hoverProvider"`
		CodeActionProvider json.RawMessage `json:"codeActionProvider"`
		TextDocumentSync   struct {
			OpenClose bool `json:"openClose"`
			Change    int  `json:"change"`
		} `json:"textDocumentSync"`
	} `json:"capabilities"`
	ServerInfo struct {
		Name string `json:"name"`
	} `json:"serverInfo"`
}

// column counts the units of s in the given encoding.
func column(s, encoding string) int {
	switch encoding {
	case "utf-8":
		return len(s)
	case "utf-32":
		return len([]rune(s))
	}
	return len(utf16.Encode([]rune(s)))
}

// expectedApostrophes lists, for every ´ used as an apostrophe (a letter on
// both sides, or after s), its range in the given encoding.
func expectedApostrophes(text, encoding string) []lspRange {
	var out []lspRange
	for i, line := range strings.Split(text, "\n") {
		rest := line
		off := 0
		for {
			j := strings.Index(rest, "´")
			if j < 0 {
				break
			}
			at := off + j
			if at > 0 && at+len("´") < len(line) && isLetter(line[at-1]) && isLetter(line[at+len("´")]) {
				start := column(line[:at], encoding)
				out = append(out, lspRange{Start: lspPos{i, start}, End: lspPos{i, start + column("´", encoding)}})
			}
			off = at + len("´")
			rest = line[off:]
		}
	}
	return out
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func byCode(p publishParams, code string) []lspDia {
	var out []lspDia
	for _, d := range p.Diagnostics {
		if d.Code == code {
			out = append(out, d)
		}
	}
	return out
}

func readSeed(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatalf("the seed article: %v", err)
	}
	return string(src)
}

// TestLanguageServer drives `factlint lsp` as an editor does: initialize,
// open the seed (plus a line with an emoji), check the ranges on multi-byte
// lines in UTF-16, ask for code actions and hover, type (debounced), change
// the config, save, shut down.
func TestLanguageServer(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t, dir)
	var init initResult
	c.call("initialize", initParams(dir, nil), &init)
	if init.Capabilities.PositionEncoding != "utf-16" || !init.Capabilities.HoverProvider || !init.Capabilities.TextDocumentSync.OpenClose || init.ServerInfo.Name != "factlint" {
		t.Fatalf("initialize result: %+v", init)
	}
	c.notify("initialized", map[string]any{})

	text := readSeed(t) + "\n" + emojiLine + "\n"
	path := filepath.Join(dir, "seed.txt")
	uri := fileURI(path)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
	pub, _ := c.waitPublish(uri, 10*time.Second, func(p publishParams) bool { return true })
	if pub.Version == nil || *pub.Version != 1 {
		t.Errorf("publish version %v, want 1", pub.Version)
	}

	// Every ´ apostrophe of the seed and of the emoji line, at its UTF-16 range.
	want := expectedApostrophes(text, "utf-16")
	got := byCode(pub, "typography-apostrophe")
	if len(want) < 6 {
		t.Fatalf("test text has only %d wire apostrophes", len(want))
	}
	for _, w := range want {
		found := false
		for _, d := range got {
			if d.Range == w {
				found = true
				if d.Source != "factlint" || d.Severity < 1 || d.Severity > 3 || d.Message == "" {
					t.Errorf("diagnostic at %v: %+v", w, d)
				}
			}
		}
		if !found {
			t.Errorf("no typography-apostrophe diagnostic at %+v; got %+v", w, got)
		}
	}
	// The emoji line: 👍 is two UTF-16 units, so the column is one more than in code points.
	lines := strings.Split(text, "\n")
	emojiRow := len(lines) - 2
	cpCol := len([]rune(emojiLine[:strings.Index(emojiLine, "´")]))
	var emojiDiag *lspDia
	for i := range got {
		if got[i].Range.Start.Line == emojiRow {
			emojiDiag = &got[i]
		}
	}
	if emojiDiag == nil || emojiDiag.Range.Start.Character != cpCol+1 {
		t.Fatalf("emoji line: want the apostrophe at UTF-16 column %d (code point column %d), got %+v", cpCol+1, cpCol, emojiDiag)
	}
	// Related spans come as relatedInformation in the same document.
	sawRelated := false
	for _, d := range pub.Diagnostics {
		for _, r := range d.RelatedInformation {
			sawRelated = true
			if r.Location.URI != uri || r.Message == "" {
				t.Errorf("related information %+v", r)
			}
		}
	}
	if !sawRelated {
		t.Logf("note: no finding with related spans on the seed")
	}

	// Code action at the emoji-line finding: the fix, as a workspace edit.
	var actions []struct {
		Title       string   `json:"title"`
		Kind        string   `json:"kind"`
		IsPreferred bool     `json:"isPreferred"`
		Diagnostics []lspDia `json:"diagnostics"`
		Edit        struct {
			Changes map[string][]struct {
				Range   lspRange `json:"range"`
				NewText string   `json:"newText"`
			} `json:"changes"`
		} `json:"edit"`
	}
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        emojiDiag.Range,
		"context":      map[string]any{"diagnostics": []any{emojiDiag}},
	}, &actions)
	var quick, fixAll int
	for _, a := range actions {
		switch a.Kind {
		case "quickfix":
			quick++
			edits := a.Edit.Changes[uri]
			if len(edits) != 1 || edits[0].Range != emojiDiag.Range || (edits[0].NewText != "'" && edits[0].NewText != "’") {
				t.Errorf("quick fix edit: %+v", a.Edit)
			}
			if !a.IsPreferred || len(a.Diagnostics) != 1 || a.Title == "" {
				t.Errorf("quick fix: %+v", a)
			}
		case "source.fixAll.factlint":
			fixAll++
			if n := len(a.Edit.Changes[uri]); n < len(want) {
				t.Errorf("fix-all has %d edits, want at least %d", n, len(want))
			}
		}
	}
	if quick != 1 || fixAll != 1 {
		t.Errorf("code actions: %d quick fixes, %d fix-all; want 1 and 1: %+v", quick, fixAll, actions)
	}

	// Hover on the finding shows the rule's doc.
	var hover struct {
		Contents struct {
			Kind  string `json:"kind"`
			Value string `json:"value"`
		} `json:"contents"`
		Range lspRange `json:"range"`
	}
	c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": emojiDiag.Range.Start}, &hover)
	if hover.Contents.Kind != "markdown" || !strings.Contains(hover.Contents.Value, "typography-apostrophe") ||
		!strings.Contains(hover.Contents.Value, "What it does") || hover.Range != emojiDiag.Range {
		t.Errorf("hover: %+v", hover)
	}
	// Hover away from any finding: null.
	var none json.RawMessage
	c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": lspPos{emojiRow, 1}}, &none)
	if string(none) != "null" {
		t.Errorf("hover on plain text: %s", none)
	}

	// Typing: three quick incremental changes (fix the emoji-line apostrophe
	// by hand, then add two words) are linted once, after the pause.
	start := time.Now()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"range": emojiDiag.Range, "text": "'"}},
	})
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 3},
		"contentChanges": []any{map[string]any{"range": lspRange{lspPos{emojiRow, 0}, lspPos{emojiRow, 0}}, "text": "Some "}},
	})
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 4},
		"contentChanges": []any{map[string]any{"range": lspRange{lspPos{emojiRow, 0}, lspPos{emojiRow, 5}}, "text": "Many "}},
	})
	pub, skipped := c.waitPublish(uri, 10*time.Second, func(p publishParams) bool { return true })
	if pub.Version == nil || *pub.Version != 4 || len(skipped) != 0 {
		t.Errorf("after typing: published version %v (skipped %d), want one publish of version 4", pub.Version, len(skipped))
	}
	if d := time.Since(start); d < 250*time.Millisecond {
		t.Errorf("published %s after the last change: not debounced", d)
	}
	if n := len(byCode(pub, "typography-apostrophe")); n != len(want)-1 {
		t.Errorf("after the hand fix: %d apostrophe findings, want %d", n, len(want)-1)
	}
	// Nothing else follows: the earlier versions are never published.
	c.expectQuiet(uri, 500*time.Millisecond)

	// Config: turn the rule off in .factlint.yml; the watched-file
	// notification re-lints at once.
	if err := os.WriteFile(filepath.Join(dir, ".factlint.yml"), []byte("rules:\n  typography-apostrophe: off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": fileURI(filepath.Join(dir, ".factlint.yml")), "type": 1}}})
	pub, _ = c.waitPublish(uri, 10*time.Second, func(p publishParams) bool { return true })
	if n := len(byCode(pub, "typography-apostrophe")); n != 0 {
		t.Errorf("rule off in the config: still %d findings", n)
	}
	// Without a notification, an edited config is still read again on the
	// next lint (by its modification time): a broken one is reported.
	future := time.Now().Add(2 * time.Second)
	if err := os.WriteFile(filepath.Join(dir, ".factlint.yml"), []byte("rules:\n  no-such-rule: off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(filepath.Join(dir, ".factlint.yml"), future, future)
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri}})
	pub, _ = c.waitPublish(uri, 10*time.Second, func(p publishParams) bool { return true })
	cfgErr := byCode(pub, "config")
	if len(cfgErr) != 1 || !strings.Contains(cfgErr[0].Message, "no-such-rule") || len(byCode(pub, "typography-apostrophe")) == 0 {
		t.Errorf("broken config: want one config diagnostic and the defaults; got %+v", pub.Diagnostics)
	}

	// Close clears the diagnostics.
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	pub, _ = c.waitPublish(uri, 10*time.Second, func(p publishParams) bool { return true })
	if len(pub.Diagnostics) != 0 {
		t.Errorf("after close: %d diagnostics", len(pub.Diagnostics))
	}
	c.shutdownExit()
}

// TestPositionEncodings: a client that offers utf-8 gets byte columns, one
// that offers only utf-32 gets code points.
func TestPositionEncodings(t *testing.T) {
	for _, c := range []struct {
		offer []string
		want  string
	}{{[]string{"utf-8", "utf-16"}, "utf-8"}, {[]string{"utf-32", "utf-16"}, "utf-32"}, {[]string{"utf-16"}, "utf-16"}} {
		t.Run(c.want, func(t *testing.T) {
			dir := t.TempDir()
			c2 := startServer(t, dir)
			var init initResult
			c2.call("initialize", initParams(dir, c.offer), &init)
			if init.Capabilities.PositionEncoding != c.want {
				t.Fatalf("offered %v: positionEncoding %q, want %q", c.offer, init.Capabilities.PositionEncoding, c.want)
			}
			c2.notify("initialized", map[string]any{})
			text := readSeed(t) + "\n" + emojiLine + "\n"
			uri := fileURI(filepath.Join(dir, "seed.md"))
			c2.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "markdown", "version": 7, "text": text}})
			pub, _ := c2.waitPublish(uri, 10*time.Second, func(p publishParams) bool { return true })
			got := byCode(pub, "typography-apostrophe")
			want := expectedApostrophes(text, c.want)
			if len(got) != len(want) {
				t.Fatalf("%d findings, want %d: %+v", len(got), len(want), got)
			}
			for i := range want {
				if got[i].Range != want[i] {
					t.Errorf("finding %d at %+v, want %+v (%s)", i, got[i].Range, want[i], c.want)
				}
			}
			c2.shutdownExit()
		})
	}
}

// TestExitWithoutShutdown: exit status 1, as the protocol asks.
func TestExitWithoutShutdown(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t, dir)
	c.call("initialize", initParams(dir, nil), nil)
	c.notify("exit", nil)
	c.stdin.Close()
	select {
	case err := <-waitDone(c):
		if err == nil {
			t.Errorf("exit without shutdown: status 0, want 1")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not exit")
	}
}

func waitDone(c *client) chan error {
	out := make(chan error, 1)
	go func() {
		for range c.msgs {
		}
		out <- <-c.done
	}()
	return out
}

// TestWatcherRegistration: a client that can register file watchers is
// asked to watch the config files.
func TestWatcherRegistration(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t, dir)
	params := initParams(dir, nil)
	params["capabilities"].(map[string]any)["workspace"] = map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}
	c.call("initialize", params, nil)
	c.notify("initialized", map[string]any{})
	// The registration arrives while we wait for the answer to a request.
	deadline := time.Now().Add(10 * time.Second)
	for len(c.serverRequests) == 0 && time.Now().Before(deadline) {
		var none json.RawMessage
		c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": fileURI(filepath.Join(dir, "none.txt"))}, "position": lspPos{0, 0}}, &none)
		time.Sleep(20 * time.Millisecond)
	}
	if len(c.serverRequests) != 1 || c.serverRequests[0].Method != "client/registerCapability" ||
		!strings.Contains(string(c.serverRequests[0].Params), `"workspace/didChangeWatchedFiles"`) ||
		!strings.Contains(string(c.serverRequests[0].Params), `**/.factlint.yml`) {
		t.Fatalf("server requests: %+v", c.serverRequests)
	}
	c.shutdownExit()
}
