package decode

import (
	"archive/zip"
	"bytes"
)

// magic returns a sniffer for a format that starts with the bytes p.
func magic(p string) func([]byte) bool {
	return func(b []byte) bool { return hasPrefix(b, p) }
}

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

// isDOCX reports a zip archive with a Word document in it.
func isDOCX(b []byte) bool {
	return hasPrefix(b, "PK\x03\x04") && zipHasEntry(b, "word/document.xml")
}

// looksHTML reports markup in the first kilobytes: a doctype, an <html>,
// <head> or <body> tag, or many tags.
func looksHTML(b []byte) bool {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	head = bytes.TrimLeft(head, " \t\r\n\xEF\xBB\xBF")
	if bytes.IndexByte(head, '<') < 0 {
		return false // plain text: no tag at all
	}
	lower := bytes.ToLower(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml version"} {
		if bytes.Contains(lower, []byte(p)) && (p != "<?xml version" || bytes.Contains(lower, []byte("<html"))) {
			return true
		}
	}
	return bytes.Count(lower, []byte("<div"))+bytes.Count(lower, []byte("<p>"))+bytes.Count(lower, []byte("<p ")) >= 5
}

// isControl reports a control byte that text does not have: not a line,
// tab, page or escape character.
func isControl(c byte) bool {
	return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B
}

// isBinary reports NUL bytes or mostly invalid UTF-8 that is not a legacy
// 8-bit text either: many control characters.
func isBinary(b []byte) bool {
	head := b
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if isControl(c) {
			ctl++
		}
	}
	return len(head) > 0 && ctl*20 > len(head)
}

// firstBinaryByte is the offset of the first NUL or control byte, for the
// position of a not-text error.
func firstBinaryByte(src []byte) int {
	for i, c := range src {
		if c == 0 || isControl(c) {
			return i
		}
	}
	return 0
}

// zipHasEntry reports whether the zip archive src has an entry of that name.
func zipHasEntry(src []byte, name string) bool {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == name {
			return true
		}
	}
	return false
}
