package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestFindingLimit checks that the server publishes at most the config's
// max-findings-per-rule findings of a rule, then one that counts the rest.
func TestFindingLimit(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".factlint.yml"), []byte("max-findings-per-rule: 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := startServer(t, dir)
	var init initResult
	c.call("initialize", initParams(dir, nil), &init)
	c.notify("initialized", map[string]any{})
	text := "Harbour notice\n\n" + strings.Repeat("The port´s gates reopened on Monday. ", 20) + "\n"
	uri := fileURI(filepath.Join(dir, "notice.txt"))
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
	pub, _ := c.waitPublish(uri, 10*time.Second, func(p publishParams) bool { return true })
	got := byCode(pub, "typography-apostrophe")
	if len(got) != 4 {
		t.Fatalf("%d findings, want 3 and the summary: %+v", len(got), got)
	}
	if !strings.HasPrefix(got[3].Message, "17 more typography-apostrophe findings") {
		t.Errorf("summary %q", got[3].Message)
	}
	c.shutdownExit()
}
