package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrChanged is returned when a file to be fixed no longer holds what was read.
var ErrChanged = errors.New("file changed since it was read; not fixed")

// WriteFileIfUnchanged replaces the file at path with data, unless it no
// longer holds orig (someone edited it while it was being linted). The file's
// permission bits are kept; a symbolic link is followed and its target
// replaced, so the link stays a link. See WriteFileAtomic.
func WriteFileIfUnchanged(path string, orig []byte, info fs.FileInfo, data []byte) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("not fixed: %w", FileError(err))
	}
	cur, curInfo, err := ReadFileLimit(real, int64(len(orig)))
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return ErrChanged
		}
		return fmt.Errorf("not fixed: %w", err)
	}
	if !bytes.Equal(cur, orig) {
		return ErrChanged
	}
	mode := curInfo.Mode().Perm()
	if info != nil && info.Mode().Perm() != mode {
		return ErrChanged
	}
	return WriteFileAtomic(real, data, mode)
}

// WriteFileAtomic writes data to a temporary file in path's folder, syncs it
// to disk, gives it mode perm and renames it over path, so a reader sees the
// old file or the new one, never half of one. On any error the temporary
// file is removed and path is untouched.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".factlint-*.tmp")
	if err != nil {
		return fmt.Errorf("not fixed: cannot create a temporary file: %w", FileError(err))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return fmt.Errorf("not fixed: %w", FileError(err))
	}
	if err = f.Chmod(perm); err != nil {
		return fmt.Errorf("not fixed: %w", FileError(err))
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("not fixed: %w", FileError(err))
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("not fixed: %w", FileError(err))
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("not fixed: %w", FileError(err))
	}
	// Make the rename durable; a failure here does not undo the fix.
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}
