// Package batch converts many documents at once: it expands paths, globs and
// zip archives into inputs, parses them on a pool of workers, and writes one
// model.Record per input — a document or an error, never nothing — as JSON
// lines or into a store. It is what `vanban batch` runs.
package batch

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Input is one document to convert.
type Input struct {
	// Path names the input: a file path, or "archive.zip!inner/path".
	Path string
	// Size is the size in bytes when known before reading, else 0.
	Size int64
	// read returns the input bytes.
	read func() ([]byte, error)
}

// Read returns the bytes of the input.
func (in Input) Read() ([]byte, error) { return in.read() }

// FileInput is an input read from a file.
func FileInput(path string, size int64) Input {
	return Input{Path: path, Size: size, read: func() ([]byte, error) { return os.ReadFile(path) }}
}

// BytesInput is an input held in memory (tests, callers with their own storage).
func BytesInput(path string, b []byte) Input {
	return Input{Path: path, Size: int64(len(b)), read: func() ([]byte, error) { return b, nil }}
}

// skipName reports files that are not documents: dot files.
func skipName(name string) bool {
	base := filepath.Base(name)
	return strings.HasPrefix(base, ".")
}

// Expand turns command-line arguments into inputs, in a stable order: a
// directory is walked (files sorted by path), a glob is expanded, a .zip
// archive is opened and its entries become inputs, and "-" reads a list of
// paths from stdin, one per line. An argument that names nothing is returned
// as an input whose read fails, so the run reports it instead of dropping it.
func Expand(args []string, stdin io.Reader) ([]Input, error) {
	var out []Input
	for _, a := range args {
		if a == "-" {
			if stdin == nil {
				return nil, fmt.Errorf("batch: - given but no standard input")
			}
			sc := bufio.NewScanner(stdin)
			sc.Buffer(make([]byte, 64<<10), 1<<20)
			var list []string
			for sc.Scan() {
				if p := strings.TrimSpace(sc.Text()); p != "" {
					list = append(list, p)
				}
			}
			if err := sc.Err(); err != nil {
				return nil, err
			}
			more, err := Expand(list, nil)
			if err != nil {
				return nil, err
			}
			out = append(out, more...)
			continue
		}
		err := WalkPattern(a, func(path string, size int64) {
			if IsZip(path) {
				out = append(out, zipInputs(path)...)
				return
			}
			out = append(out, FileInput(path, size))
		}, func(path string, err error) {
			// reported as a record of the run, not as a fatal error
			out = append(out, Input{Path: path, read: func() ([]byte, error) { return nil, err }})
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ErrNoMatch is the error of a glob that matches no file: it becomes an error
// record, like a missing path, so that a mistyped pattern is never a silent
// empty run.
var ErrNoMatch = errors.New("no file matches")

// WalkPattern expands one argument as Expand does, without opening zip
// archives: a glob is expanded (sorted), a directory is walked (in path
// order, dot files and dot directories skipped). It calls file for every file
// found, with its size, and fail for a path that names nothing, a glob that
// matches nothing (with ErrNoMatch) or a directory entry that cannot be read.
// Only a malformed glob is an error. The Beam
// pipeline expands its local patterns with it, so both find the same inputs.
func WalkPattern(arg string, file func(path string, size int64), fail func(path string, err error)) error {
	matches := []string{arg}
	if strings.ContainsAny(arg, "*?[") {
		m, err := filepath.Glob(arg)
		if err != nil {
			return fmt.Errorf("batch: bad pattern %q: %w", arg, err)
		}
		if len(m) == 0 {
			fail(arg, fmt.Errorf("%s: %w", arg, ErrNoMatch))
			return nil
		}
		sort.Strings(m)
		matches = m
	}
	for _, p := range matches {
		st, err := os.Stat(p)
		if err != nil {
			fail(p, err)
			continue
		}
		if !st.IsDir() {
			file(p, st.Size())
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fail(path, err)
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if skipName(path) {
				return nil
			}
			size := int64(0)
			if info, err := d.Info(); err == nil {
				size = info.Size()
			}
			file(path, size)
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// IsZip reports whether path names a zip archive (by its extension, as a
// person naming inputs does), whose entries are inputs of their own.
func IsZip(path string) bool { return strings.EqualFold(filepath.Ext(path), ".zip") }

// MaxZipEntry bounds what one archive entry may expand to.
const MaxZipEntry = 512 << 20

// zipInputs lists the files of a zip archive as inputs; each is read when a
// worker takes it (the archive is opened again then, so that thousands of
// inputs hold no open file). A damaged archive is one failing input.
func zipInputs(path string) []Input {
	zr, err := zip.OpenReader(path)
	if err != nil {
		bad := err
		return []Input{{Path: path, read: func() ([]byte, error) { return nil, fmt.Errorf("zip: %w", bad) }}}
	}
	defer zr.Close()
	var out []Input
	for _, f := range ZipDocuments(&zr.Reader) {
		name := f.Name
		out = append(out, Input{Path: path + "!" + name, Size: int64(f.UncompressedSize64), read: func() ([]byte, error) {
			return readZipEntry(path, name)
		}})
	}
	return out
}

// ZipDocuments lists the entries of an archive that are documents, in
// archive order: directories and dot files are left out, and a name that
// occurs more than once is read from its first entry each time (as a reader
// that looks entries up by name does).
func ZipDocuments(zr *zip.Reader) []*zip.File {
	first := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		if _, ok := first[f.Name]; !ok {
			first[f.Name] = f
		}
	}
	var out []*zip.File
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || skipName(f.Name) {
			continue
		}
		out = append(out, first[f.Name])
	}
	return out
}

func readZipEntry(archive, name string) ([]byte, error) {
	zr, err := zip.OpenReader(archive)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == name {
			return ReadZipEntry(f)
		}
	}
	return nil, fmt.Errorf("zip entry %s not found", name)
}

// ReadZipEntry reads one archive entry, refusing one that expands past
// MaxZipEntry (a zip bomb) whatever its header claims.
func ReadZipEntry(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > MaxZipEntry {
		return nil, fmt.Errorf("zip entry %s expands to %d bytes, over the %d limit", f.Name, f.UncompressedSize64, MaxZipEntry)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(rc, MaxZipEntry+1)); err != nil {
		return nil, err
	}
	if buf.Len() > MaxZipEntry {
		return nil, fmt.Errorf("zip entry %s expands past the %d limit", f.Name, MaxZipEntry)
	}
	return buf.Bytes(), nil
}
