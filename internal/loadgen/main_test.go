package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestLoadInProcess runs a short, small load against the in-process
// service and checks the report.
func TestLoadInProcess(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"-c", "4", "-d", "400ms", "-warmup", "100ms", "-json"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out.String(), errb.String())
	}
	var r Result
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if r.Requests == 0 || r.OK != r.Requests || r.Errors != 0 || r.RPS <= 0 || r.P50ms <= 0 || r.P99ms < r.P50ms || r.Maxms < r.P99ms {
		t.Errorf("implausible result: %+v", r)
	}
	if r.ArticleSize < 4500 || r.ArticleSize > 5500 {
		t.Errorf("default article is %d bytes, want about 5 KB", r.ArticleSize)
	}
}

func TestRequestCountAndFlags(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"-c", "3", "-n", "10", "-d", "30s", "-warmup", "0", "-json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r Result
	if err := json.Unmarshal(out.Bytes(), &r); err != nil || r.Requests != 10 {
		t.Errorf("-n 10: %d requests (%v)", r.Requests, err)
	}
	for _, args := range [][]string{
		{"-url", "http://192.0.2.1:8080"},
		{"-url", "http://example.com"},
		{"-c", "0"},
		{"-d", "1h"},
		{"-field", "pdf"},
	} {
		errb.Reset()
		if code := run(context.Background(), args, &out, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if !strings.Contains(errb.String(), "-field") {
		t.Errorf("no message for a bad -field: %q", errb.String())
	}
	if err := checkLoopback("http://[::1]:9"); err != nil {
		t.Errorf("::1 refused: %v", err)
	}
	if err := checkLoopback("http://localhost:9"); err != nil {
		t.Errorf("localhost refused: %v", err)
	}
}
