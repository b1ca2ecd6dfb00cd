//go:build unix

package membench

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// peakLimit is the bound on the peak resident memory of one run
// over the folder, whatever its size.
const peakLimit = 150 << 20

// binary builds factlint once per test binary.
var binary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "factlint-membench-bin-")
	if err != nil {
		return "", err
	}
	binDir = dir
	return Build(dir)
})

var binDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		_ = os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// envInt reads a positive integer knob from the environment.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// BenchmarkFolder500MB lints a generated folder of 500 MB with the real
// binary (--format json, read as it streams) and reports the child's peak
// resident memory (peak-MB), its wall and CPU time, the throughput and when
// the first finding arrived. It fails when the peak reaches 150 MB, when the
// run reports an input error or when the findings do not come in file order.
//
// Two layouts: files of about 100 KB (each joins about 40 articles; 5,000
// files) and one article a file (about 2 KB; about 240,000 files, which
// tests the per-file cost and the path list). FACTLINT_MEMBENCH_MB changes
// the size of the folder (default 500) and FACTLINT_MEMBENCH_JOBS the
// --jobs (default: the CPUs). Run it with -benchtime 1x: one run is tens of
// seconds.
func BenchmarkFolder500MB(b *testing.B) {
	arts, bin := articlesAndBinary(b)
	total := int64(envInt("FACTLINT_MEMBENCH_MB", 500)) << 20
	for _, layout := range []struct {
		name     string
		fileSize int
	}{{"100KB-files", 100 << 10}, {"article-files", 0}} {
		b.Run(layout.name, func(b *testing.B) {
			folderRun(b, bin, arts, total, layout.fileSize)
		})
	}
}

// articlesAndBinary reads the dev articles and builds the binary, or skips
// the benchmark when there is no corpus.
func articlesAndBinary(b *testing.B) ([][]byte, string) {
	b.Helper()
	corpus := FindCorpus()
	if corpus == "" {
		b.Skip("no shared/corpus/dev/clean above the working directory: skipping the benchmark")
	}
	arts, err := Articles(corpus)
	if err != nil {
		b.Fatal(err)
	}
	bin, err := binary()
	if err != nil {
		b.Fatal(err)
	}
	return arts, bin
}

// checkRun fails the benchmark unless a run of the binary linted its
// input: no error running it, exit status 0 or 1 (findings) and nothing on
// standard error (no input error).
func checkRun(b *testing.B, u Usage, err error) {
	b.Helper()
	if err != nil {
		b.Fatalf("%v\n%s", err, u.Stderr)
	}
	if u.Exit != 0 && u.Exit != 1 {
		b.Fatalf("exit status %d:\n%s", u.Exit, u.Stderr)
	}
	if strings.TrimSpace(u.Stderr) != "" {
		b.Fatalf("errors on stderr:\n%s", u.Stderr)
	}
}

func folderRun(b *testing.B, bin string, arts [][]byte, total int64, fileSize int) {
	// The folder is generated for each run of this function (b.N is 1 once
	// a run takes over a second) and removed when it ends.
	dir := b.TempDir()
	files, size, err := Generate(filepath.Join(dir, "desk"), arts, total, fileSize)
	if err != nil {
		b.Fatal(err)
	}
	args := []string{"--format", "json"}
	if j := os.Getenv("FACTLINT_MEMBENCH_JOBS"); j != "" {
		args = append(args, "--jobs", j)
	}
	args = append(args, "desk")
	b.ResetTimer()
	var peak int64
	var wall, cpu, first time.Duration
	var stream JSONStream
	for i := 0; i < b.N; i++ {
		start := time.Now()
		u, err := Run(dir, bin, args, func(r io.Reader) error {
			var err error
			stream, err = JSONPathsInOrder(r)
			return err
		})
		checkRun(b, u, err)
		peak = max(peak, u.PeakRSS)
		wall += u.Wall
		cpu += u.CPU
		if !stream.First.IsZero() {
			first += stream.First.Sub(start)
		}
	}
	b.StopTimer()
	n := float64(b.N)
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(wall.Seconds()/n, "wall-s")
	b.ReportMetric(cpu.Seconds()/n, "cpu-s")
	b.ReportMetric(float64(size)/(1<<20)/(wall.Seconds()/n), "MB/s")
	b.ReportMetric(first.Seconds()/n, "first-finding-s")
	b.ReportMetric(float64(files), "files")
	b.ReportMetric(float64(stream.Findings), "findings")
	b.Logf("%d files, %s: peak RSS %.1f MB, %.1f s wall, %.1f s CPU, first finding after %.2f s, %d findings in %d files",
		files, humanMB(size), float64(peak)/(1<<20), wall.Seconds()/n, cpu.Seconds()/n, first.Seconds()/n, stream.Findings, stream.Files)
	if stream.Findings == 0 {
		b.Error("no findings at all: the json output was not read")
	}
	if peak >= peakLimit {
		b.Errorf("peak RSS %.1f MB, over the limit of %d MB", float64(peak)/(1<<20), peakLimit>>20)
	}
	// Streaming: the first finding is printed long before the run ends
	// (when the run is long enough for the comparison to mean something).
	if wall/time.Duration(b.N) > 10*time.Second && first/time.Duration(b.N) > wall/time.Duration(b.N)/2 {
		b.Errorf("the first finding came after %.1f s of %.1f s: results are not streamed", first.Seconds()/n, wall.Seconds()/n)
	}
}

func humanMB(n int64) string { return strconv.FormatFloat(float64(n)/(1<<20), 'f', 0, 64) + " MB" }

func TestJSONPathsInOrder(t *testing.T) {
	finding := func(path, related string) string {
		return "  {\n    \"path\": \"" + path + "\",\n    \"line\": 1,\n    \"related\": [\n      {\n        \"path\": \"" + related + "\"\n      }\n    ]\n  }"
	}
	ok := "[\n" + finding("a/1.txt", "z.txt") + ",\n" + finding("a/1.txt", "a.txt") + ",\n" + finding("a/2.txt", "a.txt") + "\n]\n"
	st, err := JSONPathsInOrder(strings.NewReader(ok))
	if err != nil || st.Findings != 3 || st.Files != 2 || st.First.IsZero() {
		t.Errorf("in order: %+v, %v", st, err)
	}
	bad := "[\n" + finding("a/2.txt", "") + ",\n" + finding("a/1.txt", "") + "\n]\n"
	if _, err := JSONPathsInOrder(strings.NewReader(bad)); err == nil {
		t.Error("out of order: no error")
	}
}

func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	arts := [][]byte{[]byte("Alpha headline\n\nOne."), []byte("Beta headline\n\nTwo.")}
	files, n, err := Generate(dir, arts, 2500, 0)
	if err != nil {
		t.Fatal(err)
	}
	if files != 122 || n != 2501 {
		t.Errorf("%d files, %d bytes", files, n)
	}
	b, err := os.ReadFile(filepath.Join(dir, "d0000", "f000001.txt"))
	if err != nil || string(b) != "Beta headline\n\nTwo.\n" {
		t.Errorf("%q, %v", b, err)
	}
	files, _, err = Generate(t.TempDir(), arts, 100, 40)
	if err != nil || files != 3 {
		t.Errorf("joined: %d files, %v", files, err)
	}
}
