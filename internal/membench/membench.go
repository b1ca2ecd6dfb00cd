//go:build unix

package membench

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// FindCorpus walks up from the working directory to a folder holding
// shared/corpus/dev/clean and returns that clean folder ("" when there is none).
func FindCorpus() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared", "corpus", "dev", "clean")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// ModuleRoot walks up from the working directory to the folder holding the
// go.mod of module github.com/factlint/factlint.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(b, []byte("module github.com/factlint/factlint\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod of github.com/factlint/factlint above the working directory")
		}
		dir = parent
	}
}

// Build compiles cmd/factlint into dir and returns the binary's path.
func Build(dir string) (string, error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "factlint")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/factlint")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/factlint: %v\n%s", err, out)
	}
	return bin, nil
}

// Articles reads the .txt articles of a corpus folder, sorted by name.
func Articles(dir string) ([][]byte, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	arts := make([][]byte, 0, len(names))
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		if b = bytes.TrimSpace(b); len(b) > 0 {
			arts = append(arts, b)
		}
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("%s: no articles", dir)
	}
	return arts, nil
}

// Generate writes total bytes of articles into dir, as files of about
// fileSize bytes each: every file joins whole articles (separated by a blank
// line) taken round-robin from arts until it reaches fileSize, so with a
// fileSize of 0 each file is one article. The files are spread over
// subfolders of at most 1,000 files (d0000/f000000.txt, …), so that every
// file has its own name and no folder is unusually large. It returns the
// number of files and bytes written.
func Generate(dir string, arts [][]byte, total int64, fileSize int) (files int, written int64, err error) {
	if len(arts) == 0 {
		return 0, 0, errors.New("no articles")
	}
	var buf bytes.Buffer
	next := 0
	for written < total {
		buf.Reset()
		for buf.Len() == 0 || buf.Len() < fileSize {
			if buf.Len() > 0 {
				buf.WriteString("\n\n")
			}
			buf.Write(arts[next%len(arts)])
			next++
		}
		buf.WriteByte('\n')
		sub := filepath.Join(dir, fmt.Sprintf("d%04d", files/1000))
		if files%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return files, written, err
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("f%06d.txt", files)), buf.Bytes(), 0o644); err != nil {
			return files, written, err
		}
		files++
		written += int64(buf.Len())
	}
	return files, written, nil
}

// Usage is what one run of the child cost.
type Usage struct {
	Wall    time.Duration // from start to exit
	CPU     time.Duration // user and system time of the child
	PeakRSS int64         // the child's largest resident set, in bytes
	Exit    int           // exit status
	// FirstOutput is when the first byte of standard output arrived (from
	// the start); zero when there was no output.
	FirstOutput time.Duration
	Stdout      int64  // bytes written to standard output
	Stderr      string // standard error (at most its first 64 KiB)
}

// Run runs bin with args in dir and measures it. Standard output goes
// through check (it may be nil), which reads it as it is written, so the
// child never blocks on a full pipe; an error from check is returned. A
// non-zero exit status is not an error (factlint exits 1 when it finds
// something); the caller reads Usage.Exit.
func Run(dir, bin string, args []string, check func(io.Reader) error) (Usage, error) {
	var u Usage
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return u, err
	}
	var stderr limitedBuffer
	stderr.limit = 64 << 10
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return u, err
	}
	first := &firstByte{r: stdout, start: start}
	var cerr error
	if check != nil {
		cerr = check(first)
	}
	// Drain whatever check left, so the child can finish.
	if _, err := io.Copy(io.Discard, first); err != nil && cerr == nil {
		cerr = err
	}
	werr := cmd.Wait()
	u.Wall = time.Since(start)
	u.FirstOutput, u.Stdout = first.at, first.n
	u.Stderr = stderr.String()
	if cmd.ProcessState == nil {
		return u, werr
	}
	u.Exit = cmd.ProcessState.ExitCode()
	u.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		u.PeakRSS = maxrssBytes(int64(ru.Maxrss)) // (int32 on 32-bit Linux)
	}
	var exitErr *exec.ExitError
	if werr != nil && !errors.As(werr, &exitErr) {
		return u, werr
	}
	return u, cerr
}

// firstByte passes a reader through, noting when its first byte came and
// how many bytes went by.
type firstByte struct {
	r     io.Reader
	start time.Time
	at    time.Duration
	n     int64
}

func (f *firstByte) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if n > 0 && f.n == 0 {
		f.at = time.Since(f.start)
	}
	f.n += int64(n)
	return n, err
}

// limitedBuffer keeps the first limit bytes written to it.
type limitedBuffer struct {
	bytes.Buffer
	limit int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.limit - b.Len(); room > 0 {
		b.Buffer.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

// JSONStream is what JSONPathsInOrder saw.
type JSONStream struct {
	Findings int       // findings read
	Files    int       // distinct files with findings
	First    time.Time // when the first finding arrived (zero: none did)
}

// JSONPathsInOrder reads factlint's json format as it streams and checks
// that the findings' paths never go backwards (files are reported in the
// order of the sorted file list, each as it finishes). It reads the lines
// `    "path": "…",` that the format writes for each finding rather than
// decoding the whole array, which would hold it all in memory.
func JSONPathsInOrder(r io.Reader) (JSONStream, error) {
	var st JSONStream
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	const key = `"path": "`
	last := ""
	for sc.Scan() {
		line := sc.Bytes()
		trimmed := bytes.TrimLeft(line, " ")
		// A finding's own path is indented by four spaces; a related
		// span's path is deeper.
		if len(line)-len(trimmed) != 4 || !bytes.HasPrefix(trimmed, []byte(key)) {
			continue
		}
		if st.Findings == 0 {
			st.First = time.Now()
		}
		st.Findings++
		p := string(bytes.TrimSuffix(bytes.TrimSuffix(trimmed[len(key):], []byte(",")), []byte(`"`)))
		if p != last {
			if p < last {
				return st, fmt.Errorf("a finding for %s after one for %s: the output is not in file order", p, last)
			}
			st.Files++
			last = p
		}
	}
	return st, sc.Err()
}
