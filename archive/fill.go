package archive

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// The keys of Options.Set that name parts of Mã lưu trữ tài liệu rather than
// fields of their own.
const (
	// AgencyKey is the archive's code (mã cơ quan lưu trữ), "G09"; it
	// prefixes every Mã lưu trữ tài liệu.
	AgencyKey = "Mã cơ quan lưu trữ"
	// FileKey is the mã hồ sơ of every record, when all the documents belong
	// to one hồ sơ; Options.FileCode takes it from each path instead.
	FileKey = "Mã hồ sơ"
)

// sttDigits is the width of the số thứ tự in Mã lưu trữ tài liệu.
const sttDigits = 7

// Filler applies what a pipeline knows and vanban cannot: constants for
// fields (Options.Set) and the mã hồ sơ and số thứ tự read from each path
// (Options.FileCode), from which it composes Mã lưu trữ tài liệu as
// mã cơ quan lưu trữ.mã hồ sơ.số thứ tự (7 digits), the dotted form archives
// use ("G09.H49.61.8.2017.0000001").
type Filler struct {
	constants [FieldCount]string
	has       [FieldCount]bool
	agency    string
	file      string
	pattern   *pathPattern
}

// NewFiller checks and compiles the constants and the path pattern. Keys of
// set are field codes or labels in any case, or AgencyKey or FileKey; values
// of coded fields may be given as the code ("01"), the label ("Vĩnh viễn")
// or both ("01: Vĩnh viễn"), and are stored as the code. An unknown key or
// value is an error that lists what is allowed.
func NewFiller(set map[string]string, fileCode string) (*Filler, error) {
	f := &Filler{}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys) // report errors in a stable order
	for _, k := range keys {
		v := strings.TrimSpace(set[k])
		switch keyOf(k) {
		case keyOf(AgencyKey):
			f.agency = v
			continue
		case keyOf(FileKey):
			f.file = v
			continue
		}
		i, ok := lookup(k)
		if !ok {
			return nil, fmt.Errorf("archive: unknown field %q; use a field code, a field label, %q or %q", k, AgencyKey, FileKey)
		}
		code, ok := Fields[i].valueCode(v)
		if !ok && v != "" {
			var allowed []string
			for _, a := range Fields[i].Values {
				allowed = append(allowed, a.Code+": "+a.Label)
			}
			return nil, fmt.Errorf("archive: %q is not a value of %s; allowed: %s", v, Fields[i].Label, strings.Join(allowed, ", "))
		}
		f.constants[i], f.has[i] = code, true
	}
	if fileCode != "" {
		p, err := compilePattern(fileCode)
		if err != nil {
			return nil, err
		}
		f.pattern = p
	}
	return f, nil
}

// Fill stores the constants in r, over what vanban derived, and composes Mã
// lưu trữ tài liệu unless it was given as a constant.
func (f *Filler) Fill(r *Record) {
	for i := range f.constants {
		if f.has[i] {
			r.Values[i] = f.constants[i]
		}
	}
	arc, _ := lookup(ArcDocCode)
	if f.has[arc] {
		return
	}
	file, stt := f.file, ""
	if f.pattern != nil {
		caps, ok := f.pattern.match(r.Path)
		if !ok {
			r.Notes = append(r.Notes, "the path does not match the mã hồ sơ pattern "+f.pattern.src)
		}
		if caps["hoso"] != "" {
			file = caps["hoso"]
		}
		stt = caps["stt"]
	}
	if file == "" {
		return
	}
	if stt == "" {
		r.Notes = append(r.Notes, "mã hồ sơ "+file+" has no số thứ tự from the path: Mã lưu trữ tài liệu left empty")
		return
	}
	if len(stt) > sttDigits {
		r.Notes = append(r.Notes, "số thứ tự "+stt+" is longer than 7 digits: Mã lưu trữ tài liệu left empty")
		return
	}
	code := file + "." + strings.Repeat("0", sttDigits-len(stt)) + stt
	if f.agency != "" {
		code = f.agency + "." + code
	}
	r.Values[arc] = code
}

// pathPattern matches the last segments of a path ("{hoso}/VB{stt}.*") and
// captures {hoso} (the mã hồ sơ) and {stt} (the số thứ tự, digits); * matches
// any run of characters within a segment.
type pathPattern struct {
	src      string
	segments [][]token
}

type token struct {
	literal string // text to match, when capture and star are empty
	capture string // "hoso" or "stt"
	star    bool
}

func compilePattern(src string) (*pathPattern, error) {
	p := &pathPattern{src: src}
	hasFile := false
	for _, seg := range strings.Split(strings.Trim(normalPath(src), "/"), "/") {
		var toks []token
		for seg != "" {
			switch {
			case seg[0] == '*':
				toks = append(toks, token{star: true})
				seg = seg[1:]
			case seg[0] == '{':
				end := strings.IndexByte(seg, '}')
				if end < 0 {
					return nil, fmt.Errorf("archive: pattern %q: unclosed {", src)
				}
				name := seg[1:end]
				if name != "hoso" && name != "stt" {
					return nil, fmt.Errorf("archive: pattern %q: unknown {%s}; use {hoso} and {stt}", src, name)
				}
				hasFile = hasFile || name == "hoso"
				toks = append(toks, token{capture: name})
				seg = seg[end+1:]
			default:
				n := strings.IndexAny(seg, "*{")
				if n < 0 {
					n = len(seg)
				}
				toks = append(toks, token{literal: seg[:n]})
				seg = seg[n:]
			}
		}
		p.segments = append(p.segments, toks)
	}
	if !hasFile {
		return nil, fmt.Errorf("archive: pattern %q has no {hoso}", src)
	}
	return p, nil
}

// normalPath writes Windows separators and the zip member mark "!" as "/".
func normalPath(s string) string {
	return strings.NewReplacer(`\`, "/", "!", "/").Replace(s)
}

// match matches the pattern against the last segments of path.
func (p *pathPattern) match(path string) (map[string]string, bool) {
	segs := strings.Split(strings.Trim(normalPath(path), "/"), "/")
	if len(segs) < len(p.segments) {
		return nil, false
	}
	segs = segs[len(segs)-len(p.segments):]
	caps := map[string]string{}
	for i, toks := range p.segments {
		if !matchTokens(toks, segs[i], caps) {
			return nil, false
		}
	}
	return caps, true
}

// matchTokens matches one segment, trying the shortest runs first for * and
// captures; a capture is never empty and {stt} takes digits only.
func matchTokens(toks []token, s string, caps map[string]string) bool {
	if len(toks) == 0 {
		return s == ""
	}
	t := toks[0]
	switch {
	case t.literal != "":
		return strings.HasPrefix(s, t.literal) && matchTokens(toks[1:], s[len(t.literal):], caps)
	case t.star:
		for n := 0; n <= len(s); n++ {
			if n < len(s) && !utf8.RuneStart(s[n]) {
				continue
			}
			if matchTokens(toks[1:], s[n:], caps) {
				return true
			}
		}
		return false
	}
	for n := 1; n <= len(s); n++ {
		if n < len(s) && !utf8.RuneStart(s[n]) {
			continue
		}
		v := s[:n]
		if t.capture == "stt" && (v[n-1] < '0' || v[n-1] > '9') {
			return false
		}
		if matchTokens(toks[1:], s[n:], caps) {
			caps[t.capture] = v
			return true
		}
	}
	return false
}
