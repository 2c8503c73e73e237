package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/vnlegal/vanban/model"
)

// JSONLWriter writes one record per line. Each record goes out in a single
// write and is flushed at once, so that a run killed midway leaves at most
// one partial last line, which OpenJSONLForResume repairs.
type JSONLWriter struct {
	w   io.Writer
	buf []byte
}

// NewJSONLWriter writes records to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: w}
}

// WriteEncoded writes a line made by EncodeRecord.
func (j *JSONLWriter) WriteEncoded(_ model.Record, line []byte) error {
	_, err := j.w.Write(line)
	return err
}

// Write encodes rec as one line.
func (j *JSONLWriter) Write(rec model.Record) error {
	b, ok := appendRecord(j.buf[:0], &rec)
	if !ok {
		line, err := encodeWithReflection(rec)
		if err != nil {
			return err
		}
		_, err = j.w.Write(line)
		return err
	}
	j.buf = append(b, '\n')
	_, err := j.w.Write(j.buf)
	return err
}

// ReadJSONL calls fn for every record of a JSONL stream. A final line cut
// short by a killed run is ignored; any other malformed line is an error with
// its line number.
func ReadJSONL(r io.Reader, fn func(model.Record) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			complete := b[len(b)-1] == '\n'
			if len(bytes.TrimSpace(b)) > 0 {
				var rec model.Record
				if jerr := json.Unmarshal(b, &rec); jerr != nil {
					if !complete && errors.Is(err, io.EOF) {
						return nil // the partial last line of an interrupted run
					}
					return fmt.Errorf("batch: line %d: %w", line, jerr)
				}
				if ferr := fn(rec); ferr != nil {
					return ferr
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// OpenJSONLForResume opens an existing output for appending: it cuts a
// partial last line left by an interrupted run and returns the content hashes
// already converted. A missing file is created.
func OpenJSONLForResume(path string) (*os.File, map[string]bool, error) {
	done := map[string]bool{}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, err
	}
	good := int64(0) // end of the last complete line
	br := bufio.NewReaderSize(f, 1<<20)
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 && b[len(b)-1] == '\n' {
			var rec struct {
				SHA256 string `json:"sha256"`
			}
			if json.Unmarshal(b, &rec) == nil {
				good += int64(len(b))
				if rec.SHA256 != "" {
					done[rec.SHA256] = true
				}
			} else {
				break
			}
		}
		if err != nil {
			break
		}
	}
	if err := f.Truncate(good); err != nil {
		f.Close()
		return nil, nil, err
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, done, nil
}
