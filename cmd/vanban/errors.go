package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/vnlegal/vanban/parser"
)

// tooLargeError is an input over --max-size, refused before it is read.
type tooLargeError struct{ size, limit int64 }

func (e tooLargeError) Error() string {
	return fmt.Sprintf("too large: %d bytes, over the %d-byte limit (--max-size)", e.size, e.limit)
}

// describe words an error about one input as one line, "FILE: what went
// wrong", without the wrapped chain repeating itself: the parser's
// "vanban: unsupported input format: decode: unsupported input format: pdf"
// becomes "FILE: unsupported format: PDF".
func describe(path string, err error) string {
	name := path
	if name == "" || name == "-" {
		name = "standard input"
	}
	var pe *parser.ParseError
	if errors.Is(err, parser.ErrNotText) && errors.As(err, &pe) {
		return fmt.Sprintf("%s:%d:%d: %s", name, pe.Line, pe.Column, explain(err))
	}
	return name + ": " + explain(err)
}

// explain is describe without the input's name.
func explain(err error) string {
	var tl tooLargeError
	var pathErr *fs.PathError
	switch {
	case errors.As(err, &tl):
		return tl.Error()
	case errors.Is(err, parser.ErrUnsupportedFormat):
		var pe *parser.ParseError
		if errors.As(err, &pe) && pe.Format != "" {
			return "unsupported format: " + strings.ToUpper(pe.Format)
		}
		segs := chain(err)
		return "unsupported format: " + strings.ToUpper(segs[len(segs)-1])
	case errors.Is(err, parser.ErrNotText):
		return "not text (binary data)"
	case errors.Is(err, parser.ErrDamaged):
		return strings.Join(chain(err), ": ")
	case errors.Is(err, parser.ErrTooLarge):
		return "too large (--max-size)"
	case errors.Is(err, parser.ErrLimit):
		segs := chain(err)
		return "over a limit: " + segs[len(segs)-1]
	case errors.As(err, &pathErr):
		return pathErr.Err.Error()
	}
	return strings.Join(chain(err), ": ")
}

// chain splits an error's text into its wrapped parts, leaving out package
// prefixes ("vanban", "decode"), the position a ParseError puts first, and
// any part that repeats an earlier one.
func chain(err error) []string {
	var pe *parser.ParseError
	if errors.As(err, &pe) && pe.Err != nil {
		err = pe.Err
	}
	var out []string
	seen := map[string]bool{}
	for _, s := range strings.Split(err.Error(), ": ") {
		s = strings.TrimSpace(s)
		switch s {
		case "", "vanban", "decode", "batch", "parser":
			continue
		}
		k := strings.ToLower(s)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	if len(out) == 0 {
		return []string{err.Error()}
	}
	return out
}
