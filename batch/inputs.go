// Package batch converts many documents at once: it expands paths, globs and
// zip archives into inputs, parses them on a pool of workers, and writes one
// model.Record per input — a document or an error, never nothing — as JSON
// lines or into a store. It is what `vanban batch` runs.
package batch

import (
	"archive/zip"
	"bufio"
	"bytes"
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

// skipName reports files that are not documents: dot files, and the corpus's
// manifests.
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
		matches := []string{a}
		if strings.ContainsAny(a, "*?[") {
			m, err := filepath.Glob(a)
			if err != nil {
				return nil, fmt.Errorf("batch: bad pattern %q: %w", a, err)
			}
			sort.Strings(m)
			matches = m
		}
		for _, p := range matches {
			more, err := expandPath(p)
			if err != nil {
				return nil, err
			}
			out = append(out, more...)
		}
	}
	return out, nil
}

func expandPath(p string) ([]Input, error) {
	st, err := os.Stat(p)
	if err != nil {
		// reported as a record of the run, not as a fatal error
		missing := err
		return []Input{{Path: p, read: func() ([]byte, error) { return nil, missing }}}, nil
	}
	if !st.IsDir() {
		if strings.EqualFold(filepath.Ext(p), ".zip") {
			return zipInputs(p)
		}
		return []Input{FileInput(p, st.Size())}, nil
	}
	var out []Input
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, Input{Path: path, read: func() ([]byte, error) { return nil, err }})
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
		if strings.EqualFold(filepath.Ext(path), ".zip") {
			zs, err := zipInputs(path)
			if err != nil {
				return err
			}
			out = append(out, zs...)
			return nil
		}
		info, err := d.Info()
		size := int64(0)
		if err == nil {
			size = info.Size()
		}
		out = append(out, FileInput(path, size))
		return nil
	})
	return out, err
}

// maxZipEntry bounds what one archive entry may expand to.
const maxZipEntry = 512 << 20

// zipInputs lists the files of a zip archive as inputs; each is read when a
// worker takes it. A damaged archive is one failing input.
func zipInputs(path string) ([]Input, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		bad := err
		return []Input{{Path: path, read: func() ([]byte, error) { return nil, fmt.Errorf("zip: %w", bad) }}}, nil
	}
	defer zr.Close()
	var out []Input
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || skipName(f.Name) {
			continue
		}
		name := f.Name
		size := int64(f.UncompressedSize64)
		out = append(out, Input{Path: path + "!" + name, Size: size, read: func() ([]byte, error) {
			return readZipEntry(path, name)
		}})
	}
	return out, nil
}

func readZipEntry(archive, name string) ([]byte, error) {
	zr, err := zip.OpenReader(archive)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > maxZipEntry {
			return nil, fmt.Errorf("zip entry %s expands to %d bytes, over the %d limit", name, f.UncompressedSize64, maxZipEntry)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		var buf bytes.Buffer
		if _, err := io.Copy(&buf, io.LimitReader(rc, maxZipEntry+1)); err != nil {
			return nil, err
		}
		if buf.Len() > maxZipEntry {
			return nil, fmt.Errorf("zip entry %s expands past the %d limit", name, maxZipEntry)
		}
		return buf.Bytes(), nil
	}
	return nil, fmt.Errorf("zip entry %s not found", name)
}
