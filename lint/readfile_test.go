package lint

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadFileLimitSizes reads files around the sizes where a buffer has to
// grow (empty, one byte, the 512 bytes bytes.Buffer reserves, exactly the
// limit) and one over the limit.
func TestReadFileLimitSizes(t *testing.T) {
	dir := t.TempDir()
	const limit = 4096
	for _, n := range []int{0, 1, 511, 512, 513, 4095, limit, limit + 1} {
		want := bytes.Repeat([]byte("ab\n"), n/3+1)[:n]
		p := filepath.Join(dir, "f.txt")
		if err := os.WriteFile(p, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, info, err := ReadFileLimit(p, limit)
		if n > limit {
			if err == nil || !strings.Contains(err.Error(), "too large") {
				t.Errorf("%d bytes, limit %d: err = %v, want too large", n, limit, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		if !bytes.Equal(got, want) || info.Size() != int64(n) {
			t.Errorf("%d bytes: read %d bytes (info %d), content equal %v", n, len(got), info.Size(), bytes.Equal(got, want))
		}
	}
}

// TestReadAllWrongSize: the size from Stat is a hint; a file that grew or
// shrank since is read whole, whatever the reader's chunks.
func TestReadAllWrongSize(t *testing.T) {
	want := strings.Repeat("0123456789", 300)
	for _, hint := range []int64{0, 1, 100, int64(len(want)) - 1, int64(len(want)), 10000} {
		for name, r := range map[string]io.Reader{
			"whole":   strings.NewReader(want),
			"onebyte": iotest.OneByteReader(strings.NewReader(want)),
			"dataerr": iotest.DataErrReader(strings.NewReader(want)),
		} {
			got, err := readAll(r, hint)
			if err != nil || string(got) != want {
				t.Errorf("hint %d, %s reader: %d bytes, err %v", hint, name, len(got), err)
			}
		}
	}
	if _, err := readAll(iotest.ErrReader(io.ErrUnexpectedEOF), 10); err != io.ErrUnexpectedEOF {
		t.Errorf("a read error: got %v", err)
	}
}

// TestReadFileLimitAllocatesOnce: reading news-sized files allocates about
// each file once. (bytes.Buffer's ReadFrom, used before, asked for 512
// bytes of room before each read, so whenever the allocator's size class
// left less than that after the file, it allocated a second buffer twice
// as large and copied the file into it.)
func TestReadFileLimitAllocatesOnce(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	total := 0
	for _, size := range []int{2047, 3000, 4095, 5000, 8191, 12000} {
		p := filepath.Join(dir, strconv.Itoa(size)+".txt")
		if err := os.WriteFile(p, bytes.Repeat([]byte("x"), size), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		total += size
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const reads = 4
	for i := 0; i < reads; i++ {
		for _, p := range paths {
			if _, _, err := ReadFileLimit(p, 1<<20); err != nil {
				t.Fatal(err)
			}
		}
	}
	runtime.ReadMemStats(&after)
	// The file's buffer (rounded up to a size class) and small change:
	// the FileInfo, the open File and the path.
	if per := int(after.TotalAlloc-before.TotalAlloc) / reads; per > total*3/2 {
		t.Errorf("reading %d bytes of files allocated %d bytes, want about each file once", total, per)
	}
}
