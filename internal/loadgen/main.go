// Command loadgen measures factlint's HTTP service: N concurrent clients
// post an article to /v1/lint for a fixed time (or a fixed number of
// requests) and it prints the throughput and the latency percentiles.
//
//	go run ./internal/loadgen -c 50 -d 10s            # starts the service in-process on 127.0.0.1:0
//	go run ./internal/loadgen -url http://127.0.0.1:8080 -c 50 -d 10s
//
// The default article is a 5 KB news story of our own (article.txt). Only
// loopback targets are accepted: this is a benchmark, not a load tester for
// other people's machines.
package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/factlint/factlint/internal/cputime"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"time"

	"github.com/factlint/factlint/rules/all"
	"github.com/factlint/factlint/server"
)

//go:embed article.txt
var defaultArticle []byte

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// Result is what one run measured.
type Result struct {
	Target      string         `json:"target"`
	Clients     int            `json:"clients"`
	ArticleSize int            `json:"article_bytes"`
	Requests    int            `json:"requests"`
	OK          int            `json:"ok"`
	Errors      int            `json:"errors"`
	Statuses    map[string]int `json:"statuses"`
	Seconds     float64        `json:"seconds"`
	RPS         float64        `json:"requests_per_second"`
	P50ms       float64        `json:"p50_ms"`
	P90ms       float64        `json:"p90_ms"`
	P99ms       float64        `json:"p99_ms"`
	Maxms       float64        `json:"max_ms"`
	Meanms      float64        `json:"mean_ms"`
	GOMAXPROCS  int            `json:"gomaxprocs"`
	// CPUmsPerRequest is the CPU time this process spent per request (the
	// service and the clients together) when the service runs in-process:
	// a measure that holds on a busy machine, where requests/s does not.
	CPUmsPerRequest float64 `json:"cpu_ms_per_request,omitempty"`
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	target := fs.String("url", "", "base `URL` of a running service on loopback (default: start one in-process on 127.0.0.1:0)")
	clients := fs.Int("c", 50, "concurrent clients")
	duration := fs.Duration("d", 10*time.Second, "how long to send requests (at most 10m)")
	total := fs.Int("n", 0, "stop after this many requests (0: run for -d)")
	warmup := fs.Duration("warmup", time.Second, "send requests this long before measuring")
	articlePath := fs.String("article", "", "article `file` to post (default: the embedded 5 KB story)")
	field := fs.String("field", "text", "request field: text, markdown or html")
	timeout := fs.Duration("timeout", 10*time.Second, "per-request timeout")
	maxInFlight := fs.Int("max-in-flight", 0, "in-process service: bound on requests linted at once (0: the default)")
	logs := fs.Bool("log", false, "in-process service: write its request log to stderr")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the measured run to `file` (in-process service: service and clients)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *clients < 1 || *clients > 10000 || *duration <= 0 || *duration > 10*time.Minute || *total < 0 || *warmup < 0 || *warmup > time.Minute {
		fmt.Fprintln(stderr, "loadgen: want 1 ≤ -c ≤ 10000, 0 < -d ≤ 10m, -n ≥ 0, 0 ≤ -warmup ≤ 1m")
		return 2
	}
	switch *field {
	case "text", "markdown", "html":
	default:
		fmt.Fprintf(stderr, "loadgen: -field must be text, markdown or html, not %q\n", *field)
		return 2
	}
	article := defaultArticle
	if *articlePath != "" {
		b, err := os.ReadFile(*articlePath)
		if err != nil {
			fmt.Fprintf(stderr, "loadgen: %v\n", err)
			return 2
		}
		article = b
	}
	body, err := json.Marshal(map[string]string{*field: string(article), "filename": "story.txt"})
	if err != nil {
		fmt.Fprintf(stderr, "loadgen: %v\n", err)
		return 2
	}

	base := *target
	if base == "" {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			fmt.Fprintf(stderr, "loadgen: %v\n", err)
			return 2
		}
		logger := slog.New(slog.DiscardHandler)
		if *logs {
			logger = slog.New(slog.NewJSONHandler(stderr, nil))
		}
		sctx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() {
			done <- server.Serve(sctx, ln, server.Options{Rules: all.All(), Logger: logger, MaxInFlight: *maxInFlight})
		}()
		defer func() {
			stop()
			if err := <-done; err != nil {
				fmt.Fprintf(stderr, "loadgen: in-process service: %v\n", err)
			}
		}()
		base = "http://" + ln.Addr().String()
	} else if err := checkLoopback(base); err != nil {
		fmt.Fprintf(stderr, "loadgen: %v\n", err)
		return 2
	}
	endpoint := base + "/v1/lint"

	tr := &http.Transport{MaxIdleConns: *clients, MaxIdleConnsPerHost: *clients, MaxConnsPerHost: *clients, IdleConnTimeout: 30 * time.Second}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: *timeout}

	// Check the target answers before loading it.
	if status, err := post(ctx, client, endpoint, body); err != nil || status != http.StatusOK {
		fmt.Fprintf(stderr, "loadgen: first request to %s: status %d, %v\n", endpoint, status, err)
		return 1
	}
	if *warmup > 0 {
		load(ctx, client, endpoint, body, *clients, *warmup, 0)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "loadgen: %v\n", err)
			return 2
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "loadgen: %v\n", err)
			return 2
		}
	}
	cpu0 := cputime.Now()
	res := load(ctx, client, endpoint, body, *clients, *duration, *total)
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if *target == "" && res.Requests > 0 {
		res.CPUmsPerRequest = float64((cputime.Now() - cpu0).Microseconds()) / 1000 / float64(res.Requests)
	}
	res.Target, res.Clients, res.ArticleSize, res.GOMAXPROCS = endpoint, *clients, len(article), runtime.GOMAXPROCS(0)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "loadgen: %v\n", err)
			return 2
		}
	} else {
		fmt.Fprintf(stdout, "target      %s (%d-byte article, GOMAXPROCS %d)\n", res.Target, res.ArticleSize, res.GOMAXPROCS)
		fmt.Fprintf(stdout, "clients     %d\n", res.Clients)
		fmt.Fprintf(stdout, "requests    %d in %.2fs (%d ok, %d failed) %v\n", res.Requests, res.Seconds, res.OK, res.Errors, res.Statuses)
		fmt.Fprintf(stdout, "throughput  %.0f requests/s\n", res.RPS)
		fmt.Fprintf(stdout, "latency     p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  mean %.2f ms\n", res.P50ms, res.P90ms, res.P99ms, res.Maxms, res.Meanms)
		if res.CPUmsPerRequest > 0 {
			fmt.Fprintf(stdout, "cpu         %.2f ms per request (service and clients in this process)\n", res.CPUmsPerRequest)
		}
	}
	if res.OK == 0 || res.Errors > 0 {
		return 1
	}
	return 0
}

// checkLoopback refuses a target that is not this machine.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("-url %q: want http://127.0.0.1:PORT", raw)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("-url %q: only loopback targets (127.0.0.0/8, ::1, localhost) are allowed", raw)
	}
	return nil
}

func post(ctx context.Context, client *http.Client, endpoint string, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, err
}

// load runs the clients until d has passed or n requests were sent (n > 0).
func load(ctx context.Context, client *http.Client, endpoint string, body []byte, clients int, d time.Duration, n int) Result {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var sent sync.Mutex
	count := 0
	take := func() bool {
		if n <= 0 {
			return true
		}
		sent.Lock()
		defer sent.Unlock()
		if count >= n {
			return false
		}
		count++
		return true
	}
	type clientResult struct {
		lat      []time.Duration
		statuses map[string]int
		errors   int
	}
	results := make([]clientResult, clients)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := &results[i]
			r.statuses = map[string]int{}
			for ctx.Err() == nil && take() {
				t0 := time.Now()
				status, err := post(ctx, client, endpoint, body)
				if ctx.Err() != nil && err != nil {
					break // cut off by the end of the run, not a failure
				}
				r.lat = append(r.lat, time.Since(t0))
				switch {
				case err != nil:
					r.errors++
					r.statuses["error"]++
				case status != http.StatusOK:
					r.errors++
					r.statuses[fmt.Sprint(status)]++
				default:
					r.statuses["200"]++
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	res := Result{Statuses: map[string]int{}, Seconds: elapsed.Seconds()}
	var lat []time.Duration
	for _, r := range results {
		lat = append(lat, r.lat...)
		res.Errors += r.errors
		for k, v := range r.statuses {
			res.Statuses[k] += v
		}
	}
	res.Requests = len(lat)
	res.OK = res.Statuses["200"]
	if len(lat) == 0 {
		return res
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	pct := func(p float64) float64 { return ms(lat[min(len(lat)-1, int(p*float64(len(lat))))]) }
	var sum time.Duration
	for _, l := range lat {
		sum += l
	}
	res.RPS = float64(len(lat)) / elapsed.Seconds()
	res.P50ms, res.P90ms, res.P99ms = pct(0.50), pct(0.90), pct(0.99)
	res.Maxms = ms(lat[len(lat)-1])
	res.Meanms = ms(sum / time.Duration(len(lat)))
	return res
}
