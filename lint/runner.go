package lint

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"syscall"
)

// DefaultMaxSize is the default limit on the size of one input file.
const DefaultMaxSize = 10 << 20

// FixMode says what the runner does with fixes.
type FixMode int

const (
	FixNone  FixMode = iota // report only
	FixDiff                 // compute the fixed text (Result.Fixed) but write nothing
	FixWrite                // write the fixed text over the file (atomically)
)

// MaxFixRounds bounds how often the runner re-lints a file after applying
// fixes, until no fix applies any more.
const MaxFixRounds = 5

// Input is one thing to lint: a file by path, or bytes already read
// (standard input) when Src is non-nil.
type Input struct {
	Path string // printed name; the file read unless Src is set
	Src  []byte // contents for standard input; nil for a file
	// Format of the input; when zero the format comes from the path's extension.
	Format *Format
}

// Result is the outcome of one input: the FileResult that formats print,
// plus what fixing did.
type Result struct {
	FileResult
	// Original is the source as read (nil when reading failed).
	Original []byte
	// Fixed is the source after fixes when the runner fixes and at least one
	// fix applied; nil otherwise. Doc and Diags then describe Fixed, except
	// when writing failed (FixErr), where they describe Original.
	Fixed []byte
	// Written is true when Fixed was written over the file.
	Written bool
	// FixErr is why the fixed text was not written (the file changed since
	// it was read, or the write failed).
	FixErr error
	// ConfigErr is set when the file was not linted because its
	// configuration is broken; FileResult.Err is then set too.
	ConfigErr error
}

// Runner lints many inputs in parallel and hands back results in input
// order as soon as each one (with the others of its batch, see Run) and
// all those before it are done.
type Runner struct {
	// Rules to run (the CLI passes rules/all.All(); lint does not know the registry).
	Rules []*Rule
	// ConfigFor returns the configuration that applies to a path (nil: the
	// defaults). An error skips the file and is reported in Result.ConfigErr.
	ConfigFor func(path string) (*Config, error)
	// MaxSize is the largest file read, in bytes (0: DefaultMaxSize).
	MaxSize int64
	// Jobs is the number of files, or batches of small files, linted at
	// once (0: GOMAXPROCS).
	Jobs int
	// Fix says whether to compute or write fixes; Unsafe includes unsafe fixes.
	Fix    FixMode
	Unsafe bool
	// Lean drops what the rules needed and the formats do not from each
	// Result.Doc once the file is checked: the blocks, sentences, tokens and
	// comments (for news copy about five times the file's size) go, the
	// source, text and line table stay. A result that waits for the inputs
	// before it then holds little more than the file's bytes.
	Lean bool
	// Budget bounds the bytes of source being checked at once (0: no
	// bound). Each file holds its size from the budget while it is read,
	// checked and fixed (a batch, the sum of its files' sizes, at most
	// BatchBytes), so small files run on every job while large ones (whose
	// document model and entity tables take some tens of times their size)
	// run one at a time. A file larger than the budget runs alone.
	Budget int64
}

// BatchBytes and BatchFiles bound a batch: the small files the Runner
// reads, parses and checks together, rule after rule (CheckBatch), when it
// does not fix. 32 KiB of news copy (about fifteen articles) becomes about
// 400 KB of tokens and entity models, which stay in a core's second-level
// cache while each rule goes over them; on the dev corpus a batch checks
// about 10 % faster than its files one by one, and batches of 128 KiB
// already lose most of that.
const (
	BatchBytes = 32 << 10
	BatchFiles = 64
)

// NextBatch returns where the batch of inputs that starts at input i ends
// (at least i+1) and the sum of its inputs' sizes: the inputs after i join
// it while their sizes (size(j) for input j, of n inputs) add up to at most
// BatchBytes, up to BatchFiles of them, and no batch takes more than its
// share of n inputs over jobs workers, so that a short list still keeps
// every worker busy. A file larger than BatchBytes is a batch of its own.
// It asks each size once, and the size of input end if it asked it.
func NextBatch(i, n, jobs int, size func(int) int64) (end int, bytes int64) {
	most := min(BatchFiles, (n+max(jobs, 1)-1)/max(jobs, 1))
	end, bytes = i+1, size(i)
	for end < n && end-i < most && bytes <= BatchBytes {
		s := size(end)
		if bytes+s > BatchBytes {
			break
		}
		bytes += s
		end++
	}
	return end, bytes
}

// Run lints inputs and calls emit once per input, in the order of inputs,
// from a single goroutine. Without fixing, consecutive small inputs are
// checked as one batch (NextBatch, CheckBatch); results are emitted as
// soon as an input's batch and all inputs before it are done; at most a
// few batches per job are held in memory at once, whatever the number of
// inputs. When ctx is cancelled Run stops starting new inputs, emits
// nothing more and returns ctx.Err().
func (rn *Runner) Run(ctx context.Context, inputs []Input, emit func(*Result)) error {
	jobs := rn.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	if jobs > len(inputs) {
		jobs = max(len(inputs), 1)
	}
	// window bounds the batches started but not yet emitted; slot b%window
	// carries batch b's results, so results need no map and no sorting.
	window := 4 * jobs
	slots := make([]chan []*Result, window)
	for i := range slots {
		slots[i] = make(chan []*Result, 1)
	}
	type batch struct {
		n, start, end int
		size          int64
	}
	sem := make(chan struct{}, window)
	work := make(chan batch)
	bud := newBudget(rn.Budget)
	go func() {
		defer close(work)
		// The size of each input is asked once: NextBatch asks for the
		// input after a batch, which starts the next one.
		at, atSize := -1, int64(0)
		size := func(j int) int64 {
			if j != at {
				at, atSize = j, inputSize(inputs[j])
			}
			return atSize
		}
		for n, i := 0, 0; i < len(inputs); n++ {
			end, total := i+1, int64(0) // total: for the budget
			if rn.Fix == FixNone {
				end, total = NextBatch(i, len(inputs), jobs, size)
			} else if bud != nil {
				total = size(i)
			}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case work <- batch{n, i, end, total}:
			case <-ctx.Done():
				return
			}
			i = end
		}
	}()
	for w := 0; w < jobs; w++ {
		go func() {
			for b := range work {
				held := bud.acquire(b.size)
				var rs []*Result
				if b.end-b.start == 1 {
					rs = []*Result{rn.one(ctx, inputs[b.start])}
				} else {
					rs = rn.batch(ctx, inputs[b.start:b.end])
				}
				bud.release(held)
				slots[b.n%window] <- rs
			}
		}()
	}
	for n, done := 0, 0; done < len(inputs); n++ {
		var rs []*Result
		select {
		case rs = <-slots[n%window]:
		case <-ctx.Done():
			return ctx.Err()
		}
		for _, r := range rs {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			emit(r)
		}
		done += len(rs)
		<-sem
	}
	return nil
}

// one reads, parses, checks and (maybe) fixes one input.
func (rn *Runner) one(ctx context.Context, in Input) (res *Result) {
	res = &Result{FileResult: FileResult{Path: in.Path}}
	defer recoverInternal(&res.Err)
	doc, cfg, info := rn.parse(ctx, in, res)
	if doc == nil {
		return res
	}
	if rn.Lean {
		// The result keeps a lean copy: the tokens can serve the next file.
		defer doc.Release()
	}
	if rn.Fix == FixNone {
		diags, err := Check(doc, rn.Rules, cfg)
		res.Doc, res.Diags, res.Err = rn.keep(doc), diags, err
		return res
	}
	// Fixing sees every finding: the limit bounds the report, not the
	// fixes (else a flood would take a --fix for every few thousand, and a
	// second --fix would not be a no-op). checkFix reports what Check
	// without the limit and LimitFindings report, with the edits FixEdits
	// chooses from all of them, but holds no more Diagnostics than a
	// limited Check.
	diags, edits, err := checkFix(doc, rn.Rules, cfg, rn.Unsafe)
	res.Doc, res.Diags, res.Err = rn.keep(doc), diags, err
	if err != nil {
		return res
	}
	fixed, fdoc, fdiags := rn.fixRounds(doc, edits, cfg)
	if fixed == nil {
		return res
	}
	if rn.Fix == FixWrite && in.Src == nil {
		if err := WriteFileIfUnchanged(in.Path, res.Original, info, fixed); err != nil {
			res.FixErr = err
			return res
		}
		res.Written = true
	}
	res.Fixed, res.Doc, res.Diags = fixed, rn.keep(fdoc), fdiags
	return res
}

// gcBeforeRound is the size of source from which fixRounds collects the
// garbage before each round: on the 8 MB page of a million fixable
// findings it lowers the peak of --diff from about 680 MB to 510-570 MB
// (the plain run: 430-460 MB), for some tens of milliseconds of a run of
// over a second.
const gcBeforeRound = 1 << 20

// fixRounds is FixRounds for the runner, over checkFix: it applies edits
// (chosen from the findings of doc) to doc's source, re-parses and
// re-checks, and repeats, and returns the fixed source (nil when nothing
// changed) with its document and the findings to report, limited as
// LimitFindings limits them. Of a round it keeps only the edits to apply
// next and that report, and with Lean it releases each document once
// checked (the result keeps a lean copy), so that the next round's parse
// reuses its tokens instead of holding two document models.
func (rn *Runner) fixRounds(doc *Document, edits []Edit, cfg *Config) (fixed []byte, fdoc *Document, fdiags []Diagnostic) {
	src, path, format := doc.Src, doc.Path, doc.Format
	if rn.Lean {
		doc.Release()
	}
	for round := 0; round < MaxFixRounds && len(edits) > 0; round++ {
		if len(src) >= gcBeforeRound {
			// The last round's records, findings and document are
			// garbage now; collected before the next document is built,
			// the heap's next goal is twice what lives, not twice what
			// lived at the last collection (which held them all).
			runtime.GC()
		}
		next, err := ApplyEdits(src, edits)
		edits = nil
		if err != nil || bytes.Equal(next, src) {
			break
		}
		ndoc, err := Parse(path, next, format)
		if err != nil {
			break
		}
		ndiags, nedits, err := checkFix(ndoc, rn.Rules, cfg, rn.Unsafe)
		if err == nil {
			src, fixed, fdoc, fdiags, edits = next, next, rn.keep(ndoc), ndiags, nedits
		}
		if rn.Lean {
			ndoc.Release()
		}
		if err != nil {
			break
		}
	}
	return fixed, fdoc, fdiags
}

// batch reads and parses several inputs, checks those it could parse
// together (CheckBatch) and returns their results, in order. Each input
// fails alone: a panic while reading or parsing one is its error only.
func (rn *Runner) batch(ctx context.Context, ins []Input) []*Result {
	rs := make([]*Result, len(ins))
	var docs []*Document
	var cfgs []*Config
	var at []int // the input of each of docs
	for k, in := range ins {
		res := &Result{FileResult: FileResult{Path: in.Path}}
		rs[k] = res
		func() {
			defer recoverInternal(&res.Err)
			if doc, cfg, _ := rn.parse(ctx, in, res); doc != nil {
				docs, cfgs, at = append(docs, doc), append(cfgs, cfg), append(at, k)
			}
		}()
	}
	if len(docs) == 0 {
		return rs
	}
	diags, errs := rn.checkBatch(docs, cfgs)
	for j, doc := range docs {
		res := rs[at[j]]
		res.Doc, res.Diags, res.Err = rn.keep(doc), diags[j], errs[j]
		if rn.Lean {
			doc.Release()
		}
	}
	return rs
}

// checkBatch is CheckBatch, with a panic outside the work for each
// document (which CheckBatch recovers document by document) failing every
// document.
func (rn *Runner) checkBatch(docs []*Document, cfgs []*Config) (diags [][]Diagnostic, errs []error) {
	defer func() {
		if v := recover(); v != nil {
			diags, errs = make([][]Diagnostic, len(docs)), make([]error, len(docs))
			for k := range errs {
				errs[k] = fmt.Errorf("internal error: %v", v)
			}
		}
	}()
	return CheckBatch(docs, rn.Rules, cfgs)
}

// parse reads and parses in for res: the document, the configuration that
// applies to it and the file's information (nil for bytes given), or no
// document with res.Err set (and res.ConfigErr for a broken configuration).
func (rn *Runner) parse(ctx context.Context, in Input, res *Result) (*Document, *Config, fs.FileInfo) {
	if err := ctx.Err(); err != nil {
		res.Err = err
		return nil, nil, nil
	}
	var cfg *Config
	if rn.ConfigFor != nil {
		c, err := rn.ConfigFor(in.Path)
		if err != nil {
			res.Err, res.ConfigErr = err, err
			return nil, nil, nil
		}
		cfg = c
	}
	src := in.Src
	var info fs.FileInfo
	if src == nil {
		var err error
		src, info, err = ReadFileLimit(in.Path, rn.maxSize())
		if err != nil {
			res.Err = err
			return nil, nil, nil
		}
	} else if int64(len(src)) > rn.maxSize() {
		res.Err = tooLarge(int64(len(src)), rn.maxSize())
		return nil, nil, nil
	}
	res.Original = src
	format := FormatOf(in.Path)
	if in.Format != nil {
		format = *in.Format
	}
	doc, err := Parse(in.Path, src, format)
	if err != nil {
		res.Err = err
		return nil, nil, nil
	}
	return doc, cfg, info
}

// keep is the document a Result holds: doc itself, or with Lean a copy
// without the blocks, sentences, tokens and comments.
func (rn *Runner) keep(doc *Document) *Document {
	if !rn.Lean || doc == nil {
		return doc
	}
	lean := *doc
	lean.Blocks, lean.Sentences, lean.Tokens, lean.Comments = nil, nil, nil, nil
	return &lean
}

func (rn *Runner) maxSize() int64 {
	if rn.MaxSize > 0 {
		return rn.MaxSize
	}
	return DefaultMaxSize
}

// ErrTooLarge is wrapped by the error for a file over the size limit.
var ErrTooLarge = errors.New("file too large")

func tooLarge(size, limit int64) error {
	return fmt.Errorf("%w: %s, over the limit of %s (--max-size)", ErrTooLarge, HumanSize(size), HumanSize(limit))
}

// HumanSize prints a byte count in B, KiB, MiB or GiB.
func HumanSize(n int64) string {
	switch {
	case n >= 1<<30:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<30))) + " GiB"
	case n >= 1<<20:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<20))) + " MiB"
	case n >= 1<<10:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<10))) + " KiB"
	}
	return fmt.Sprintf("%d bytes", n)
}

func trimZero(s string) string {
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		return s[:len(s)-2]
	}
	return s
}

// ReadFileLimit reads a regular file of at most limit bytes. It checks the
// size with Stat before reading, so an oversized file is never loaded, and
// turns the operating system's errors into one short clear message each
// (no such file, permission denied, symlink loop, a directory, not a
// regular file, too large).
func ReadFileLimit(path string, limit int64) ([]byte, fs.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, FileError(err)
	}
	switch {
	case info.IsDir():
		return nil, nil, errors.New("is a directory")
	case !info.Mode().IsRegular():
		return nil, nil, fmt.Errorf("not a regular file (%s)", fileKind(info.Mode()))
	case info.Size() > limit:
		return nil, nil, tooLarge(info.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, FileError(err)
	}
	defer f.Close()
	data, err := readAll(io.LimitReader(f, limit+1), info.Size())
	if err != nil {
		return nil, nil, FileError(err)
	}
	if n := int64(len(data)); n > limit {
		return nil, nil, tooLarge(n, limit)
	}
	return data, info, nil
}

// readAll reads r to its end into one buffer sized for the size Stat gave
// (plus the byte the read that finds the end needs), so a file that has not
// changed since is read with one allocation and no copy (bytes.Buffer's
// ReadFrom asks for 512 bytes of room before every read and so grew, and
// copied, the buffer of nearly every file a second time). A file that grew
// since Stat is still read whole: the buffer grows as append grows it.
func readAll(r io.Reader, size int64) ([]byte, error) {
	buf := make([]byte, 0, size+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return m.Type().String()
}

// FileError shortens an operating-system error about a file to its cause:
// the caller prints the path in front of it.
func FileError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	case errors.Is(err, syscall.ELOOP):
		return errors.New("too many levels of symbolic links (a symlink loop?)")
	case errors.Is(err, syscall.EISDIR):
		return errors.New("is a directory")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
